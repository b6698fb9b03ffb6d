import Foundation
import Testing
@testable import PlanAlignCLI
@testable import PlanAlignKit

@Suite struct ToolTests {
    @Test func helpListsEveryCommand() async {
        let result = await Tool.execute(["--help"])
        #expect(result.status == 0)
        for command in ["parse", "targets", "compare", "match", "evaluate"] {
            #expect(result.stdout.contains("  \(command)"))
        }
    }

    @Test func commandHelpDescribesItsOptions() async {
        let result = await Tool.execute(["help", "match"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("--ignore-reviews"))
        let parseHelp = await Tool.execute(["parse", "--help"])
        #expect(parseHelp.stdout.contains("--format json|markdown"))
    }

    @Test func versionPrints() async {
        let version = await Tool.execute(["--version"])
        #expect(version.stdout == "planalign \(Tool.version)\n")
    }

    @Test(arguments: [
        (["frobnicate"], "planalign: unknown command 'frobnicate'; run 'planalign --help' for the commands\n"),
        (["parse"], "planalign: 'parse' needs a plan FILE; run 'planalign help parse'\n"),
        (["parse", "a.txt", "--format", "xml"], "planalign: option '--format' does not accept 'xml'; use one of: json, markdown\n"),
        (["parse", "a.txt", "--colour"], "planalign: 'parse' has no option '--colour'; run 'planalign help parse'\n"),
        (["parse", "a.txt", "--format"], "planalign: option '--format' needs a value\n"),
        ([], "planalign: no command given; run 'planalign --help' for the commands\n"),
    ])
    func badUsageExitsWith64AndOnePlainLine(arguments: [String], message: String) async {
        let result = await Tool.execute(arguments)
        #expect(result.status == 64)
        #expect(result.stderr == message)
        #expect(result.stdout.isEmpty)
    }

    @Test func badInputExitsWith1AndNamesTheFile() async {
        let path = Repository.fixture("absent.txt")
        let result = await Tool.execute(["parse", path])
        #expect(result.status == 1)
        #expect(result.stderr == "planalign: \(path): no such file\n")
    }

    @Test func parsePrintsTheDocumentedJSONShape() async throws {
        let result = await Tool.execute(["parse", Repository.districtSeed])
        #expect(result.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(root["title"] as? String == "2025年全区卫生健康工作要点")
        let sections = try #require(root["sections"] as? [[String: Any]])
        let items = try #require(sections.first?["items"] as? [[String: Any]])
        let fourth = try #require(items.first { $0["ref"] as? String == "4" })
        #expect(fourth["lead"] as? [String] == ["疾控科", "公卫科"])
        #expect(fourth["responsible"] as? [String] == ["委属各单位", "有关民营医疗机构"])
        #expect(fourth["lines"] as? [Int] == [80, 96])
        #expect((fourth["measures"] as? [String])?.isEmpty == false)
        let targets = try #require(fourth["targets"] as? [[String: Any]])
        let tuberculosis = try #require(targets.first { $0["unit"] as? String == "/10万" })
        #expect(tuberculosis["comparator"] as? String == "<=")
        #expect(tuberculosis["value"] as? Double == 46)
        #expect(tuberculosis["low"] is NSNull)
        #expect(tuberculosis["line"] as? Int == 94)
    }

    /// The shape outside checks rely on, plus the concepts both headings name.
    @Test func matchPrintsTheDocumentedJSONShape() async throws {
        let result = await Tool.execute(["match", "--municipal", Repository.municipalSeed, "--district", Repository.districtSeed,
                                         "--ignore-reviews", "--format", "json"])
        #expect(result.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let links = try #require(root["links"] as? [[String: Any]])
        let tuberculosis = try #require(links.first { $0["municipal"] as? String == "2.1" })
        #expect(tuberculosis["district"] as? String == "4")
        #expect(tuberculosis["strength"] as? String == "strong")
        #expect(tuberculosis["score"] is Double)
        let evidence = try #require(tuberculosis["evidence"] as? [String: Any])
        #expect((evidence["terms"] as? [String])?.contains("结核病") == true)
        #expect((evidence["indicators"] as? [String])?.isEmpty == false)
        let pair = try #require((evidence["measures"] as? [[String: Any]])?.first)
        #expect(pair["municipal"] is String && pair["district"] is String && pair["score"] is Double)
        let programme = try #require(links.first { $0["municipal"] as? String == "3.2" })
        #expect((programme["evidence"] as? [String: Any])?["headings"] as? [String] == ["强基工程"])
        #expect(root["unmappedPriorities"] is [String])
        #expect(root["unlinkedTasks"] is [String])
        let uncovered = try #require(root["uncoveredMeasures"] as? [[String: Any]])
        #expect(uncovered.contains { ($0["measure"] as? String)?.contains("筹建国际应急医疗队") == true && $0["priority"] as? String == "2.3" })
    }

    @Test func targetsListsAPlainFileOfSentences() async throws {
        let result = await Tool.execute(["targets", Repository.fixture("sentences.txt")])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(entries.count == 2)
        #expect(entries.allSatisfy { $0["item"] is NSNull })
    }

    @Test func compareReportsTheTuberculosisGap() async throws {
        let result = await Tool.execute(["compare", "--municipal", Repository.municipalSeed, "--district", Repository.districtSeed,
                                   "--mappings", Repository.mappings])
        #expect(result.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let comparisons = try #require(root["comparisons"] as? [[String: Any]])
        let behind = comparisons.filter { $0["verdict"] as? String == "behind" }
        #expect(behind.count == 1)
        #expect((behind.first?["district"] as? [String: Any])?["item"] as? String == "4")
        #expect((behind.first?["municipal"] as? [String: Any])?["item"] as? String == "2.1")
    }

    @Test func samePlanGivenTwiceIsRefused() async {
        let result = await Tool.execute(["match", "--municipal", Repository.districtSeed, "--district", Repository.districtSeed,
                                   "--mappings", Repository.mappings])
        #expect(result.status == 1)
        #expect(result.stderr.contains("given as both"))
    }

    @Test func missingMappingsDirectoryIsAnError() async {
        let result = await Tool.execute(["match", "--municipal", Repository.municipalSeed, "--district", Repository.districtSeed,
                                   "--mappings", "/nonexistent/mappings"])
        #expect(result.status == 1)
        #expect(result.stderr == "planalign: /nonexistent/mappings: no such file\n")
    }
}

@Suite struct ReviewCommandTests {
    /// A mappings directory of its own, with the shipped lexicon and aliases.
    func mappingsCopy() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("planalign-mappings-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory + "/reviews", withIntermediateDirectories: true)
        for name in ["lexicon.json", "indicators.json"] {
            try FileManager.default.copyItem(atPath: Repository.mappings + "/" + name, toPath: directory + "/" + name)
        }
        return directory
    }

