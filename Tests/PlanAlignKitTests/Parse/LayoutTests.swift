import Foundation
import Testing
@testable import PlanAlignKit

/// The layouts of the genre beyond the two seeds, each in a fixture written for it.
@Suite struct LayoutTests {
    static func plan(_ name: String) throws -> PlanDocument { try PlanLoader.load(path: Repository.fixture("layouts/" + name)) }

    static func outline(_ plan: PlanDocument) -> [String] {
        plan.sections.map { section in "\(section.ref) \(section.title): " + section.items.map { "\($0.ref) \($0.title)" }.joined(separator: " | ") }
    }

    @Test func aChapterPlanReadsItsSectionsAndSkipsItsTableOfContents() throws {
        let plan = try Self.plan("chapters.txt")
        #expect(plan.title == "某市“十五五”卫生健康发展规划")
        #expect(Self.outline(plan) == [
            "1 发展基础: 1.1 “十四五”期间",
            "2 面临形势: 2.1 人口老龄化加快",
            "3 强化公共卫生体系: 3.1 完善疾病预防控制网络 | 3.2 提升突发事件应急能力",
            "4 推进医疗服务提质: 4.1 扩大优质医疗资源 | 4.2 加强基层服务能力",
            "5 加强组织领导: 5.1 各区县要把卫生健康工作纳入重要议事日程",
        ])
        #expect(!plan.items.contains { $0.text.includes("……") }, "the table of contents is not read as the plan")
        #expect(plan.items.first { $0.ref == "3.1" }?.targets.first?.bound == .atMost(30))
    }

    @Test func unnumberedHeadingsOpenSectionsAndRestartTheNumbering() throws {
        let plan = try Self.plan("unnumbered-headings.txt")
        #expect(Self.outline(plan) == [
            "1 指导思想: 1.1 坚持以人民健康为中心",
            "2 重点任务: 2.1 加强传染病监测 | 2.2 推进家庭医生签约",
            "3 保障措施: 3.1 强化经费保障 | 3.2 加强督导考核",
        ])
        #expect(plan.sections.allSatisfy { $0.inferred })
        #expect(plan.notes.isEmpty, "a restart under a heading is no slip: \(plan.notes)")
    }

    @Test func aNewsArticleIsReadAsParagraphsAndSaysSo() throws {
        let plan = try Self.plan("news.txt")
        #expect(plan.title == "某区召开卫生健康工作会议部署全年重点任务")
        #expect(plan.items.count == 4)
        #expect(plan.items.allSatisfy { $0.inferred })
        #expect(plan.notes.map(\.kind) == [.inferredOutline])
        #expect(plan.items.flatMap(\.targets).map(\.indicator) == ["县域内就诊率", "孕产妇死亡率"])
    }

    @Test func enumerationsInsideAnItemAreItsMeasures() throws {
        let plan = try Self.plan("enumerations.txt")
        #expect(plan.items.map { $0.measures.map(\.text) } == [
            ["一是实施订单定向培养，每年招收医学生20名", "二是开展全科医生转岗培训", "三是落实乡村医生待遇保障"],
            ["首先，推进村卫生室标准化建设", "其次，建设县域医疗次中心3个", "最后，推广远程会诊服务"],
            ["第一，改造乡镇卫生院门诊", "第二，完善无障碍设施"],
        ])
        let commas = try PlanLoader.parse(PlanSource(path: "c.txt", text: "一、基层\n（一）加强队伍。一是定向培养，二是转岗培训，三是待遇保障。\n"))
        #expect(commas.items.first?.measures.map(\.text) == ["一是定向培养", "二是转岗培训", "三是待遇保障"])
    }

    @Test func ownerBlocksInTheirOtherForms() throws {
        let plan = try Self.plan("owners.txt")
        #expect(plan.items.map(\.lead) == [["县疾控中心"], ["县卫健局"], ["各乡镇卫生院"], ["县中医院"], ["县卫健局", "县融媒体中心"]])
        #expect(plan.items.map(\.responsible) == [[], ["县医保局", "县财政局"], [], ["各乡镇卫生院", "村卫生室"], []])
        #expect(!plan.items.contains { $0.text.includes("负责") || $0.text.includes("牵头单位") }, "owner blocks leave the text")
    }

    @Test func aTraditionalPlanParsesAndMatchesAsASimplifiedOne() throws {
        let traditional = try Self.plan("traditional.txt")
        let simplified = try PlanLoader.load(path: Repository.fixture("county-parenthesised.txt"))
        #expect(traditional.notes.map(\.kind) == [.traditionalScript])
        #expect(traditional.items.map(\.title) == ["强化传染病防控", "推进慢性病综合防治", "加强县级医院建设"])
        // What the planner wrote is kept beside what is matched.
        #expect(traditional.items.map(\.originalTitle) == ["強化傳染病防控", "推進慢性病綜合防治", "加強縣級醫院建設"])
        #expect(simplified.items.allSatisfy { $0.originalTitle == nil })
        #expect(traditional.items.first?.lead == ["疾控股"])
        #expect(traditional.items.first?.targets.first?.indicator == simplified.items.first?.targets.first?.indicator)
        let engine = MatchEngine(mappings: Seeds.mappings)
        let fromTraditional = engine.align(municipal: Seeds.municipal, district: traditional).links.filter { $0.district == "1" }.map(\.municipal)
        #expect(fromTraditional.contains("2.1"), "the tuberculosis task links the municipal tuberculosis priority")
    }

    @Test func aWebPageInPreKeepsItsLineBreaks() throws {
        let page = try Self.plan("pre.html")
        let text = try Self.plan("unnumbered-headings.txt")
        #expect(Self.outline(page) == Self.outline(text))
    }

    @Test func aTitleIsNeverAMetadataRowOrABreadcrumb() throws {
        let plan = try PlanLoader.parse(PlanSource(path: "w.html", text: """
            首页 > 政务公开 > 计划总结
            成文日期 | 2020-11-25 | 有效性
            某县2021年卫生健康工作要点
            一、公共卫生
            1.加强传染病防控。完善传染病监测预警网络，提高早期发现和报告能力，做好重点人群筛查和规范治疗管理工作。
            2.推进慢病管理。推广高血压、糖尿病患者规范管理，开展社区筛查和随访服务，提升健康管理质量与群众满意度。
            3.加强健康宣传。开展健康素养促进行动，利用新媒体普及健康知识，提高居民健康素养水平和自我保健能力。
            """))
        #expect(plan.title == "某县2021年卫生健康工作要点")
    }

    @Test func aTitleBrokenOverTwoLinesIsJoined() throws {
        let plan = try PlanLoader.parse(PlanSource(path: "t.txt", text: """
            某市2026年卫生健康
            工作要点
            一、公共卫生
            1.做好传染病防控。肺结核发病率控制在35/10万以下。
            2.推进慢病管理。高血压规范管理率达到65%。
            """))
        #expect(plan.title == "某市2026年卫生健康工作要点")
    }

    @Test(arguments: ["关于印发2026年全市卫生健康工作要点的通知", "关于印发《2026年全市卫生健康工作要点》的通知"])
    func aCoveringNoticeNamesThePlanWithOrWithoutTitleMarks(notice: String) throws {
        let plan = try PlanLoader.parse(PlanSource(path: "n.txt", text: """
            某市卫生健康委员会文件
            某卫发〔2026〕5号
            \(notice)
            各区县卫生健康委：
            1.做好传染病防控。肺结核发病率控制在35/10万以下。
            2.推进慢病管理。高血压规范管理率达到65%。
            """))
        #expect(plan.title == "2026年全市卫生健康工作要点")
    }
}

