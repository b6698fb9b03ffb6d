import Testing
@testable import PlanAlignKit

@Suite struct TargetComparisonTests {
    static let result = TargetComparisons.compare(municipal: Seeds.municipal, district: Seeds.district, aliases: Seeds.mappings.indicators)

    func comparison(_ indicator: String) throws -> TargetComparison {
        try #require(Self.result.comparisons.first { $0.municipal.target.indicator == indicator })
    }

    @Test func tuberculosisIsBehindBySix() throws {
        let tuberculosis = try comparison("结核病发病率")
        #expect(tuberculosis.verdict == .behind)
        #expect(tuberculosis.district?.target.bound == .atMost(46))
        #expect(tuberculosis.municipal.target.bound == .atMost(40))
        #expect(tuberculosis.change == -6)
        #expect(tuberculosis.district?.item == "4")
        #expect(tuberculosis.wordingDiffers, "the wording difference is flagged")
    }

    @Test func healthLiteracyMeets() throws {
        #expect(try comparison("居民健康素养").verdict == .meets)
    }

    @Test func geriatricDepartmentsAreAhead() throws {
        let geriatrics = try comparison("二级及以上综合性医院老年医学科设置率")
        #expect(geriatrics.verdict == .ahead)
        #expect(geriatrics.district?.target.bound == .atLeast(85))
    }

    @Test(arguments: ["人均预期寿命", "重大慢病过早死亡率", "城市急救救援圈", "农村急救救援圈"])
    func intensiveTargetsWithoutCounterpartAreMissing(indicator: String) throws {
        let missing = try comparison(indicator)
        #expect(missing.verdict == .missing)
        #expect(missing.district == nil)
    }

    @Test func municipalCountsAreAggregatesWithTheDistrictsRelatedCount() throws {
        let specialties = try comparison("中医优势专科")
        #expect(specialties.verdict == .aggregate)
        #expect(specialties.district?.target.bound.limit == 1)
        #expect(Self.result.comparisons.filter { $0.municipal.target.kind == .extensive }.allSatisfy { $0.verdict == .aggregate })
    }

    @Test func districtTargetsWithoutMunicipalCounterpartAreListed() {
        #expect(Self.result.districtOnly.contains { $0.target.indicator == "产前筛查率" })
        #expect(!Self.result.districtOnly.contains { $0.target.indicator == "结核病报告发病率" })
    }

    /// Targets are held only against those of their kind and unit, every count unit as one:
    /// a count in 个 meets its count in 家, the first of equal matches wins, and a rate in ‰
    /// is never a rate in %.
    @Test func countsInAnyCountUnitMeetAndOtherUnitsDoNot() throws {
        let municipal = try PlanLoader.parse(PlanSource(path: "m.txt", text: """
            一、服务
            1. 建设社区医养中心。新建社区医养中心40个，孕产妇死亡率控制在10‰以下。
            """))
        let district = try PlanLoader.parse(PlanSource(path: "d.txt", text: """
            一、任务
            1. 推进孕产妇保健。孕产妇死亡率控制在1%以下。
            2. 建设社区医养中心。新建社区医养中心3家。
            3. 扩建社区医养中心。新建社区医养中心2所。
            """))
        let result = TargetComparisons.compare(municipal: municipal, district: district, aliases: Seeds.mappings.indicators)
        let count = try #require(result.comparisons.first { $0.municipal.target.indicator.contains("医养中心") })
        #expect(count.district?.item == "2")
        #expect(count.district?.target.unit == "家")
        let rate = try #require(result.comparisons.first { $0.municipal.target.unit == "‰" })
        #expect(rate.district == nil)
        #expect(result.districtOnly.map(\.item) == ["1", "3"])
    }

    /// Two indicators whose signatures share no bit share no bigram, and score 0 without
    /// their bigrams being merged; every pair must score exactly as the full comparison does.
    @Test func theSignatureNeverChangesAScore() {
        let identity = IndicatorIdentity(aliases: Seeds.mappings.indicators)
        var generator = SplitMix(state: 9)
        let words = Array("结核病发病率居民健康素养水平老年医学科设置率孕产妇死亡率婴儿每千人口床位数")
        let random = (0..<120).map { _ in String((0..<Int(1 + generator.next() % 7)).map { _ in words[Int(generator.next() % UInt64(words.count))] }) }
        let indicators = (Seeds.municipal.items + Seeds.district.items).flatMap { $0.targets.map(\.indicator) } + random + ["", "率"]
        let normalized = indicators.map(identity.normalized)
        var skipped = 0
        for left in normalized {
            for right in normalized {
                var (fullLeft, fullRight) = (left, right)
                (fullLeft.signature, fullRight.signature) = (.max, .max)
                #expect(IndicatorIdentity.score(left, right, thresholds: .standard) == IndicatorIdentity.score(fullLeft, fullRight, thresholds: .standard))
                if left.signature & right.signature == 0 { skipped += 1 }
            }
        }
        #expect(skipped > normalized.count * normalized.count / 4)
    }

