import Foundation
import Testing
@testable import PlanAlignCLI
@testable import PlanAlignKit

/// The report as Word, Excel and a web page, written through the command layer as a planner
/// runs it; the Word and Excel goldens are their XML parts.
@Suite struct OfficeOutputTests {
    /// The parts of an Office file the command writes with `-o`.
    static func parts(_ arguments: [String], extension suffix: String) async throws -> ZipArchive {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("planalign-\(UUID().uuidString).\(suffix)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = await Tool.execute(arguments + ["-o", path])
        #expect(result.status == 0, "\(result.stderr)")
        return try ZipArchive(bytes: [UInt8](try #require(FileManager.default.contents(atPath: path))), path: path)
    }

    static func text(_ archive: ZipArchive, _ name: String) throws -> String {
        String(decoding: try #require(try archive.contents(of: name), "\(name) is missing"), as: UTF8.self)
    }

    @Test func theWordReportHasTheGenresPageFontsAndRepeatedHeaderRows() async throws {
        let archive = try await Self.parts(["report", "--format", "docx"] + GoldenOutputTests.pair, extension: "docx")
        let document = try Self.text(archive, "word/document.xml")
        try GoldenOutputTests.check(document, against: "golden/report.docx-document.xml")
        #expect(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        #expect(document.contains("<w:tblHeader/>"))
        #expect(!document.contains("flowchart"), "no diagram source in the Word report")
        #expect(document.contains("覆盖矩阵"))
        let styles = try Self.text(archive, "word/styles.xml"), fonts = try Self.text(archive, "word/fontTable.xml")
        for font in ["方正小标宋简体", "黑体", "楷体_GB2312", "仿宋_GB2312"] { #expect(styles.contains("w:eastAsia=\"\(font)\"")) }
        #expect(fonts.contains("<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/>"))
        #expect(try Self.text(archive, "word/footer1.xml").contains(" PAGE "))
        // The same sections, in the same order, as the Markdown report.
        let markdown = ReportGoldenTests.rendered("gap-report.zh.md")
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
        var position = document.startIndex
        for heading in headings where heading != "对标关系图" {
            let found = try #require(document.range(of: ">\(heading)<", range: position..<document.endIndex), "\(heading) missing or out of order")
            position = found.upperBound
        }
    }

    @Test func everyRefInTheWorkbookIsATextCell() async throws {
        let archive = try await Self.parts(["report", "--format", "xlsx"] + GoldenOutputTests.pair, extension: "xlsx")
        let workbook = try Self.text(archive, "xl/workbook.xml")
        let names = workbook.components(separatedBy: "<sheet name=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(Array(names.prefix(7)) == ["概览", "需调整指标", "缺失指标", "未覆盖", "对接关系", "总量指标", "本级特有"])
        #expect(names.contains("疾控科"), "one sheet per lead department")
        var sheets = ""
        for index in names.indices {
            let sheet = try Self.text(archive, "xl/worksheets/sheet\(index + 1).xml")
            sheets += "<!-- \(names[index]) -->\n" + sheet + "\n"
            #expect(sheet.contains("state=\"frozen\""))
            // Every cell is an inline string: `1.10` stays `1.10`, `2.1` stays a ref.
            let cells = sheet.components(separatedBy: "<c r=\"").dropFirst()
            #expect(!cells.isEmpty)
            #expect(cells.allSatisfy { $0.prefix(40).contains("t=\"inlineStr\"") })
        }
        #expect(sheets.contains(">2.1</t>"))
        try GoldenOutputTests.check(sheets, against: "golden/report.xlsx-sheets.xml")
        // A department's sheet has its reply column, empty.
        let department = try Self.text(archive, "xl/worksheets/sheet\((names.firstIndex(of: "疾控科") ?? 0) + 1).xml")
        #expect(department.contains(">反馈</t>"))
    }

    @Test func thePortfolioIsAWordDocumentToo() async throws {
        let archive = try await Self.parts(["portfolio", "--municipal", Repository.municipalSeed, "--districts", Repository.root.appendingPathComponent("seeds").path,
                                            "--mappings", Repository.mappings, "--skip-unreadable", "--format", "docx"], extension: "docx")
        let document = try Self.text(archive, "word/document.xml")
        #expect(document.contains("<w:pStyle w:val=\"DocTitle\"/></w:pPr><w:r><w:t xml:space=\"preserve\">全域对标总览</w:t>"))
        #expect(document.contains("<w:tbl>") && document.contains(">yubei-2025-district-tasks.txt<"))
        #expect(!document.contains("| --- |"), "Markdown table rules are not text")
    }

    @Test func englishGivesEnglishSheetsAndHeadings() async throws {
        let workbook = try Self.text(try await Self.parts(["report", "--format", "xlsx", "--lang", "en"] + GoldenOutputTests.pair, extension: "xlsx"),
                                     "xl/workbook.xml")
        #expect(workbook.contains("<sheet name=\"Summary\"") && workbook.contains("<sheet name=\"Targets to change\"") && !workbook.contains("概览"))
        let document = try Self.text(try await Self.parts(["report", "--format", "docx", "--lang", "en"] + GoldenOutputTests.pair, extension: "docx"),
                                     "word/document.xml")
        #expect(document.contains(">Plan alignment gap report<") && !document.contains(">概览<"))
    }

    @Test func theWebPageIsSelfContainedWithAReviewMode() async throws {
        let result = await Tool.execute(["report", "--format", "html"] + GoldenOutputTests.pair)
        #expect(result.status == 0)
        let page = result.stdout
        try GoldenOutputTests.check(page, against: "reports/gap-report.zh.html")
        for external in ["<script src", "<link", "@import", "url(", "https://", "http://"] { #expect(!page.contains(external), "\(external)") }
        #expect(page.components(separatedBy: "<svg class=\"alignment\"").count - 1 == Seeds.analysis.areas.count)
        #expect(page.contains("id=\"review\"") && page.contains("data-decision=\"accepted\"") && page.contains("data-decision=\"added\""))
        #expect(page.contains("@media print"))
    }
}

/// `planalign review --import`: the web page's decisions merged with their reviewer.
@Suite struct ReviewImportTests {
    static func decisions(_ reviewer: String, _ items: [(String, String, String, String)]) -> String {
        let list = items.map { "{\"municipal\": \"\($0.0)\", \"district\": \"\($0.1)\", \"decision\": \"\($0.2)\", \"note\": \"\($0.3)\"}" }
        return "{\"format\": \"planalign-decisions\", \"municipal\": \"chongqing-2026-municipal-priorities.txt\", "
            + "\"district\": \"yubei-2025-district-tasks.txt\", \"reviewer\": \"\(reviewer)\", \"decisions\": [\(list.joined(separator: ", "))]}"
    }

    func run(_ mappings: String, _ text: String) async throws -> ToolResult {
        let file = mappings + "/decisions-\(UUID().uuidString).json"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return await Tool.execute(["review", "--import", file, "--date", "2026-12-01"] + GoldenOutputTests.pair.dropLast(2) + ["--mappings", mappings])
    }

    func entry(_ mappings: String, _ municipal: ItemRef, _ district: ItemRef) throws -> ReviewEntry? {
        try ReviewFile.read(path: mappings + "/reviews/chongqing-2026-municipal-priorities--yubei-2025-district-tasks.json").entry(municipal, district)
    }

    @Test func aChangedDecisionKeepsItsHistoryAndAnotherReviewersIsAConflict() async throws {
        let mappings = try ReviewCommandTests().mappingsCopy()
        defer { try? FileManager.default.removeItem(atPath: mappings) }
        let first = try await run(mappings, Self.decisions("王", [("2.1", "4", "accepted", "结核病防治"), ("1.3", "9", "rejected", "不是同一项")]))
        #expect(first.status == 0 && first.stdout.contains("2 decisions recorded"), "\(first.stdout)\(first.stderr)")
        #expect(try entry(mappings, "2.1", "4")?.reviewer == "王")
        // The same reviewer changes their mind: the earlier decision is kept in the history.
        let second = try await run(mappings, Self.decisions("王", [("1.3", "9", "accepted", "再看是相关的")]))
        #expect(second.status == 0)
        let changed = try #require(try entry(mappings, "1.3", "9"))
        #expect(changed.decision == .accepted && changed.history.map(\.decision) == [.rejected] && changed.history.first?.note == "不是同一项")
        // Another reviewer decides it the other way: a conflict, reported, and nothing overwritten.
        let third = try await run(mappings, Self.decisions("李", [("1.3", "9", "rejected", "不同意"), ("3.1", "12", "added", "补充")]))
        #expect(third.status == 1)
        #expect(third.stderr.contains("conflict, not written: 1.3:9: 王 accepted, 李 rejected"), "\(third.stderr)")
        #expect(try entry(mappings, "1.3", "9")?.decision == .accepted)
        #expect(try entry(mappings, "3.1", "12")?.decision == .added, "the decisions without conflict are recorded")
    }

    @Test func aDecisionChangedOnTheCommandLineKeepsTheEarlierOneAndItsNote() async throws {
        let mappings = try ReviewCommandTests().mappingsCopy()
        defer { try? FileManager.default.removeItem(atPath: mappings) }
        let pair = Array(GoldenOutputTests.pair.dropLast(2)) + ["--mappings", mappings]
        #expect(await Tool.execute(["review", "--accept", "2.1:4", "--note", "结核病", "--reviewer", "王", "--date", "2026-11-01"] + pair).status == 0)
        #expect(await Tool.execute(["review", "--reject", "2.1:4", "--note", "改为否决", "--date", "2026-12-01"] + pair).status == 0)
        let entry = try #require(try entry(mappings, "2.1", "4"))
        #expect(entry.decision == .rejected && entry.note == "改为否决")
        #expect(entry.history == [ReviewEntry.Earlier(decision: .accepted, note: "结核病", date: "2026-11-01", reviewer: "王")])
    }

    @Test func aDecisionsFileForOtherPlansIsRefused() async throws {
        let mappings = try ReviewCommandTests().mappingsCopy()
        defer { try? FileManager.default.removeItem(atPath: mappings) }
        let other = Self.decisions("王", [("2.1", "4", "accepted", "")]).replacingOccurrences(of: "yubei-2025-district-tasks.txt", with: "other.txt")
        let result = try await run(mappings, other)
        #expect(result.status == 1)
        #expect(result.stderr.contains("the decisions are for chongqing-2026-municipal-priorities.txt and other.txt, not for this pair of plans"))
    }
}
