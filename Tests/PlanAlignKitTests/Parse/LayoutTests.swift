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
}
