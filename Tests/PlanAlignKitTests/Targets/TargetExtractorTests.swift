import Foundation
import Testing
@testable import PlanAlignKit

/// One expected target: where it is and what it says.
struct ExpectedTarget: CustomTestStringConvertible, Sendable {
    var item: String
    var indicator: String
    var comparator: String
    var low: Double
    var high: Double?
    var unit: String

    var testDescription: String { "\(item) \(indicator) \(comparator) \(low)\(high.map { "-\($0)" } ?? "") \(unit)" }

    func matches(_ target: Target) -> Bool {
        target.comparator.rawValue == comparator && target.unit == unit
            && (high == nil ? target.value == low : (target.range?.low == low && target.range?.high == high))
    }

    /// The targets of `seed-targets.json` for one side (`municipal` or `district`).
    static func seedTargets(_ side: String) -> [ExpectedTarget] {
        guard let data = FileManager.default.contents(atPath: Repository.fixture("seed-targets.json")),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let entries = root[side] as? [[String: Any]] else { return [] }
        return entries.compactMap { entry in
            let item = (entry["priority"] ?? entry["task"]) as? String ?? ""
            let values = (entry["value"] as? [Double]) ?? [(entry["value"] as? Double) ?? .nan]
            return ExpectedTarget(item: item, indicator: entry["indicator"] as? String ?? "", comparator: entry["cmp"] as? String ?? "",
                                  low: values[0], high: values.count > 1 ? values[1] : nil, unit: entry["unit"] as? String ?? "")
        }
    }

    /// The phrases of `target-phrases.tsv`.
    static func phrases() -> [(phrase: String, expected: ExpectedTarget)] {
        guard let text = try? String(contentsOfFile: Repository.fixture("target-phrases.tsv"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5 else { return nil }
            let values = fields[3].split(separator: "-").compactMap { Double($0) }
            return (fields[0], ExpectedTarget(item: "", indicator: fields[1], comparator: fields[2], low: values[0],
                                              high: values.count > 1 ? values[1] : nil, unit: fields[4]))
        }
    }
}

@Suite struct SeedTargetTests {
    static let municipal = ExpectedTarget.seedTargets("municipal")
    static let district = ExpectedTarget.seedTargets("district")

    @Test func labelTablesAreLoaded() {
        #expect(Self.municipal.count == 26)
        #expect(Self.district.count == 32)
    }

    @Test(arguments: municipal)
    func everyMunicipalTargetIsFound(expected: ExpectedTarget) throws {
        let item = try #require(Seeds.municipal.item(ItemRef(expected.item)))
        #expect(item.targets.contains(where: expected.matches), "\(item.targets.map { "\($0.indicator) \($0.comparator.rawValue) \($0.valueText)\($0.unit)" })")
    }

    @Test(arguments: district)
    func everyDistrictTargetIsFound(expected: ExpectedTarget) throws {
        let item = try #require(Seeds.district.item(ItemRef(expected.item)))
        #expect(item.targets.contains(where: expected.matches), "\(item.targets.map { "\($0.indicator) \($0.comparator.rawValue) \($0.valueText)\($0.unit)" })")
    }

    @Test(arguments: ["municipal", "district"])
    func noYearAgeGradeDocumentOrSloganNumberIsATarget(side: String) {
        let plan = side == "municipal" ? Seeds.municipal : Seeds.district
        let targets = plan.items.flatMap(\.targets) + plan.looseMeasures.flatMap(\.targets)
        for target in targets {
            #expect(!(1900...2100).contains(target.bound.limit) || target.unit == "名" || target.unit == "个", "year read as a target: \(target.text)")
            #expect(target.unit != "岁" || target.comparator != .atMost, "age read as a target: \(target.text)")
            #expect(!target.text.contains("+"), "slogan number read as a target: \(target.text)")
            #expect(!target.text.hasSuffix("及以上"), "grade or age read as a target: \(target.text)")
            #expect(target.bound.limit != 65 && target.bound.limit != 2 || target.unit != "岁", "age read as a target: \(target.text)")
            #expect(!target.text.hasPrefix("“"), "quoted name read as a target: \(target.text)")
        }
        #expect(!targets.contains { $0.text.contains("方面") }, "a count of areas is not a target")
    }