    /// Alignment compares units as integers first; every pair of units must agree exactly
    /// where `IndicatorIdentity.unitsAgree` says they do.
    @Test func unitCodesAgreeExactlyWhereUnitsDo() throws {
        let units = TargetVocabulary.builtIn.units + ["%", "‰", "/10万", "/万", "个", "家", "岁", "", "个/日", "人次"]
        let plan = try PlanLoader.parse(PlanSource(path: "u.txt", text: "一、任务\n" + units.enumerated().map { index, unit in
            "\(index + 1). 推进工作。指标\(index)达到\(index + 2)\(unit)。"
        }.joined(separator: "\n")))
        let targets = NormalizedTargets(plan, aliases: Seeds.mappings.indicators)
        let sets = (0..<targets.itemCount).map { MatchEngine.IndicatorSet(targets, item: $0) }.filter { !$0.units.isEmpty }
        #expect(sets.count > units.count / 2)
        var agreeing = 0
        for left in sets {
            for right in sets {
                let expected = IndicatorIdentity.unitsAgree(left.units[0], right.units[0])
                #expect(left.unitsAgree(0, right, 0) == expected, "\(left.units[0]) \(right.units[0])")
                if expected { agreeing += 1 }
            }
        }
        #expect(agreeing > sets.count)
    }

    /// Alignment skips a pair of items whose kind-and-unit bits do not meet: every pair it
    /// skips must share no indicator, so that alignment's rule finds what comparing every
    /// pair finds.
    @Test func agreementBitsNeverHideASharedIndicator() {
        let engine = MatchEngine(mappings: Seeds.mappings)
        let district = engine.normalizedTargets(of: Seeds.district), municipal = engine.prepare(Seeds.municipal)
        let tasks = (0..<district.itemCount).map { MatchEngine.IndicatorSet(district, item: $0) }
        var shared = 0, skipped = 0
        for priority in municipal.indicators {
            for task in tasks {
                let expected = MatchEngine.sharedIndicators(priority, task, thresholds: .standard)
                if priority.agreementBits & task.agreementBits == 0 {
                    skipped += 1
                    #expect(expected.isEmpty, "\(priority.names) \(task.names)")
                }
                if !expected.isEmpty { shared += 1 }
            }
        }
        #expect(shared >= 3)
        #expect(skipped > municipal.indicators.count * tasks.count / 4)
    }

    @Test func identityNeedsCompatibleUnits() {
        let identity = IndicatorIdentity(aliases: Seeds.mappings.indicators)
        let rate = TargetExtractor().targets(in: "结核病发病率控制在40/10万以下")[0]
        let percent = TargetExtractor().targets(in: "结核病发病率控制在4%以下")[0]
        #expect(identity.similarity(rate, percent).score == 0)
    }

    @Test(arguments: [("居民健康素养", "居民健康素养水平"), ("结核病发病率", "结核病报告发病率"), ("老年医学科设置率", "老年医学科设立比例")])
    func differentWordingsOfOneIndicatorAreTheSame(municipal: String, district: String) {
        let identity = IndicatorIdentity(aliases: Seeds.mappings.indicators)
        let left = identity.normalized(municipal), right = identity.normalized(district)
        #expect(IndicatorIdentity.similarity(left, right, thresholds: .standard).score >= IndicatorThresholds.standard.same)
    }

    @Test func unrelatedRatesAreNotTheSame() {
        let identity = IndicatorIdentity(aliases: Seeds.mappings.indicators)
        let score = IndicatorIdentity.similarity(identity.normalized("重大慢病过早死亡率"), identity.normalized("艾滋病全人群感染率"), thresholds: .standard).score
        #expect(score < IndicatorThresholds.standard.same)
    }

    @Test func aWordingHeldWholeInAnotherIsRelated() {
        let identity = IndicatorIdentity(aliases: IndicatorAliases())
        let held = IndicatorIdentity.similarity(identity.normalized("床位数"), identity.normalized("每千人拥有医疗机构床位数"), thresholds: .standard)
        #expect(held.score == 0.75)
        // Every bigram shared but not held whole: the plain Dice score stands.
        let scattered = IndicatorIdentity.similarity(identity.normalized("床位数"), identity.normalized("床位和位数"), thresholds: .standard)
        #expect(scattered.score < 0.75)
    }
}
