import Testing
@testable import PlanAlignKit

@Suite struct DistrictSeedTests {
    let plan = Seeds.district

    @Test func hasEightSectionsAndThirtyNineTasks() {
        #expect(plan.title == "2025年全区卫生健康工作要点")
        #expect(plan.sections.count == 8)
        #expect(plan.items.count == 39)
        #expect(plan.items.map(\.ref.rawValue) == (1...39).map(String.init))
        #expect(plan.sections.map(\.ref.rawValue) == (1...8).map(String.init))
    }

    @Test func sectionTitlesAreRejoined() {
        #expect(plan.sections[0].title == "坚持医防协同、关口前移，在加快打造“公共卫生综合防治引领区”上担使命、走前列")
        #expect(plan.sections[7].title == "全面加强党的建设")
    }

    @Test func taskFourHasItsTitleDepartmentsAndLines() throws {
        let task = try #require(plan.item("4"))
        #expect(task.title == "抓好重大疾病防控")
        #expect(task.lead == ["疾控科", "公卫科"])
        #expect(task.responsible == ["委属各单位", "有关民营医疗机构"])
        #expect(task.lines == LineSpan(start: 80, end: 96))
        #expect(!task.text.contains("牵头科室"))
    }

    @Test(arguments: [
        ("2", ["办公室（安稳办）"], ["委属各单位"]),
        ("3", ["健康促进中心", "区红十字会办公室", "疾控科", "公卫科", "公卫科（爱卫办）"], ["委属各单位"]),
        ("11", ["规财科", "规财科（基建办）", "中医科"], ["委属各单位", "各民营医疗机构"]),
        ("25", ["信息统计科", "公卫科", "疾控科", "中医科"], ["区卫生信息中心"]),
    ])
    func departmentsAreSplitAndBracketedNamesKeptWhole(ref: String, lead: [String], responsible: [String]) throws {
        let task = try #require(plan.item(ItemRef(ref)))
        #expect(task.lead == lead)
        #expect(task.responsible == responsible)
    }

    @Test func everyTaskHasLeadDepartments() {
        #expect(plan.items.filter { $0.lead.isEmpty }.map(\.ref) == [])
    }

    @Test func measuresSplitOnFullStopsAndSemicolons() throws {
        let task = try #require(plan.item("28"))
        #expect(task.measures.first?.text == "加大高层次人才引进力度，重点引进正高、博士以上高层次人才和副高以上实用紧缺人才")
        #expect(task.measures.count == 6)
    }
}

@Suite struct MunicipalSeedTests {
    let plan = Seeds.municipal

    @Test func hasEightAreasOfTwentyFivePriorities() {
        #expect(plan.title == "2026年重庆卫生健康工作这么干")
        #expect(plan.sections.map(\.items.count) == [3, 4, 3, 3, 4, 2, 2, 4])
        #expect(plan.items.count == 25)
    }

    @Test func refsAreSectionDotIndex() {
        #expect(plan.sections[1].items.map(\.ref.rawValue) == ["2.1", "2.2", "2.3", "2.4"])
    }

    @Test func titlesSplitOverTwoLinesAreJoined() {
        #expect(plan.sections[0].title == "加快构建“健康融入所有政策”的新格局")
        #expect(plan.sections[4].title == "坚持深化改革与数字健康建设“双轮驱动”")
    }

    @Test func prioritiesAreHeadingSentencesWithTheirParagraph() throws {
        let priority = try #require(plan.item("2.3"))
        #expect(priority.title == "加强医疗应急救援能力")
        #expect(priority.measures.map(\.text) == [
            "迭代“智慧急救”应用，建成城市15分钟、农村30分钟急救救援圈",
            "加强应急救援能力建设，筹建国际应急医疗队，试点建设基层医疗应急队伍",
            "提升血液供应保障能力，完善团体献血管理和高校献血激励机制",
        ])
        #expect(priority.lines == LineSpan(start: 71, end: 73))
    }

    @Test func lastPriorityStopsBeforeTheNavigationFooter() throws {
        let priority = try #require(plan.item("8.4"))
        #expect(priority.measures.map(\.text) == ["抓牢风险隐患排查整治，抓好生物安全，抓严行业安全"])
    }
}