    @Test func knownNonTargetsOfTheDistrictSeedAreSkipped() throws {
        let sixth = try #require(Seeds.district.item("6"))
        #expect(!sixth.targets.contains { $0.bound.limit == 11 }, "全区11个街道 is a scope")
        let fifth = try #require(Seeds.district.item("5"))
        #expect(!fifth.targets.contains { $0.bound.limit == 10 }, "10人及以上 is a qualifier")
        let twentyFirst = try #require(Seeds.district.item("21"))
        #expect(!twentyFirst.targets.contains { $0.bound.limit == 5 }, "等5个镇街 is a scope")
    }

    @Test func targetsCarryTheirSourceLine() throws {
        let tuberculosis = try #require(Seeds.district.item("4")?.targets.first { $0.unit == "/10万" })
        #expect(tuberculosis.line == 94)
        #expect(tuberculosis.indicator == "结核病报告发病率")
        #expect(tuberculosis.kind == .intensive)
    }
}

@Suite struct TargetPhraseTests {
    @Test(arguments: ExpectedTarget.phrases().map(\.phrase))
    func everyPhraseYieldsItsTarget(phrase: String) throws {
        let expected = try #require(ExpectedTarget.phrases().first { $0.phrase == phrase }?.expected)
        let targets = TargetExtractor().targets(in: phrase)
        let target = try #require(targets.first(where: expected.matches), "found \(targets)")
        #expect(target.indicator.contains(expected.indicator))
    }

    @Test func phraseTableIsLoaded() {
        #expect(ExpectedTarget.phrases().count == 26)
    }

    /// The phrases as one file, a phrase a line, as `planalign targets` reads it: the lines may
    /// be rejoined, yet a scope word never reaches the next phrase's number, and two targets
    /// in one run of text are both found.
    @Test func thePhrasesReadAsOneFileYieldEveryTarget() {
        let phrases = ExpectedTarget.phrases()
        let listing = TargetListing.listing(of: PlanSource(path: "phrases.txt", text: phrases.map(\.phrase).joined(separator: "\n")))
        let targets = listing.entries.map(\.target)
        for (phrase, expected) in phrases {
            #expect(targets.contains { expected.matches($0) && $0.indicator.contains(expected.indicator) }, "lost: \(phrase)")
        }
    }
}

@Suite struct TargetGrammarTests {
    func single(_ text: String) throws -> Target {
        let targets = TargetExtractor().targets(in: text)
        #expect(targets.count == 1, "\(targets)")
        return try #require(targets.first)
    }

    @Test(arguments: [
        ("发病率控制在5%以下", TargetComparator.atMost), ("死亡率降至3‰以下", .atMost), ("平均住院日不超过8天", .atMost),
        ("自付比例低于25%", .atMost), ("床位数控制在7张以内", .atMost),
        ("覆盖率达90%", .atLeast), ("覆盖率达到90%", .atLeast), ("素养水平提升至30%", .atLeast), ("接种率保持在95%以上", .atLeast),
        ("机构数不少于20家", .atLeast), ("直报率不低于98%", .atLeast), ("筛查率90%以上", .atLeast), ("新建标准化门诊十二个", .atLeast),
        ("新增学校红十字会3～5个", .range),
    ])
    func comparatorWords(text: String, comparator: TargetComparator) throws {
        #expect(try single(text).comparator == comparator)
    }

    @Test(arguments: [
        ("达标率达90%", "%"), ("患病率达3.41‰", "‰"), ("发病率控制在40/10万以下", "/10万"),
        ("每千人口托位数达4.5个", "个/千人"), ("每千人床位数控制在7.9张以内", "张/千人"), ("每万人口全科医生数达到4名", "名/万人"),
        ("每千人口医师数达到3.6人", "人/千人"), ("建成示范机构3家", "家"), ("培训医生200名", "名"), ("配备设备2台", "台"),
        ("立项科研项目4项", "项"), ("救护培训3万人次", "人次"), ("献血1.4万U", "U"), ("总投入达2亿元", "元"),
        ("急救反应时间12分钟", "分钟"), ("平均住院日8天", "天"), ("人均预期寿命达到79.9岁", "岁"),
    ])
    func unitFamilies(text: String, unit: String) throws {
        #expect(try single(text).unit == unit)
    }

