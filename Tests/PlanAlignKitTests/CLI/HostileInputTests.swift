import Foundation
import Testing
@testable import PlanAlignCLI
@testable import PlanAlignKit

/// The promises that hold under hostile files, big inputs and concurrent runs: one clear
/// line and a non-zero status, never a crash, a lost decision or an overwritten input.
@Suite struct HostileInputTests {
    static func temporaryDirectory(_ name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("planalign-\(name)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static var seeds: [String] { ["--municipal", Repository.municipalSeed, "--district", Repository.districtSeed] }

    /// Ten reviews at once, in separate processes, each adding one decision: all ten are kept.
    @Test func tenConcurrentReviewsKeepEveryDecision() throws {
        let mappings = try ReviewCommandTests().mappingsCopy()
        defer { try? FileManager.default.removeItem(atPath: mappings) }
        let tool = try GoldenOutputTests.builtTool()
        let processes = try (1...10).map { task -> Process in
            let process = Process()
            process.executableURL = tool
            process.arguments = ["review", "--add", "1.1:\(task + 10)", "--note", "c-\(task)", "--mappings", mappings, "--date", "2026-01-01"] + Self.seeds
            process.standardOutput = Pipe()
            process.standardError = Pipe()
            try process.run()
            return process
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let file = try ReviewFile.read(path: ReviewFile.path(mappings: mappings, municipal: Repository.municipalSeed, district: Repository.districtSeed))
        let notes = Set((1...10).compactMap { file.entry("1.1", ItemRef(String($0 + 10)))?.note })
        #expect(notes == Set((1...10).map { "c-\($0)" }))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: mappings + "/reviews").filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "temporary files left behind: \(leftovers)")
    }

    @Test func anOutputInsideThePortfolioDirectoryOrOverAMappingsFileIsRefused() async throws {
        let corpus = try GoldenOutputTests.portfolioCorpus()
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        let inside = await Tool.execute(["portfolio", "--municipal", Repository.municipalSeed, "--districts", corpus, "-o", corpus + "/a-seed.txt"])
        #expect(inside.status == 64)
        let mappings = try ReviewCommandTests().mappingsCopy()
        defer { try? FileManager.default.removeItem(atPath: mappings) }
        let lexicon = mappings + "/lexicon.json", before = try String(contentsOfFile: lexicon, encoding: .utf8)
        let link = mappings + "/link.json"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: lexicon)
        let over = await Tool.execute(["report", "--mappings", mappings, "-o", link] + Self.seeds)
        #expect(over.status == 64)
        #expect(over.stderr == "planalign: -o \(link) would overwrite the input \(lexicon); write the output elsewhere\n")
        #expect(try String(contentsOfFile: lexicon, encoding: .utf8) == before)
    }

    @Test(arguments: ["lexicon.json", "reviews/chongqing-2026-municipal-priorities--yubei-2025-district-tasks.json"])
    func deeplyNestedJSONIsAnErrorNotACrash(file: String) async throws {
        let mappings = try ReviewCommandTests().mappingsCopy()
        defer { try? FileManager.default.removeItem(atPath: mappings) }
        let deep = String(repeating: "[", count: 14_000) + String(repeating: "]", count: 14_000)
        try deep.write(toFile: mappings + "/" + file, atomically: true, encoding: .utf8)
        let result = await Tool.execute(["report", "--mappings", mappings] + Self.seeds)
        #expect(result.status == 1)
        #expect(result.stderr == "planalign: \(mappings)/\(file):1:201: expected at most 200 levels of nested arrays and objects, found '['\n")
    }

    /// A small archive whose document inflates a thousandfold fails at the ratio limit,
    /// without inflating it whole.
    @Test func aZipBombFailsFast() async throws {
        let clock = ContinuousClock()
        let start = clock.now
        let result = await Tool.execute(["parse", Repository.fixture("bomb.docx")])
        #expect(clock.now - start < .seconds(2))
        #expect(result.status == 1)
        #expect(result.stderr.contains("zip entry word/document.xml expands past"))
    }

    @Test func aFileOverTheSizeLimitNeedsMaxSize() async throws {
        let small = await Tool.execute(["parse", Repository.districtSeed, "--max-size", "1K"])
        #expect(small.status == 1)
        #expect(small.stderr.contains("larger than the 1024 bytes read by default; pass --max-size to read it"))
        #expect(await Tool.execute(["parse", Repository.districtSeed, "--max-size", "1M"]).status == 0)
        #expect(await Tool.execute(["parse", Repository.districtSeed, "--max-size", "lots"]).status == 64)
        #expect(await Tool.execute(["parse", Repository.districtSeed, "--max-size", "1G"]).status == 0)
        // Past the 2 GiB a text's 32-bit offsets allow, or past what an integer holds: a usage error, not a crash.
        for size in ["2G", "2147483648", "99999999999999999G"] {
            let result = await Tool.execute(["parse", Repository.districtSeed, "--max-size", size])
            #expect(result.status == 64, "--max-size \(size)")
            #expect(result.stderr.contains("a size below 2G (2147483647 bytes)"), "--max-size \(size)")
        }
    }

    @Test func duplicateReviewEntriesAreRefusedNamingBoth() async throws {
        let mappings = try ReviewCommandTests().mappingsCopy()
        defer { try? FileManager.default.removeItem(atPath: mappings) }
        let entry = "{\"municipal\": \"2.1\", \"district\": \"4\", \"decision\": \"accepted\", \"fingerprint\": {\"municipal\": \"a\", \"district\": \"b\"}}"
        let path = ReviewFile.path(mappings: mappings, municipal: Repository.municipalSeed, district: Repository.districtSeed)
        try "{\"links\": [\n\(entry),\n\(entry)\n]}".write(toFile: path, atomically: true, encoding: .utf8)
        let message = "planalign: \(path):3:1: expected one entry per link, found a second entry for 2.1:4 (the first is at line 2); keep one\n"
        let validate = await Tool.execute(["validate", "--mappings", mappings])
        #expect(validate.status == 1)
        #expect(validate.stderr == message)
        let review = await Tool.execute(["review", "--mappings", mappings] + Self.seeds)
        #expect(review.status == 1)
        #expect(review.stderr == message)
    }

    @Test func fieldsAPlannerAddedSurviveARewrite() async throws {
        let mappings = try ReviewCommandTests().mappingsCopy()
        defer { try? FileManager.default.removeItem(atPath: mappings) }
        let path = ReviewFile.path(mappings: mappings, municipal: Repository.municipalSeed, district: Repository.districtSeed)
        let first = await Tool.execute(["review", "--mappings", mappings, "--date", "2026-01-01"] + Self.seeds)
        #expect(first.status == 0)
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"links\": [", with: "\"owner\": \"规财科\",\n  \"links\": [")
        text = text.replacingOccurrences(of: "\"decision\": \"suggested\",", with: "\"decision\": \"suggested\", \"checkedBy\": \"王\",")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let second = await Tool.execute(["review", "--mappings", mappings, "--reject", "2.1:4", "--date", "2026-01-02"] + Self.seeds)
        #expect(second.status == 0)
        let file = try ReviewFile.read(path: path)
        #expect(file.unknownFields == [JSONMember(name: "owner", value: .string("规财科"))])
        #expect(file.entries.allSatisfy { $0.unknownFields == [JSONMember(name: "checkedBy", value: .string("王"))] })
        #expect(file.entry("2.1", "4")?.decision == .rejected)
    }

    @Test func aMisspelledMappingsKeyIsNamedWithTheNearestOne() async throws {
        let mappings = try ReviewCommandTests().mappingsCopy()
        defer { try? FileManager.default.removeItem(atPath: mappings) }
        try "{\"groups\": [[\"结核病\", \"肺结核\"]], \"gneric\": [\"加强\"]}".write(toFile: mappings + "/lexicon.json", atomically: true, encoding: .utf8)
        let result = await Tool.execute(["validate", "--mappings", mappings])
        #expect(result.status == 1)
        #expect(result.stderr == "planalign: \(mappings)/lexicon.json:1:40: expected one of the keys \"about\", \"groups\", \"generic\", \"broader\", found the key \"gneric\"; did you mean \"generic\"?\n")
    }

    @Test func anEmptyOrDirectoryMappingsFileIsDescribedAsJSON() async throws {
        let mappings = try ReviewCommandTests().mappingsCopy()
        defer { try? FileManager.default.removeItem(atPath: mappings) }
        try "".write(toFile: mappings + "/lexicon.json", atomically: true, encoding: .utf8)
        #expect(await Tool.execute(["validate", "--mappings", mappings]).stderr == "planalign: \(mappings)/lexicon.json: the file is empty, expected JSON text\n")
        try FileManager.default.removeItem(atPath: mappings + "/lexicon.json")
        try FileManager.default.createDirectory(atPath: mappings + "/lexicon.json", withIntermediateDirectories: false)
        #expect(await Tool.execute(["validate", "--mappings", mappings]).stderr
                == "planalign: \(mappings)/lexicon.json: is a directory, expected a file holding JSON text\n")
    }