/// Indicator tables, as a Word or web table (cells by tabs) or a text table (cells by runs of
/// spaces): one target per target-year column, the earlier year a baseline.
@Suite struct IndicatorTableTests {
    static func targets(_ plan: PlanDocument) -> [String] {
        plan.items.flatMap { item in
            item.measures.flatMap(\.targets).map { "\($0.status) \($0.indicator) \(TargetText.bound($0)) \($0.period.map(String.init) ?? "-")" }
        }
    }

    @Test func aTableOfIndicatorsGivesATargetPerYearColumn() throws {
        let plan = try LayoutTests.plan("indicator-table.txt")
        let table = try #require(plan.items.first { $0.title == "专栏1主要发展指标" })
        #expect(Self.targets(plan).prefix(10) == [
            "baseline 人均预期寿命基期值 ≥ 79.9岁 2025", "target 人均预期寿命 ≥ 80.8岁 2030",
            "baseline 孕产妇死亡率基期值 ≤ 9.5/10万 2025", "target 孕产妇死亡率 ≤ 9/10万 2030",
            "baseline 婴儿死亡率基期值 ≤ 3.6‰ 2025", "target 婴儿死亡率 ≤ 4‰ 2030",
            "baseline 每千人口医疗卫生机构床位数基期值 ≥ 7.2张/千人 2025", "target 每千人口医疗卫生机构床位数 ≥ 8张/千人 2030",
            "baseline 居民健康素养水平基期值 ≥ 32% 2025", "target 居民健康素养水平 ≥ 40% 2030",
        ])
        // Each row keeps its own source line; a row with its target in words is kept as a measure.
        #expect(table.measures.first { $0.text.contains("孕产妇死亡率不超过9") }?.line == 7)
        #expect(table.measures.contains { $0.text.contains("心理健康服务站点覆盖率持续提高") })
        #expect(table.lines.start == 4 && table.lines.end == 11)
    }

    @Test func aTextTableAlignedWithSpacesReadsTheSame() throws {
        let plan = try LayoutTests.plan("indicator-table-spaces.txt")
        #expect(Self.targets(plan) == [
            "baseline 居民健康素养水平基期值 ≥ 31.5% 2025", "target 居民健康素养水平 ≥ 33% 2026",
            "baseline 孕产妇死亡率基期值 ≤ 10.2/10万 2025", "target 孕产妇死亡率 ≤ 10/10万 2026",
            "target 村卫生室标准化示范点 ≥ 4个 -", "target 高血压患者规范管理率 ≥ 65% -",
        ])
    }

    @Test func aWebTableReadsAsTheTextTable() throws {
        let html = """
            <html><body><p>某县2026年卫生健康重点工作安排</p><p>一、年度主要指标</p><p>主要指标</p>
            <table><tr><th>指标名称</th><th>2025年现状</th><th>2026年目标</th><th>属性</th></tr>
            <tr><td>居民健康素养水平（%）</td><td>31.5</td><td>33</td><td>预期性</td></tr>
            <tr><td>孕产妇死亡率（1/10万）</td><td>10.2</td><td>≤10</td><td>约束性</td></tr></table>
            <p>二、重点任务</p><p>1.实施基层能力提升工程。新建村卫生室标准化示范点4个。</p>
            <p>2.推进慢性病综合防控。高血压患者规范管理率达到65%。</p></body></html>
            """
        let plan = try PlanLoader.parse(PlanSource(path: "t.html", text: HTMLText.text(from: html)))
        #expect(Self.targets(plan) == Self.targets(try LayoutTests.plan("indicator-table-spaces.txt")))
    }

    @Test func oneIndicatorALineWithoutPunctuationGivesOneTargetEach() throws {
        let plan = try LayoutTests.plan("indicator-lines.txt")
        #expect(plan.items.first?.targets.map(TargetText.labelled) == ["人均预期寿命 ≥ 80岁", "孕产妇死亡率 ≤ 9/10万", "婴儿死亡率 ≤ 4‰"])
        #expect(plan.items.first?.targets.map(\.line) == [4, 5, 6])
    }

    @Test func aLineAPageWrappedEarlyStillJoinsItsPhrase() throws {
        let plan = try PlanLoader.parse(PlanSource(path: "w.txt", text: "1.完善区域医疗卫生规划。全区每千人拥有医疗机构床位数控制在\n7.9张以内，加强传染病\n监测预警。\n2.推进慢病管理。\n"))
        #expect(plan.items.first?.targets.map(TargetText.labelled) == ["每千人拥有医疗机构床位数 ≤ 7.9张/千人"])
        #expect(plan.items.first?.measures.contains { $0.text.contains("加强传染病监测预警") } == true)
    }

    @Test func aTableHeaderWithNoRowsIsKeptAsText() throws {
        let text = "某县2026年卫生健康工作要点\n一、主要指标\n1.健康水平。\n指标名称\t2025年\t2026年\n人均预期寿命达到80岁。\n2.服务能力。新建村卫生室5个。\n"
        let plan = try PlanLoader.parse(PlanSource(path: "h.txt", text: text))
        #expect(NothingDroppedTests.unplaced(text, plan) == [])
        #expect(plan.items.first?.text.contains("指标名称2025年2026年") == true, "\(plan.items.first?.text ?? "")")
    }

    @Test func aLineThatIsNoTableRowKeepsItsNumbersApart() throws {
        // Runs of spaces in a line with no indicator header are not cells: the line reads as before.
        let plan = try PlanLoader.parse(PlanSource(path: "p.txt", text: "1. 加强基层建设。\n新建  卫生室  3个，配备  医生  6名。\n2. 推进慢病管理。\n"))
        #expect(plan.items[0].targets.map(TargetText.labelled) == ["卫生室 ≥ 3个", "医生 ≥ 6名"])
    }
}

