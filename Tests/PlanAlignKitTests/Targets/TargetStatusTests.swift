import Foundation
import Testing
@testable import PlanAlignKit
@testable import PlanAlignCLI

/// Targets as planners mean them: commitments, not every number.
@Suite struct TargetStatusTests {
    static func targets(_ text: String, title: String = "2026年某区卫生健康工作计划", section: String = "") -> [Target] {
        TargetExtractor().targets(in: text, context: TargetContext(title: title, sectionTitle: section))
    }

    @Test(arguments: [
        ("2020年末，全市居民人均预期寿命提高到82.25岁", "人均预期寿命", 82.25),
        ("全人口孕产妇死亡率为3.85/10万", "孕产妇死亡率", 3.85),
        ("全区已建成标准化预防接种门诊12个", "标准化预防接种门诊", 12),
        ("截至2024年底，全市共有三级医院45家", "三级医院", 45),
    ])
    func aPastValueIsABaseline(text: String, indicator: String, value: Double) throws {
        let target = try #require(Self.targets(text).first { $0.bound.limit == value })
        #expect(target.status == .baseline, "\(text): \(target)")
        #expect(target.indicator.contains(indicator))
    }

    @Test func aChangeFromAPastYearKeepsItsStartAsBaselineAndItsEndAsTarget() {
        let targets = Self.targets("居民健康素养水平由2020年的20%提高到2027年的35%", title: "某市卫生健康事业发展规划（2026—2030年）")
        #expect(targets.map(\.status) == [.baseline, .target])
        #expect(targets.map(\.bound.limit) == [20, 35])
    }

    @Test func everyNumberOfAWorkSummaryIsABaseline() {
        let targets = Self.targets("全年完成免费婚检3000人，孕产妇死亡率控制在8/10万以内", title: "某县2024年卫生健康工作总结")
        #expect(!targets.isEmpty)
        #expect(targets.allSatisfy { $0.status == .baseline })
        let foundation = Self.targets("人均预期寿命达到79.2岁", title: "某市“十五五”卫生健康规划", section: "发展基础")
        #expect(foundation.map(\.status) == [.baseline])
    }

    /// `为` states a value, unless the sentence looks ahead: then it is the value aimed at.
    @Test func aValueStatedWithALookAheadIsATarget() {
        #expect(Self.targets("孕产妇死亡率为8/10万").map(\.status) == [.baseline])
        #expect(Self.targets("力争孕产妇死亡率为8/10万").map(\.status) == [.target])
        #expect(Self.targets("届时全区婴儿死亡率为4‰").map(\.status) == [.target])
    }

    @Test(arguments: ["到2030年，肺结核发病率降至30/10万以下", "为2000名初二年级女学生接种HPV疫苗", "孕产妇死亡率控制在10/10万以下"])
    func aCommitmentStaysATarget(text: String) {
        #expect(Self.targets(text).allSatisfy { $0.status == .target })
        #expect(!Self.targets(text).isEmpty)
    }

    @Test func respectivelyPairsEachIndicatorWithItsValue() {
        let targets = Self.targets("婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别下降到4.0‰、4.5‰、10/10万")
        #expect(targets.map(\.indicator) == ["婴儿死亡率", "5岁以下儿童死亡率", "孕产妇死亡率"])
        #expect(targets.map(\.bound) == [.atMost(4), .atMost(4.5), .atMost(10)])
        #expect(targets.map(\.unit) == ["‰", "‰", "/10万"])
    }

    @Test(arguments: [("总体满意度保持在45%左右", 45.0), ("财政投入占比约8%", 8.0), ("医疗资源配置率约达到60%", 60.0)])
    func aHedgedValueIsApproximate(text: String, value: Double) throws {
        let target = try #require(Self.targets(text).first)
        #expect(target.bound == .approximately(value))
        #expect(!target.indicator.contains("左右"))
    }

    @Test func anApproximateTargetMeetsWithinTheTolerance() {
        let municipal = Target(indicator: "满意度", bound: .approximately(45), unit: "%", kind: .intensive, text: "", line: 1)
        let close = Target(indicator: "满意度", bound: .atLeast(44), unit: "%", kind: .intensive, text: "", line: 1)
        let far = Target(indicator: "满意度", bound: .atLeast(30), unit: "%", kind: .intensive, text: "", line: 1)
        #expect(TargetComparisons.judge(municipal, against: close) == .meets)
        #expect(TargetComparisons.judge(municipal, against: far) == .behind)
    }

    @Test func aPerCapitaAmountIsNeverATotalToShareOut() throws {
        let target = try #require(Self.targets("人均基本公共卫生服务经费补助标准提高到102元").first)
        #expect(target.kind == .intensive)
    }