    @Test func reviewWritesSuggestionsAndRecordsDecisions() async throws {
        let mappings = try mappingsCopy()
        defer { try? FileManager.default.removeItem(atPath: mappings) }
        let pair = ["--municipal", Repository.municipalSeed, "--district", Repository.districtSeed, "--mappings", mappings, "--date", "2026-01-01"]
        let first = await Tool.execute(["review"] + pair)
        #expect(first.status == 0)
        #expect(first.stdout.contains("\(Seeds.alignment.links.count) new suggestions"))
        let second = await Tool.execute(["review", "--reject", "2.1:1", "--note", "不相关"] + pair)
        #expect(second.stdout.contains("0 new suggestions, 1 decisions recorded now"))
        let path = ReviewFile.path(mappings: mappings, municipal: Repository.municipalSeed, district: Repository.districtSeed)
        #expect(try ReviewFile.read(path: path).entry("2.1", "1")?.decision == .rejected)
        let match = await Tool.execute(["match"] + pair.dropLast(2))
        #expect(!match.stdout.contains("\"district\": \"1\",\n      \"score\""))
        let raw = await Tool.execute(["match", "--ignore-reviews"] + pair.dropLast(2))
        #expect(raw.stdout != match.stdout)
    }

    @Test func reviewNeverOverwritesAFileItCannotParse() async throws {
        let mappings = try mappingsCopy()
        defer { try? FileManager.default.removeItem(atPath: mappings) }
        let path = ReviewFile.path(mappings: mappings, municipal: Repository.municipalSeed, district: Repository.districtSeed)
        try "{\"links\": [}".write(toFile: path, atomically: true, encoding: .utf8)
        let result = await Tool.execute(["review", "--municipal", Repository.municipalSeed, "--district", Repository.districtSeed,
                                         "--mappings", mappings])
        #expect(result.status == 1)
        #expect(result.stderr == "planalign: \(path):1:12: expected a value, found '}'\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"links\": [}")
    }

    @Test func validateReportsAMalformedLexiconWithItsPosition() async throws {
        let mappings = try mappingsCopy()
        defer { try? FileManager.default.removeItem(atPath: mappings) }
        try "{\"groups\": [[\"结核病\", 3]]}".write(toFile: mappings + "/lexicon.json", atomically: true, encoding: .utf8)
        let result = await Tool.execute(["validate", "--mappings", mappings])
        #expect(result.status == 1)
        #expect(result.stderr == "planalign: \(mappings)/lexicon.json:1:21: expected a term as a string, found a number\n")
    }
}