/// Every line of the cleaned source, except recognised artifacts, ends up somewhere: in the
/// preamble, a section, an item, or a reported note. Nothing is dropped without a word.
@Suite struct NothingDroppedTests {
    /// The lines inside a measure are kept until its targets are read, so the outline is read
    /// on its own here (`OutlineParser.parse`), as the loader reads it before targets.
    ///
    /// The cleaned lines, less the artifacts layout repair recognises (running headers, web
    /// navigation, a table of contents), that hold no heading, no measure and no owner block.
    static func unplaced(_ text: String, _ plan: PlanDocument) -> [Int] {
        var logical = TextCleaner.clean(text).map { NumberedLine(text: $0, marker: NumberingMarker.read($0.characters)) }
        LayoutRepair.dropRepeatedHeaders(&logical)
        LayoutRepair.dropTrailingNavigation(&logical)
        LayoutRepair.dropTableOfContents(&logical)
        var placed = Set(plan.looseMeasures.flatMap { $0.located.marks.map(\.line) })
        var owners: [ClosedRange<Int>] = []
        for section in plan.sections {
            // Its heading: from its number to its first item (a web page puts the number on a line of its own).
            placed.formUnion(section.lines.start...max(section.lines.start, section.items.first?.lines.start ?? section.lines.start))
            for item in section.items {
                // Its heading: from its first line to its first measure (a heading a page broke in two).
                placed.formUnion(item.lines.start...max(item.lines.start, item.measures.first?.line ?? item.lines.start))
                placed.formUnion(item.measures.flatMap { $0.located.marks.map(\.line) })
                // The lines after an item's last measure hold its owner block, read into its departments.
                if !(item.lead + item.responsible).isEmpty { owners.append(item.lines.start...max(item.lines.start, item.lines.end)) }
            }
        }
        return logical.map(\.text).filter { line in
            !line.marks.contains { placed.contains($0.line) } && !line.marks.contains { mark in owners.contains { $0.contains(mark.line) } }
        }.map(\.firstLine)
    }

