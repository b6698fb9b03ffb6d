import Foundation
import Testing
@testable import PlanAlignCLI
@testable import PlanAlignKit

/// Every rendered output, produced through the command layer as a user runs it, against
/// a committed golden file. The gap reports live in `reports/`; the rest in
/// `Fixtures/golden/`. `PLANALIGN_RECORD=1 swift test` rewrites them, and the recording
/// run fails, saying what it wrote, so that a recording can never pass as a check.
@Suite struct GoldenOutputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var golden: String
        var arguments: [String]
        var testDescription: String { golden }
    }

    static let recording = ProcessInfo.processInfo.environment["PLANALIGN_RECORD"] == "1"
    static var pair: [String] {
        ["--municipal", Repository.municipalSeed, "--district", Repository.districtSeed, "--mappings", Repository.mappings]
    }
    static let gold = Repository.fixture("dev-gold-links.json")

    static let cases: [Case] = [
        Case(golden: "reports/gap-report.zh.md", arguments: ["report"] + pair),
        Case(golden: "reports/gap-report.en.md", arguments: ["report", "--lang", "en"] + pair),
        Case(golden: "reports/gap-report.zh.json", arguments: ["report", "--format", "json"] + pair),
        Case(golden: "reports/gap-report.en.json", arguments: ["report", "--format", "json", "--lang", "en"] + pair),
        Case(golden: "reports/gap-report.zh.csv", arguments: ["report", "--format", "csv"] + pair),
        Case(golden: "reports/gap-report.en.csv", arguments: ["report", "--format", "csv", "--lang", "en"] + pair),
        Case(golden: "golden/graph.mmd", arguments: ["graph"] + pair),
        Case(golden: "golden/graph.dot", arguments: ["graph", "--format", "dot"] + pair),
        Case(golden: "golden/match.json", arguments: ["match", "--format", "json"] + pair),
        Case(golden: "golden/match.md", arguments: ["match", "--format", "markdown"] + pair),
        Case(golden: "golden/compare.zh.md", arguments: ["compare", "--format", "markdown"] + pair),
        Case(golden: "golden/compare.en.json", arguments: ["compare", "--lang", "en"] + pair),
        Case(golden: "golden/evaluate.md", arguments: ["evaluate", "--gold", gold] + pair),
        Case(golden: "golden/evaluate.json", arguments: ["evaluate", "--gold", gold, "--format", "json"] + pair),
        Case(golden: "golden/parse-district.json", arguments: ["parse", Repository.districtSeed]),
        Case(golden: "golden/parse-municipal.md", arguments: ["parse", Repository.municipalSeed, "--format", "markdown"]),
        Case(golden: "golden/targets-district.csv", arguments: ["targets", Repository.districtSeed, "--format", "csv"]),
        Case(golden: "golden/targets-municipal.md", arguments: ["targets", Repository.municipalSeed, "--format", "markdown"]),
        Case(golden: "reports/draft-2026.zh.txt", arguments: ["draft"] + pair),
        Case(golden: "reports/draft-2026.zh.md", arguments: ["draft", "--format", "markdown"] + pair),
        Case(golden: "reports/draft-2026.en.md", arguments: ["draft", "--format", "markdown", "--lang", "en"] + pair),
        Case(golden: "golden/draft-county.txt", arguments: ["draft", "--municipal", Repository.municipalSeed,
                                                          "--district", Repository.fixture("draft/county-2025.txt"), "--mappings", Repository.mappings]),
        Case(golden: "golden/draft-county.md", arguments: ["draft", "--format", "markdown", "--municipal", Repository.municipalSeed,
                                                         "--district", Repository.fixture("draft/county-2025.txt"), "--mappings", Repository.mappings]),
        Case(golden: "golden/diff.zh.md", arguments: ["diff", Repository.fixture("draft/county-2025.txt"), Repository.fixture("draft/county-2026.txt")]),
        Case(golden: "golden/diff.en.md", arguments: ["diff", Repository.fixture("draft/county-2025.txt"), Repository.fixture("draft/county-2026.txt"), "--lang", "en"]),
        Case(golden: "golden/diff.json", arguments: ["diff", Repository.fixture("draft/county-2025.txt"), Repository.fixture("draft/county-2026.txt"), "--format", "json"]),
        Case(golden: "golden/diff.csv", arguments: ["diff", Repository.fixture("draft/county-2025.txt"), Repository.fixture("draft/county-2026.txt"), "--format", "csv"]),
        Case(golden: "golden/diff-draft.md", arguments: ["diff", Repository.districtSeed, Repository.root.appendingPathComponent("reports/draft-2026.zh.txt").path]),
        Case(golden: "golden/help.en.txt", arguments: ["--help"]),
        Case(golden: "golden/help-review.zh.txt", arguments: ["help", "review", "--lang", "zh"]),
    ]

    /// Where a golden file lives: `reports/` at the repository root, the rest under `Fixtures/`.
    static func path(_ golden: String) -> String {
        golden.hasPrefix("reports/") ? Repository.root.appendingPathComponent(golden).path : Repository.fixture(golden)
    }

    /// Compares `output` with the golden file, or records it and fails.
    static func check(_ output: String, against golden: String) throws {
        let path = path(golden)
        if recording {
            try OutputFile.write(output, to: path)
            Issue.record("recorded \(golden); run the tests again without PLANALIGN_RECORD to check it")
            return
        }
        let committed = String(decoding: try #require(FileManager.default.contents(atPath: path), "\(golden) is missing"), as: UTF8.self)
        #expect(committed == output, "\(golden) differs from what the command prints; re-record with PLANALIGN_RECORD=1 swift test")
    }

    @Test(arguments: cases)
    func commandOutputMatchesItsGoldenFile(_ test: Case) async throws {
        let result = await Tool.execute(test.arguments)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "unexpected warnings: \(result.stderr)")
        try Self.check(result.stdout, against: test.golden)
    }

    /// A small corpus in a directory of its own: the seed, the seed with its tuberculosis
    /// target met, a county plan in another layout, and an empty file.
    @Test(arguments: [("golden/portfolio.zh.md", ["--format", "markdown"]), ("golden/portfolio.en.csv", ["--format", "csv", "--lang", "en"]),
                      ("golden/portfolio.json", ["--format", "json"])])
    func portfolioMatchesItsGoldenFile(golden: String, format: [String]) async throws {
        let directory = try Self.portfolioCorpus()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = await Tool.execute(["portfolio", "--municipal", Repository.municipalSeed, "--districts", directory,
                                         "--mappings", Repository.mappings, "--skip-unreadable"] + format)
        #expect(result.status == 0)
        #expect(result.stderr == "planalign: warning: \(directory)/d-empty.txt: skipped: d-empty.txt: the file is empty, expected the text of a work plan\n")
        try Self.check(result.stdout, against: golden)
    }

    /// Without `--municipal`, the whole-city view reads the municipal seed in ./seeds, as its
    /// help says and as `report` does; where there is none, it says which option to give.
    @Test func aPortfolioReadsTheMunicipalSeedByDefault() async throws {
        let directory = try Self.portfolioCorpus()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let options = ["--districts", directory, "--mappings", Repository.mappings, "--skip-unreadable", "--format", "json"]
        let implicit = await Tool.execute(["portfolio"] + options)
        if FileManager.default.fileExists(atPath: "seeds/" + URL(fileURLWithPath: Repository.municipalSeed).lastPathComponent) {
            let explicit = await Tool.execute(["portfolio", "--municipal", Repository.municipalSeed] + options)
            #expect(implicit.status == 0 && implicit.stdout == explicit.stdout && !implicit.stdout.isEmpty)
        } else {
            #expect(implicit.status == 64 && implicit.stderr.contains("--municipal FILE"))
        }
    }

    /// An unreadable district file fails the run unless the caller asked to skip such files;
    /// the report is still printed, naming it.
    @Test func aPortfolioWithAnUnreadableFileExitsOneAfterItsReport() async throws {
        let directory = try Self.portfolioCorpus()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = await Tool.execute(["portfolio", "--municipal", Repository.municipalSeed, "--districts", directory,
                                         "--mappings", Repository.mappings])
        #expect(result.status == 1)
        #expect(result.stdout.contains("| d-empty.txt |"))
        #expect(result.stderr.hasSuffix("planalign: 1 of 4 district files could not be read; the report lists them (pass --skip-unreadable to exit 0)\n"))
    }

    static func portfolioCorpus() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("planalign-corpus-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let seed = try String(contentsOfFile: Repository.districtSeed, encoding: .utf8)
        try seed.write(toFile: directory + "/a-seed.txt", atomically: true, encoding: .utf8)
        try seed.replacingOccurrences(of: "46/10 万", with: "38/10 万").write(toFile: directory + "/b-tightened.txt", atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: Repository.fixture("county-parenthesised.txt"), toPath: directory + "/c-county.txt")
        _ = FileManager.default.createFile(atPath: directory + "/d-empty.txt", contents: Data())
        return directory
    }

    /// The report a planner runs applies the committed review: without it, the figures differ.
    @Test func theReportAppliesTheCommittedReview() async throws {
        let reviewed = await Tool.execute(["report", "--format", "json"] + Self.pair)
        let raw = await Tool.execute(["report", "--format", "json", "--ignore-reviews"] + Self.pair)
        let summary = { (text: String) throws -> [String: Any] in
            let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            return try #require(root["summary"] as? [String: Any])
        }
        let review = try #require(Seeds.review)
        #expect(try summary(reviewed.stdout)["linksReviewed"] as? Int == review.entries.filter { $0.decision != .rejected }.count)
        #expect(try summary(raw.stdout)["linksReviewed"] as? Int == 0)
        #expect(reviewed.stdout.contains("\"origin\": \"added\""))
    }

    /// Every line of the Chinese CSV outside the plans' own text is Chinese: no English
    /// header, label or sentence reaches it.
    @Test func theChineseCSVCarriesNoEnglishWords() async throws {
        let csv = await Tool.execute(["report", "--format", "csv"] + Self.pair).stdout
        let english = try Regex("[A-Za-z]{3,}")
        for line in csv.split(separator: "\n") {
            #expect(line.firstMatch(of: english) == nil, "English in the zh CSV: \(line)")
        }
    }

    /// Swift seeds hashing per process: two runs of the built tool must still agree, and a
    /// run from another working directory, with the plans named, gives the same report.
    @Test func twoProcessesAndTwoWorkingDirectoriesGiveTheSameReport() throws {
        let tool = try Self.builtTool()
        let arguments = ["report", "--ignore-reviews", "--municipal", Repository.municipalSeed, "--district", Repository.districtSeed]
        let first = try Self.run(tool, arguments, in: Repository.root.path)
        let second = try Self.run(tool, arguments, in: Repository.root.path)
        let elsewhere = try Self.run(tool, arguments, in: FileManager.default.temporaryDirectory.path)
        #expect(first.status == 0 && !first.output.isEmpty)
        #expect(first.output == second.output)
        #expect(first.output == elsewhere.output, "the built-in mappings differ from ./mappings")
        #expect(elsewhere.error.isEmpty, "a run outside the repository warns: \(elsewhere.error)")
    }

    /// The `planalign` executable `swift test` built beside the test bundle.
    static func builtTool() throws -> URL {
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
                          Repository.root.appendingPathComponent(".build/debug")].map { $0.appendingPathComponent("planalign") }
        return try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) },
                            "no built planalign next to the tests: run 'swift build' first")
    }

    static func run(_ tool: URL, _ arguments: [String], in directory: String) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C"]
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }
}