    @Test func aSignatureWordInsideAnotherWordDoesNotHedge() throws {
        let target = try #require(Self.targets("家庭医生签约率达100%").first)
        #expect(target.bound == .atLeast(100))
    }
}

/// Numbers that are identifiers, meeting numbers or the plan's count of its own parts are no
/// targets; units outside the usual list are read, never dropped in silence.
@Suite struct TargetUnitTests {
    @Test(arguments: ["索引号：002482365/2023-00095", "经市政府第十七届75次常务会议审议通过", "详见 http://example.gov.cn/2022-07/28/c.html",
                      "方案共部署19项专项行动", "设置153个具体指标", "明确20项发展指标和43项具体任务"])
    func anIdentifierOrASelfCountIsNoTarget(text: String) {
        #expect(TargetExtractor().targets(in: text).isEmpty, "\(TargetExtractor().targets(in: text))")
    }

    @Test(arguments: [
        ("新增2位至3位全职院士", "全职院士", TargetBound.range(low: 2, high: 3), "位"),
        ("日均检测能力达到6万管/日", "日均检测能力", .atLeast(60_000), "管/日"),
        ("健康浙江发展指数达85", "健康浙江发展指数", .atLeast(85), "分"),
        ("年度健康体检人数达1000万以上", "年度健康体检人数", .atLeast(10_000_000), "人"),
    ])
    func aUnitOutsideTheUsualListIsRead(text: String, indicator: String, bound: TargetBound, unit: String) throws {
        let target = try #require(TargetExtractor().targets(in: text).first)
        #expect(target.indicator == indicator)
        #expect(target.bound == bound)
        #expect(target.unit == unit)
    }

    /// A unit word the vocabulary lacks is kept as written, never a lost commitment; a word
    /// that is never a unit (a grade, a year) is not taken for one.
    @Test(arguments: [
        ("新建3处健康驿站", "健康驿站", TargetBound.atLeast(3), "处"),
        ("年内建成2条健康步道", "健康步道", .atLeast(2), "条"),
        ("累计培训乡村医生不少于600人", "培训乡村医生", .atLeast(600), "人"),
    ])
    func anUnknownUnitWordIsKeptAsACount(text: String, indicator: String, bound: TargetBound, unit: String) throws {
        let target = try #require(TargetExtractor().targets(in: text).first, "\(text)")
        #expect(target.indicator.contains(indicator))
        #expect(target.bound == bound)
        #expect(target.unit == unit)
        #expect(target.kind == .extensive)
    }

    @Test(arguments: ["创建3级甲等医院", "开展2024年度考核", "建成示范区5年来成效明显"])
    func aWordThatIsNeverAUnitMakesNoTarget(text: String) {
        #expect(TargetExtractor().targets(in: text).isEmpty, "\(TargetExtractor().targets(in: text))")
    }
}

/// Phrases of the genre that once lost their target or leaked a word into the indicator.
@Suite struct TargetPhraseEdgeTests {
    @Test(arguments: [
        ("全省人均预期寿命达到79.5岁左右", "人均预期寿命", TargetBound.approximately(79.5), "岁"),
        ("到2027年，全市建成15个左右国家级区域医疗中心", "国家级区域医疗中心", .approximately(15), "个"),
        ("高血压、糖尿病患者基层规范管理服务率均达到65%以上", "高血压、糖尿病患者基层规范管理服务率", .atLeast(65), "%"),
        ("每千人口拥有3岁以下婴幼儿托位数达到4.5个", "每千人口拥有3岁以下婴幼儿托位数", .atLeast(4.5), "个/千人"),
        ("居民健康素养水平提高2个百分点", "居民健康素养水平", .atLeast(2), "个百分点"),
        ("基本公共卫生服务经费人均财政补助标准提高到94元", "基本公共卫生服务经费人均财政补助标准", .atLeast(94), "元"),
        ("全年适龄儿童免疫规划疫苗接种率保持在95%以上", "适龄儿童免疫规划疫苗接种率", .atLeast(95), "%"),
        ("新创建国家卫生县城5个", "国家卫生县城", .atLeast(5), "个"),
    ])
    func theTargetAndItsIndicatorAreRead(text: String, indicator: String, bound: TargetBound, unit: String) throws {
        let targets = TargetExtractor().targets(in: text)
        #expect(targets.count == 1, "\(targets)")
        let target = try #require(targets.first)
        #expect(target.indicator == indicator)
        #expect(target.bound == bound)
        #expect(target.unit == unit)
    }

    @Test func anAgeThatSaysWhoIsStillNoTarget() {
        #expect(TargetExtractor().targets(in: "为65岁老年人提供免费健康体检").isEmpty)
    }
}