    static let fixtures = ["layouts/chapters.txt", "layouts/enumerations.txt", "layouts/news.txt", "layouts/owners.txt",
                           "layouts/traditional.txt", "layouts/unnumbered-headings.txt", "layouts/indicator-table.txt",
                           "layouts/indicator-table-spaces.txt", "layouts/indicator-lines.txt", "county-parenthesised.txt", "county-restarting.txt", "flat-arabic.txt"]

    @Test(arguments: fixtures)
    func everyLineOfAFixtureIsPlaced(name: String) throws {
        let text = try String(contentsOfFile: Repository.fixture(name), encoding: .utf8)
        let plan = try OutlineParser.parse(PlanSource(path: name, text: text))
        #expect(Self.unplaced(text, plan) == [])
    }

    @Test func everyLineOfTheSeedsIsPlaced() throws {
        for path in [Repository.municipalSeed, Repository.districtSeed] {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let unplaced = Self.unplaced(text, try OutlineParser.parse(PlanSource(path: path, text: text)))
            #expect(unplaced == [], "\(path): \(unplaced)")
        }
    }

    /// Seeds cut, shuffled and renumbered at random (a fixed seed, so a failure repeats): whatever
    /// the outline makes of them, no line goes missing.
    @Test func everyLineOfAScrambledPlanIsPlaced() throws {
        let seed = try String(contentsOfFile: Repository.districtSeed, encoding: .utf8).components(separatedBy: "\n")
        var generator = SplitMix(state: 20_261_201)
        for trial in 0..<40 {
            var lines = seed
            for _ in 0..<(lines.count / 4) {
                let index = Int(generator.next() % UInt64(lines.count))
                switch generator.next() % 4 {
                case 0: lines.swapAt(index, Int(generator.next() % UInt64(lines.count)))
                case 1: lines[index] = "\(generator.next() % 50). " + lines[index].drop { $0.isNumber || $0 == "." }
                case 2: lines.remove(at: index)
                default: lines.insert(lines[index], at: Int(generator.next() % UInt64(lines.count)))
                }
            }
            let text = lines.joined(separator: "\n")
            guard let plan = try? OutlineParser.parse(PlanSource(path: "scrambled-\(trial).txt", text: text)) else { continue }
            #expect(Self.unplaced(text, plan) == [], "trial \(trial)")
        }
    }
}
