import Foundation
import Testing
@testable import PlanAlignKit

/// The structure of the rendered reports: tables, section order, escaping, keys. Their
/// exact text is checked through the command layer in `GoldenOutputTests`.
@Suite struct ReportGoldenTests {
    static let analysis = Seeds.analysis

    static func rendered(_ name: String) -> String {
        switch name {
        case "gap-report.zh.md": return MarkdownReport.render(analysis, language: .chinese)
        case "gap-report.en.md": return MarkdownReport.render(analysis, language: .english)
        case "gap-report.json": return analysis.json(language: .chinese).rendered()
        default: return analysis.csv(language: .english)
        }
    }

    @Test(arguments: ["gap-report.zh.md", "gap-report.en.md"])
    func everyMarkdownTableHasEqualColumnCounts(name: String) {
        var expected: Int?
        for line in Self.rendered(name).split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            guard line.hasPrefix("|") else { expected = nil; continue }
            let cells = Self.cellCount(line)
            if let expected { #expect(cells == expected, "row with \(cells) cells in a table of \(expected): \(line)") } else { expected = cells }
        }
    }

    static func cellCount(_ line: String) -> Int {
        var count = 0, escaped = false
        for character in line {
            if character == "|" && !escaped { count += 1 }
            escaped = character == "\\"
        }
        return count - 1
    }

    @Test func reportShowsTuberculosisBehindWithTheChange() {
        let chinese = Self.rendered("gap-report.zh.md")
        #expect(chinese.contains("| 结核病发病率 | ≤ 40/10万 | ≤ 46/10万 | 46 → 40 /10万（−6） | 2.1 | 4 结核病报告发病率 |"))
        #expect(Self.rendered("gap-report.en.md").contains("## Targets that must change (behind)"))
    }

    /// A target is shown beside the past value its plan states for the same indicator, and a
    /// past value with no target beside it is never reported as one.
    @Test func aBaselineExplainsItsTargetAndIsNoTargetItself() throws {
        let municipal = try PlanLoader.parse(PlanSource(path: "city.txt", text: """
            某市2026年卫生健康工作要点
            一、提升居民健康水平
            1.延长健康寿命。2025年全市人均预期寿命为82.25岁，2026年提高到82.6岁。
            2.保障母婴安全。2025年孕产妇死亡率为9.2/10万。
            """))
        let district = try PlanLoader.parse(PlanSource(path: "district.txt", text: """
            某区2026年卫生健康工作要点
            1.加强妇幼健康服务，做好孕产妇全程管理。
            2.开展健康促进行动，提升居民健康素养。
            """))
        let analysis = PlanPair(municipal: municipal, district: district, mappings: .builtIn).analysis(ignoringReviews: true)
        let chinese = MarkdownReport.render(analysis, language: .chinese)
        #expect(chinese.contains("| 人均预期寿命 | 2025年 82.25岁 → 目标 ≥ 82.6岁 |"), "\(chinese)")
        #expect(MarkdownReport.render(analysis, language: .english).contains("| 2025: 82.25岁 → target ≥ 82.6岁 |"))
        #expect(!chinese.contains("≤ 9.2/10万") && !chinese.contains("≥ 9.2/10万"))
    }

    @Test func englishTranslatesEveryHeadingButNotThePlans() {
        let english = Self.rendered("gap-report.en.md")
        for heading in english.split(separator: "\n").filter({ $0.hasPrefix("## ") }) {
            let hasHan = heading.unicodeScalars.contains { $0.isHan }
            #expect(!hasHan, "untranslated heading: \(heading)")
        }
        #expect(english.contains("抓好重大疾病防控"))
    }