    @Test func aSymbolicLinkLoopIsNamedAsSuch() async throws {
        let directory = try Self.temporaryDirectory("loop")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createSymbolicLink(atPath: directory + "/a.txt", withDestinationPath: directory + "/b.txt")
        try FileManager.default.createSymbolicLink(atPath: directory + "/b.txt", withDestinationPath: directory + "/a.txt")
        let result = await Tool.execute(["parse", directory + "/a.txt"])
        #expect(result.stderr == "planalign: \(directory)/a.txt: cannot be read: a loop of symbolic links\n")
    }

    @Test func utf16WithoutAByteOrderMarkGetsAnEncodingHint() async throws {
        let directory = try Self.temporaryDirectory("utf16")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let text = try String(contentsOfFile: Repository.districtSeed, encoding: .utf8)
        try text.data(using: .utf16LittleEndian)?.write(to: URL(fileURLWithPath: directory + "/le.txt"))
        let result = await Tool.execute(["parse", directory + "/le.txt"])
        #expect(result.stderr.hasSuffix("looks like UTF-16 text without a byte order mark; pass --encoding utf-16le\n"))
        #expect(await Tool.execute(["parse", directory + "/le.txt", "--encoding", "utf-16le"]).status == 0)
    }

    @Test func aNULByteAfterTheFirstBlockMarksABinaryFile() async throws {
        let directory = try Self.temporaryDirectory("nul")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var bytes = Array(try String(contentsOfFile: Repository.districtSeed, encoding: .utf8).utf8)
        bytes[10_000] = 0
        try Data(bytes).write(to: URL(fileURLWithPath: directory + "/nul.txt"))
        let result = await Tool.execute(["parse", directory + "/nul.txt"])
        #expect(result.stderr == "planalign: \(directory)/nul.txt: looks like a binary file, expected the text of a work plan\n")
    }