/// The direction of a bound comes from the verb and, where the verb states only a level, from
/// the indicator's polarity, kept in `mappings/targets.json`.
@Suite struct TargetPolarityTests {
    @Test(arguments: [
        ("孕产妇死亡率保持在8/10万", TargetBound.atMost(8)),
        ("重大慢病过早死亡率达到11.3%", .atMost(11.3)),
        ("全区肺结核发病率为40/10万以下", .atMost(40)),
        ("高血压患者规范管理率达到65%", .atLeast(65)),
        ("严重精神障碍患者报告患病率达到4.5‰", .atLeast(4.5)),
        ("婴儿死亡率下降幅度达到10%", .atLeast(10)),
        ("孕产妇死亡率不低于8/10万", .atLeast(8)),
    ])
    func aLevelWordTakesTheIndicatorsPolarity(text: String, bound: TargetBound) throws {
        let target = try #require(TargetExtractor().targets(in: text).first, "\(text)")
        #expect(target.bound == bound, "\(text): \(target)")
    }

    @Test func aPlannerExtendsThePolarityWordsInMappings() async throws {
        let mappings = try ReviewCommandTests().mappingsCopy()
        defer { try? FileManager.default.removeItem(atPath: mappings) }
        let file = mappings + "/targets.json", plan = mappings + "/plan.txt"
        try "1. 群众投诉率保持在2%。".write(toFile: plan, atomically: true, encoding: .utf8)
        let before = await Tool.execute(["targets", plan, "--mappings", mappings, "--format", "csv"])
        #expect(before.stdout.contains(",>=,2,"), "\(before.stdout)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\"words\": [\"死亡率\"", with: "\"words\": [\"投诉率\", \"死亡率\"").write(toFile: file, atomically: true, encoding: .utf8)
        let after = await Tool.execute(["targets", plan, "--mappings", mappings, "--format", "csv"])
        #expect(after.stdout.contains(",<=,2,"), "\(after.stdout)")
    }

    @Test func aMisspelledOrMissingKeyInTargetsJSONIsNamed() async throws {
        let mappings = try ReviewCommandTests().mappingsCopy()
        defer { try? FileManager.default.removeItem(atPath: mappings) }
        let file = mappings + "/targets.json"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\"timeUnits\"", with: "\"timeUnit\"").write(toFile: file, atomically: true, encoding: .utf8)
        let result = await Tool.execute(["validate", "--mappings", mappings])
        #expect(result.status == 1)
        #expect(result.stderr.contains("targets.json:"), "\(result.stderr)")
        #expect(result.stderr.contains("\"timeUnit\""), "\(result.stderr)")
        #expect(result.stderr.contains("did you mean \"timeUnits\""), "\(result.stderr)")
    }
}

/// `分别` lists pair each indicator with its value; a list whose counts differ is said in a note.
@Suite struct RespectivelyTests {
    @Test func aListWhoseCountsDifferIsNotedAndNotPaired() throws {
        let text = "1. 提升基层服务能力\n婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别下降到4.0‰、10/10万。\n"
        let plan = try PlanLoader.parse(PlanSource(path: "list.txt", text: text))
        let note = try #require(plan.notes.first { $0.kind == .unpairedList })
        #expect(note.line == 2)
        #expect(note.message == "a 分别 list names 3 indicators and 2 values; none paired, each value keeps the words before it")
        #expect(!plan.items[0].targets.map(\.indicator).contains("婴儿死亡率"))
    }
}

/// Targets set for different years are compared with their periods shown, and never called
/// behind: a planner judges whether the district gets there in time.
@Suite struct TargetPeriodTests {
    @Test func differentYearsNeedAJudgementByHand() throws {
        let municipal = try PlanLoader.parse(PlanSource(path: "m.txt", text: "一、公共卫生\n1.防控结核病。到2027年，全市肺结核发病率降至30/10万以下。\n"))
        let district = try PlanLoader.parse(PlanSource(path: "d.txt", text: "一、公共卫生\n1.防控结核病。到2026年，全区肺结核发病率降至35/10万以下。\n"))
        #expect(municipal.items.first?.targets.first?.period == 2027)
        let comparison = try #require(TargetComparisons.compare(municipal: municipal, district: district, aliases: Seeds.mappings.indicators).comparisons.first)
        #expect(comparison.verdict == .byHand)
        #expect(TargetText.note(comparison, .chinese)?.hasPrefix("期限不同：上级2027年30/10万，本级2026年35/10万") == true)
        let sameYear = try PlanLoader.parse(PlanSource(path: "d.txt", text: "一、公共卫生\n1.防控结核病。到2027年，全区肺结核发病率降至35/10万以下。\n"))
        #expect(TargetComparisons.compare(municipal: municipal, district: sameYear, aliases: Seeds.mappings.indicators).comparisons.first?.verdict == .behind)
    }
}