    @Test(arguments: [("救护培训3万人次以上", 30_000.0), ("完成团体无偿献血1.4 万 U以上", 14_000), ("总投入达二点五亿元", 250_000_000),
                      ("培育基层骨干医生二百名", 200), ("新建预防接种门诊十二个", 12), ("完成1.7万名妇女两癌检查", 17_000)])
    func multipliersAndNumerals(text: String, value: Double) throws {
        #expect(try single(text).value == value)
    }

    /// A plan's measures are read for targets whether their numbers are digits or written
    /// in Chinese numerals only, and a measure with neither is read as holding none.
    @Test func aPlanReadsTargetsWrittenInNumeralsAsTheSentenceAloneDoes() throws {
        let measures = ["新建预防接种门诊十二个", "总投入达二点五亿元", "新增学校红十字会三至五个", "救护培训3万人次以上", "持续推进健康教育进社区"]
        let text = "一、重点工作\n" + measures.enumerated().map { "（\(ChineseNumeral.written($0.offset + 1))）工作\($0.offset + 1)。\($0.element)。" }.joined(separator: "\n")
        let plan = try PlanLoader.parse(PlanSource(path: "numerals.txt", text: text))
        #expect(plan.items.count == measures.count)
        for (item, measure) in zip(plan.items, measures) {
            let alone = TargetExtractor().targets(in: measure)
            #expect(item.targets.map(\.bound) == alone.map(\.bound), "\(measure)")
            #expect(item.targets.isEmpty == (measure == measures.last), "\(measure)")
        }
    }

    @Test(arguments: ["新增学校红十字会3—5个", "新增学校红十字会3–5个", "新增学校红十字会3-5个", "新增学校红十字会3～5个", "新增学校红十字会3至5个", "新增学校红十字会三至五个"])
    func rangeWithAnyDashKeepsBothEnds(text: String) throws {
        let target = try single(text)
        #expect(target.comparator == .range)
        #expect(target.bound == .range(low: 3, high: 5))
        #expect(target.value == nil)
    }

    @Test func sharedNounGivesEachTargetItsQualifier() {
        let targets = TargetExtractor().targets(in: "建成城市15分钟、农村30分钟急救救援圈")
        #expect(targets.map(\.indicator) == ["城市急救救援圈", "农村急救救援圈"])
        #expect(targets.map(\.comparator) == [.atMost, .atMost])
        #expect(targets.map(\.kind) == [.intensive, .intensive])
    }

    @Test func listedCountsKeepTheirOwnNouns() {
        let targets = TargetExtractor().targets(in: "新增国家级人才5名、中医药高层次人才2名、海内外人才30名")
        #expect(targets.map(\.indicator) == ["国家级人才", "中医药高层次人才", "海内外人才"])
        #expect(targets.map(\.kind) == [.extensive, .extensive, .extensive])
    }

    @Test(arguments: ["做实65岁及以上老年人健康管理", "每千人口3岁以下婴幼儿", "二级及以上综合性医院", "筹备“三甲”复评审", "渝北卫健〔2025〕54号",
                      "抓好“8+6”民生实事", "打造“1+1+1平台”", "完善党建统领“885”工作机制", "抓好临床服务五大中心建设", "2025年是收官之年",
                      "落实中央八项规定精神", "全区11个街道", "在龙山、木耳等5个镇街推进", "重点抓好8个方面工作", "推动10人及以上的用人单位申报"])
    func nonTargetsAreNotExtracted(text: String) {
        #expect(TargetExtractor().targets(in: text).isEmpty)
    }

    @Test func bracketedAsideIsIgnored() throws {
        let target = try single("完成团体无偿献血1.4万U（1U=200ml）以上")
        #expect(target.value == 14_000)
        #expect(target.comparator == .atLeast)
    }

    @Test func indicatorDropsScopeHedgesAndVerbs() throws {
        #expect(try single("全区每千人拥有医疗机构床位数控制在7.9张以内").indicator == "每千人拥有医疗机构床位数")
        #expect(try single("力争创建市级重点学科（专科）1—3个").indicator == "市级重点学科（专科）")
        #expect(try single("至少新建1所普惠性托育园").indicator == "普惠性托育园")
    }
}