    @Test func aDecisionIsDatedWhereThePlannerIsNotInUTC() throws {
        // 20:30 UTC on 1 December is already 2 December in Chongqing, and still 1 December in UTC.
        let evening = try #require(ISO8601DateFormatter().date(from: "2026-12-01T20:30:00Z"))
        #expect(Commands.today(now: evening, timeZone: try #require(TimeZone(identifier: "Asia/Shanghai"))) == "2026-12-02")
        #expect(Commands.today(now: evening, timeZone: try #require(TimeZone(identifier: "UTC"))) == "2026-12-01")
        #expect(Commands.today(now: evening, timeZone: try #require(TimeZone(identifier: "America/Los_Angeles"))) == "2026-12-01")
    }

    @Test func staleTemporaryFilesOfKilledRunsAreRemoved() throws {
        let directory = try Self.temporaryDirectory("stale")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // No process has this id (it is above Linux's pid_max), so its temporary file is stale.
        _ = FileManager.default.createFile(atPath: directory + "/.planalign-report.md.99999999.tmp", contents: Data("half".utf8))
        try OutputFile.write("whole", to: directory + "/report.md")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["report.md"])
    }
}

@Suite struct ValidateTests {
    /// `validate` names a decision whose item changed since it was made, without matching anything.
    @Test func validateWarnsAboutAStaleDecision() async throws {
        let mappings = try ReviewCommandTests().mappingsCopy()
        defer { try? FileManager.default.removeItem(atPath: mappings) }
        let pair = ["--municipal", Repository.municipalSeed, "--district", Repository.districtSeed, "--mappings", mappings]
        #expect(await Tool.execute(["review", "--accept", "2.1:4", "--date", "2026-01-01"] + pair).status == 0)
        let path = ReviewFile.path(mappings: mappings, municipal: Repository.municipalSeed, district: Repository.districtSeed)
        let fingerprint = try #require(ReviewFile.read(path: path).entry("2.1", "4")?.districtFingerprint)
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: fingerprint, with: "0000000000000000")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let result = await Tool.execute(["validate", "--mappings", mappings])
        #expect(result.status == 0)
        #expect(result.stderr == "planalign: warning: \(path): 2.1:4 is stale: district item 4 changed since the decision\n")
    }
}