    @Test func sectionsComeInActionOrder() throws {
        let chinese = Self.rendered("gap-report.zh.md")
        let order = ["## 概览", "## 需调整的指标", "## 缺失的指标", "## 未对接的重点任务与措施", "## 分领域对标情况", "## 总量指标",
                     "## 本级特有任务", "## 科室视图", "## 对标关系图"]
        var positions: [String.Index] = []
        for heading in order {
            positions.append(try #require(chinese.range(of: heading)?.lowerBound, "missing \(heading)"))
        }
        #expect(positions == positions.sorted())
    }

    @Test func tableCellsEscapePipes() {
        #expect(MarkdownText.table(["a"], [["x|y"]]) == "| a |\n| --- |\n| x\\|y |\n")
    }

    @Test func jsonHasTheDocumentedKeys() throws {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(Self.rendered("gap-report.json").utf8)) as? [String: Any])
        for key in ["schemaVersion", "summary", "links", "unmappedPriorities", "uncoveredMeasures", "targetComparisons", "coverage", "items"] {
            #expect(root[key] != nil, "missing \(key)")
        }
        let comparisons = try #require(root["targetComparisons"] as? [[String: Any]])
        #expect(comparisons.contains { $0["verdict"] as? String == "behind" && $0["change"] as? Double == -6 })
    }

    @Test func csvStartsWithAByteOrderMarkAndQuotesFields() {
        let csv = Self.rendered("gap-report.csv")
        #expect(csv.unicodeScalars.first == "\u{FEFF}")
        #expect(CSVText.field("a,b") == "\"a,b\"")
        #expect(CSVText.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(csv.contains("link,2,2.1,防控重大传染病疫情风险,4,抓好重大疾病防控,strong"))
    }

    @Test func mermaidDiagramHighlightsGapsAndUsesSafeLabels() {
        let diagram = MermaidDiagram.alignment(Self.analysis)
        #expect(diagram.hasPrefix("flowchart LR\n"))
        #expect(!diagram.contains("“"))
        #expect(diagram.contains("P2_1 ==> T4"))
    }

    @Test func theReportDrawsOneDiagramPerAreaInAreaOrderWithALegend() throws {
        let report = Self.rendered("gap-report.zh.md")
        let diagrams = try #require(report.components(separatedBy: "## 对标关系图").last)
        #expect(diagrams.components(separatedBy: "```mermaid").count - 1 == Self.analysis.areas.count)
        let headings = diagrams.split(separator: "\n").filter { $0.hasPrefix("### ") }.map { String($0.dropFirst(4)) }
        #expect(headings.prefix(Self.analysis.areas.count) == ArraySlice(Self.analysis.areas.map { "\($0.section.ref). \($0.section.title)" }))
        #expect(diagrams.contains("图例："))
        // Area 2's diagram holds its own priorities and no other area's.
        let second = MermaidDiagram.area(Self.analysis, 1)
        #expect(second.contains("P2_1 ==> T4") && !second.contains("P1_1"))
    }

    @Test func aDiagramLabelIsNeverCutInsideBracketsOrQuotes() {
        let label = MermaidDiagram.label("8.1 加强基层医疗卫生机构建设，推进“优质服务基层行”和“社区医院建设”活动提质扩面")
        #expect(label.hasSuffix("…"))
        let inside = label.unicodeScalars.reduce(0) { depth, scalar in scalar == "「" ? depth + 1 : scalar == "」" ? depth - 1 : depth }
        #expect(inside == 0, "\(label)")
    }

    @Test func theReportEndsWithTheNextStepsAndTheirCommands() {
        let report = Self.rendered("gap-report.en.md")
        let steps = report.components(separatedBy: "## Next steps").last ?? ""
        #expect(steps.contains("planalign review --municipal chongqing-2026-municipal-priorities.txt --district yubei-2025-district-tasks.txt --import decisions.json"))
        #expect(steps.contains("planalign draft --municipal chongqing-2026-municipal-priorities.txt --district yubei-2025-district-tasks.txt --format docx -o draft.docx"))
    }

    @Test func renderingIsDeterministic() {
        #expect(MarkdownReport.render(Self.analysis) == MarkdownReport.render(Self.analysis))
        #expect(Self.analysis.json(language: .english).rendered() == Self.analysis.json(language: .english).rendered())
    }
}

@Suite struct OutputFileTests {
    @Test func writesWholeFilesAndRefusesMissingDirectories() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("planalign-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("report.md").path
        try OutputFile.write("第一版", to: path)
        try OutputFile.write("第二版", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "第二版")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.md"])
        let missing = directory.appendingPathComponent("absent/report.md").path
        #expect(throws: InputError.cannotWrite(path: missing, reason: "the directory \(directory.path)/absent does not exist")) {
            try OutputFile.write("x", to: missing)
        }
    }
}
