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
        let result = await Tool.execute(["help", "graph"])
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
        (["reprot"], "planalign: unknown command 'reprot'; did you mean 'report'?\n"),
        (["help", "pasre"], "planalign: unknown command 'pasre'; did you mean 'parse'?\n"),
        (["parse"], "planalign: 'parse' needs FILE; run 'planalign help parse'\n"),
        (["parse", "a.txt", "--format", "xml"], "planalign: option '--format' does not accept 'xml'; use one of: json, markdown\n"),
        (["parse", "a.txt", "--colour"], "planalign: 'parse' has no option '--colour'; run 'planalign help parse'\n"),
        (["report", "--fromat", "json"], "planalign: 'report' has no option '--fromat'; did you mean '--format'?\n"),
        (["parse", "a.txt", "--format"], "planalign: option '--format' needs a value\n"),
        (["report", "--format", "--lang", "en"], "planalign: option '--format' needs a value, found the option '--lang'\n"),
        (["report", "-o", "--format"], "planalign: option '-o' needs a value, found the option '--format'\n"),
        (["report", "--format", "json", "--format", "csv"], "planalign: option '--format' is given twice; give it once\n"),
        (["report", "--ignore-reviews=yes"], "planalign: option '--ignore-reviews' takes no value\n"),
        (["review", "--date", "2026-02-30"], "planalign: option '--date' does not accept '2026-02-30'; expected a real date as YYYY-MM-DD\n"),
        (["review", "--date", "2026-1-5"], "planalign: option '--date' does not accept '2026-1-5'; expected a real date as YYYY-MM-DD\n"),
        (["review", "--accept", "2.1"], "planalign: option '--accept' does not accept '2.1'; expected M:D, such as 2.1:4\n"),
        ([], "planalign: no command given; run 'planalign --help' for the commands\n"),
        (["reprot", "--lang", "zh"], "planalign: 没有命令 'reprot'；是否要输入 'report'？\n"),
        (["report", "--fromat", "json", "--lang", "zh"], "planalign: 'report' 没有选项 '--fromat'；是否要输入 '--format'？\n"),
    ])
    func badUsageExitsWith64AndOnePlainLine(arguments: [String], message: String) async {
        let result = await Tool.execute(arguments)
        #expect(result.status == 64)
        #expect(result.stderr == message)
        #expect(result.stdout.isEmpty)
    }

    @Test func aChineseLocaleGivesChineseHelpAndErrors() async {
        let help = await Tool.execute(["--help"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(help.stdout.contains("用法：planalign 命令 [选项]"))
        let error = await Tool.execute(["frobnicate"], environment: ["LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"])
        #expect(error.stderr == "planalign: 没有命令 'frobnicate'；运行 'planalign --help' 查看命令\n")
        let english = await Tool.execute(["frobnicate"], environment: ["LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"])
        #expect(english.stderr.hasPrefix("planalign: unknown command"))
        let chosen = await Tool.execute(["--help", "--lang", "en"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(chosen.stdout.contains("Usage: planalign COMMAND [OPTIONS]"))
    }

    @Test func shortVersionAndHelpOnHelpWork() async {
        #expect(await Tool.execute(["-v"]).stdout == "planalign \(Tool.version)\n")
        let help = await Tool.execute(["help", "help"])
        #expect(help.status == 0)
        #expect(help.stdout.hasPrefix("Usage: planalign help [COMMAND]"))
    }

    /// Usage and help come from the one declaration of each command's options.
    @Test(arguments: Commands.all.map(\.name))
    func helpListsEveryDeclaredOption(command: String) async throws {
        let declared = try #require(Commands.named(command))
        let help = await Tool.execute(["help", command]).stdout
        for option in declared.options {
            #expect(help.contains(option.synopsis), "help for \(command) omits \(option.name)")
            #expect(declared.usage.contains(option.synopsis))
        }
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
        for name in ["lexicon.json", "indicators.json", "targets.json"] {
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

@Suite struct ReviewOptionTests {
    func mappingsCopy() throws -> String { try ReviewCommandTests().mappingsCopy() }

    func pair(_ mappings: String) -> [String] {
        ["--municipal", Repository.municipalSeed, "--district", Repository.districtSeed, "--mappings", mappings, "--date", "2026-01-01"]
    }

    @Test func repeatedDecisionOptionsRecordEveryValueAndAFullWidthColonReads() async throws {
        let mappings = try mappingsCopy()
        defer { try? FileManager.default.removeItem(atPath: mappings) }
        let result = await Tool.execute(["review", "--reject", "2.1:1", "--reject", "2.1:3", "--accept", "2.1：4", "--note", "n"] + pair(mappings))
        #expect(result.status == 0, "\(result.stderr)")
        let file = try ReviewFile.read(path: ReviewFile.path(mappings: mappings, municipal: Repository.municipalSeed, district: Repository.districtSeed))
        #expect(file.entry("2.1", "1")?.decision == .rejected)
        #expect(file.entry("2.1", "3")?.decision == .rejected)
        #expect(file.entry("2.1", "4")?.decision == .accepted)
    }

    @Test func aConflictingDecisionOrAnUnknownRefIsAUsageErrorAndWritesNothing() async throws {
        let mappings = try mappingsCopy()
        defer { try? FileManager.default.removeItem(atPath: mappings) }
        let conflict = await Tool.execute(["review", "--accept", "2.1:4", "--reject", "2.1:4"] + pair(mappings))
        #expect(conflict.status == 64)
        #expect(conflict.stderr == "planalign: link 2.1:4 is given both --accept and --reject in one call; decide each link once\n")
        let unknown = await Tool.execute(["review", "--add", "9.9:4"] + pair(mappings))
        #expect(unknown.status == 64)
        #expect(unknown.stderr == "planalign: --add 9.9:4: the municipal plan has no item 9.9\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: mappings + "/reviews").isEmpty)
    }

    @Test func anOutputNamingAnInputIsRefusedAndTheInputSurvives() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("planalign-o-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let plan = directory + "/d.txt"
        try FileManager.default.copyItem(atPath: Repository.districtSeed, toPath: plan)
        let before = try String(contentsOfFile: plan, encoding: .utf8)
        for output in [plan, directory + "/./d.txt"] {
            let result = await Tool.execute(["report", "--municipal", Repository.municipalSeed, "--district", plan, "-o", output])
            #expect(result.status == 64)
            #expect(result.stderr.contains("would overwrite the input"))
        }
        #expect(try String(contentsOfFile: plan, encoding: .utf8) == before)
    }
}