@Suite struct OutlineStyleTests {
    @Test func parenthesisedItemsUnderChineseSectionsUseTheirOwnNumbers() throws {
        let plan = try PlanLoader.load(path: Repository.fixture("county-parenthesised.txt"))
        #expect(plan.title == "2026年全县卫生健康工作计划")
        #expect(plan.sections.map(\.ref.rawValue) == ["1", "2", "3"])
        #expect(plan.items.map(\.ref.rawValue) == ["1", "2", "3", "4", "5"])
        let task = try #require(plan.item("4"))
        #expect(task.title == "推进紧密型县域医共体建设")
        #expect(task.lead == ["医政股", "基层股"])
        #expect(task.responsible == ["县人民医院", "县中医院"])
    }

    @Test func numberingThatRestartsPerSectionGivesSectionDotIndex() throws {
        let plan = try PlanLoader.load(path: Repository.fixture("county-restarting.txt"))
        #expect(plan.items.map(\.ref.rawValue) == ["1.1", "1.2", "2.1", "2.2"])
    }

    @Test func aPlanWithOnlyArabicItemsHasOneSection() throws {
        let plan = try PlanLoader.load(path: Repository.fixture("flat-arabic.txt"))
        #expect(plan.sections.count == 1)
        #expect(plan.items.map(\.ref.rawValue) == ["1", "2", "3"])
        #expect(plan.items[0].title == "完善家庭医生签约服务", "an item without a heading takes its first clause")
    }
}

@Suite struct DepartmentParserTests {
    /// A long plan names the same few lists for many items: each list is held once.
    @Test func itemsNamingTheSameDepartmentsShareOneList() throws {
        let plan = try PlanLoader.parse(PlanSource(path: "d.txt", text: """
            一、疾病预防
            1. 强化结核病防控。（牵头科室：疾控科、医政科；责任单位：各医疗卫生单位）
            2. 做好学校卫生。（牵头科室：疾控科、医政科；责任单位：各镇街卫生院）
            3. 推进健康教育。（牵头科室：疾控科；责任单位：各医疗卫生单位）
            """))
        let items = plan.items
        let storage = { (list: [String]) in list.withUnsafeBufferPointer { $0.baseAddress } }
        #expect(items[0].lead == ["疾控科", "医政科"] && items[1].lead == items[0].lead)
        #expect(storage(items[0].lead) == storage(items[1].lead))
        #expect(storage(items[0].responsible) == storage(items[2].responsible))
        #expect(storage(items[0].lead) != storage(items[2].lead) && items[2].lead == ["疾控科"])
        #expect(storage(items[1].responsible) != storage(items[0].responsible))
    }

    @Test func readsATrailingSentenceWithoutBrackets() {
        let result = DepartmentParser.parse(LocatedText("完善机制。牵头科室：办公室；责任单位：委属各单位", line: 1))
        #expect(result.body.string == "完善机制。")
        #expect(result.lead == ["办公室"])
        #expect(result.responsible == ["委属各单位"])
    }

    /// Names split at `、`, `，` and `；`, without blanks or repeats, brackets kept whole.
    @Test func namesAreSplitCleanedAndUnique() {
        let result = DepartmentParser.parse(LocatedText("推进工作（牵头科室：办公室（安稳办）、 医政科，医政科；责任单位：各 单位、各单位）", line: 3))
        #expect(result.body.string == "推进工作")
        #expect(result.lead == ["办公室（安稳办）", "医政科"])
        #expect(result.responsible == ["各单位"])
    }

    /// Trimming a range gives the slice and trim in one, and keeps the source lines.
    @Test func trimmingARangeKeepsTheLines() {
        var text = LocatedText("  一行  ", line: 4)
        text.append(LocatedText(" 二行 ", line: 5))
        #expect(text.trimmed(1..<11).string == text.slice(1..<11).trimmed().string)
        #expect(text.trimmed(1..<11).marks == text.slice(1..<11).trimmed().marks)
        #expect(text.trimmed(6..<11).firstLine == 5)
        #expect(text.trimmed(4..<7).isEmpty && text.trimmed(4..<7).firstLine == 4)
        #expect(text.trimmed().string == "一行   二行")
    }

    @Test func leavesOrdinaryBracketsAlone() {
        let result = DepartmentParser.parse(LocatedText("推进医院建设（含分院）", line: 1))
        #expect(result.body.string == "推进医院建设（含分院）")
        #expect(result.lead.isEmpty)
    }
}
