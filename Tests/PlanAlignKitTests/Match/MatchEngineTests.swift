import Testing
@testable import PlanAlignKit

@Suite struct TokenizerTests {
    let lexicon = Lexicon(groups: [["结核病", "肺结核"], ["家庭医生", "家医"], ["慢性病", "慢病"]], generic: ["加强"])

    @Test func bigramsStayInsideHanRunsAndLatinRunsAreWhole() {
        let tokens = Tokenizer(lexicon: Lexicon()).tokens("加强AI质控，提升")
        let texts = tokens.map { Tokenizer(lexicon: Lexicon()).text(of: $0.key) }
        #expect(texts == ["加强", "AI", "质控", "提升"])
    }

    @Test func synonymsShareOneConcept() {
        let tokenizer = Tokenizer(lexicon: lexicon)
        let first = tokenizer.tokens("加强肺结核患者发现").filter { $0.kind == .term }
        let second = tokenizer.tokens("结核病发病率").filter { $0.kind == .term }
        #expect(first.map(\.key) == second.map(\.key))
        #expect(tokenizer.tokens("做实家医签约").filter { $0.kind == .term }.map { tokenizer.text(of: $0.key) } == ["家庭医生"])
    }

    @Test func genericVerbsWeighLittle() {
        let tokens = Tokenizer(lexicon: lexicon).tokens("加强慢病管理")
        #expect(tokens.first?.kind == .genericBigram)
    }

    @Test func quotedListsGiveTheirParts() {
        let terms = Tokenizer.quotedTerms(in: "坚决落实“强基、稳二、控三”要求，推进“一老一小”服务")
        #expect(terms.map(\.text) == ["强基", "稳二", "控三", "一老一小"])
        #expect(terms.map(\.isWhole) == [false, false, false, true])
    }

    @Test func quotationMarksInsideATermDoNotBreakIt() {
        let lexicon = Lexicon(groups: [["三级医院", "三甲"], ["名院", "三甲复评审"]], generic: [])
        let tokenizer = Tokenizer(lexicon: lexicon)
        let named = { (text: String) in tokenizer.tokens(text).filter { $0.kind == .term }.map { tokenizer.text(of: $0.key) } }
        #expect(named("筹备“三甲”复评审") == ["名院"])
        #expect(named("创建“三甲”医院") == ["三级医院"])
    }

    /// In 加强基层, 强 ends the verb 加强: the text names 基层, not 强基.
    @Test func aTermDoesNotStartOnTheLastCharacterOfAGenericWord() {
        let lexicon = Lexicon(groups: [["强基工程", "强基"], ["基层医疗卫生机构", "基层"]], generic: ["加强"])
        let tokenizer = Tokenizer(lexicon: lexicon)
        let named = { (text: String) in tokenizer.tokens(text).filter { $0.kind == .term }.map { tokenizer.text(of: $0.key) } }
        #expect(named("加强基层组织建设") == ["基层医疗卫生机构"])
        #expect(named("落实“强基”要求") == ["强基工程"])
        #expect(named("实施强基工程，服务基层") == ["强基工程", "基层医疗卫生机构"])
    }

    @Test func broaderConceptsAreEmitted() {
        let lexicon = Lexicon(groups: [["基本公共卫生"], ["健康档案", "电子健康档案"]], generic: [],
                              broader: ["基本公共卫生": ["健康档案"]])
        let tokenizer = Tokenizer(lexicon: lexicon)
        let broader = tokenizer.tokens("居民电子健康档案").filter { $0.kind == .broader }.map { tokenizer.text(of: $0.key) }
        #expect(broader == ["基本公共卫生"])
    }
}

@Suite struct TokenTableTests {
    /// Far more keys than the table's first capacity, so it must grow and keep every id.
    @Test func idsStayStableAcrossGrowth() {
        var table = TokenTable(capacity: 16)
        let keys: [TokenKey] = (0..<5000).map { .bigram(Bigram(Unicode.Scalar(0x4E00 + UInt32($0))!, "一")) }
            + (0..<300).map { .concept(Int32($0)) } + ["AI", "HPV", "5G"].map { .word($0) }
        let ids = keys.map { table.intern(Token(kind: .bigram, key: $0)) }
        #expect(ids.enumerated().allSatisfy { Int($1) == $0 }, "ids are given in order of first sight")
        #expect(zip(keys, ids).allSatisfy { key, id in table.id(of: key) == id }, "every key keeps its id after growing")
        #expect(zip(keys, ids).allSatisfy { key, id in table.intern(Token(kind: .term, key: key)) == id }, "interning again adds nothing")
        #expect(table.count == keys.count)
        #expect(table.id(of: .word("CT")) == nil)
        #expect(table.id(of: .concept(300)) == nil)
    }
}

@Suite struct PackedKeyTests {
    /// Short, long, sorted, reversed and repetitive arrays all sort as the standard library sorts them.
    @Test(arguments: [0, 1, 2, 17, 18, 100, 1000])
    func sortPackedAgreesWithSort(count: Int) {
        // A fixed scramble with repeats, so a failure reproduces.
        let scrambled = (0..<count).map { UInt64(($0 &* 7919 &+ 13) % max(1, count / 3)) << 8 | 1 }
        for keys in [scrambled, scrambled.sorted(), scrambled.sorted().reversed(), [UInt64](repeating: 7, count: count)] {
            var sorted = keys
            sorted.sortPacked()
            #expect(sorted == keys.sorted())
        }
    }

    /// A set holds what it was made of and nothing else, beyond its first table size too.
    @Test func sortedArraysIntersectByMerge() {
        #expect([1, 3, 5, 7, 9].sortedIntersection([2, 3, 4, 7, 10]) == [3, 7])
        #expect([Int32]().sortedIntersection([1]) == [])
        #expect([1, 3].sharesSortedValue(with: [0, 3, 8]))
        #expect(![1, 3].sharesSortedValue(with: [0, 2, 4]))
        #expect(![Int32]().sharesSortedValue(with: []))
    }

    @Test func packedSetHoldsItsKeys() {
        let keys = (0..<500).map { UInt64($0) * 0x1_0000_0001 }
        let set = PackedSet(keys)
        #expect(keys.allSatisfy(set.contains))
        #expect(!(0..<500).contains { set.contains(UInt64($0) * 0x1_0000_0001 + 1) })
        #expect(!PackedSet([]).contains(0))
    }
}

@Suite struct MatchEngineTests {
    let alignment = Seeds.alignment

    /// The figures measured on the development labels when the weights were chosen;
    /// a change that lowers them must say why.
    @Test func developmentLabelsStayAtTheirMeasuredQuality() throws {
        let gold = try GoldLinks.read(path: Repository.fixture("dev-gold-links.json"))
        let scores = Evaluation.evaluate(alignment, against: gold).overall
        #expect(scores.precision >= 0.96)
        #expect(scores.recall >= 0.95)
        #expect(scores.f1 >= 0.96)
        #expect(scores.topOne >= 0.95)
    }

    @Test func tuberculosisPriorityIsCarriedByDiseaseControlTasks() {
        let tasks = alignment.links(of: "2.1").map(\.district)
        #expect(tasks.first == "4")
        #expect(tasks.contains("1"))
    }

    @Test func everyLinkExplainsItself() {
        for link in alignment.links {
            let evidence = link.evidence
            #expect(!(evidence.terms.isEmpty && evidence.headings.isEmpty && evidence.indicators.isEmpty),
                    "\(link.municipal) ~ \(link.district) shows nothing it shares")
            #expect(!evidence.measures.isEmpty, "\(link.municipal) ~ \(link.district) has no measure pair")
            #expect(link.strength == Strength(score: link.score, substantive: !evidence.substance.isEmpty, rule: Parameters.standard.decision))
        }
    }

    @Test func aTaskMayCarrySeveralPriorities() {
        let priorities = alignment.links.filter { $0.district == "4" }.map(\.municipal)
        #expect(priorities.count >= 2)
    }

    @Test func internationalEmergencyTeamIsAnUncoveredMeasure() {
        let uncovered = alignment.uncoveredMeasures.filter { $0.priority == "2.3" }.map(\.measure)
        #expect(uncovered.contains { $0.contains("筹建国际应急医疗队") })
        let covered = alignment.coverage.filter { $0.priority == "2.3" && $0.covered }.map(\.measure)
        #expect(covered.contains { $0.contains("急救救援圈") || $0.contains("智慧急救") })
    }

    @Test func sharedIndicatorsAreEvidence() throws {
        let link = try #require(alignment.links.first { $0.municipal == "2.1" && $0.district == "4" })
        #expect(link.evidence.indicators == ["结核病发病率 ~ 结核病报告发病率"])
    }

    /// A prepared municipal plan keeps its tokens across districts; that must give what
    /// preparing it afresh for each district gives, also when a district quotes a concept the
    /// municipal plan names unquoted, or quotes a new term that occurs in the municipal text.
    @Test func aPreparedPlanScoresAsAFreshOne() throws {
        let texts = ["一、公共卫生\n1. 推进“医养结合”服务\n", "一、基层\n1. 推广“数字化手段”下沉资源\n", "一、其他\n1. 推进“全新工程”\n"]
        let engine = MatchEngine(mappings: Seeds.mappings)
        let prepared = engine.prepare(Seeds.municipal)
        for text in texts + texts.reversed() {
            let district = try PlanLoader.parse(PlanSource(path: "quoted.txt", text: text))
            let reused = engine.align(municipal: prepared, district: district, targets: engine.normalizedTargets(of: district))
            let fresh = engine.align(municipal: Seeds.municipal, district: district)
            #expect(reused.links == fresh.links)
            #expect(reused.ranking == fresh.ranking)
            #expect(reused.coverage == fresh.coverage)
        }
    }

    /// The tokens of a prepared plan are reused only when no term a district quotes occurs
    /// in its text: the check must agree with a plain substring search.
    @Test(arguments: ["数字化手段", "医养结合", "全新工程", "国际应急医疗队", "健康"])
    func aQuotedTermOccursInThePreparedTextExactlyWhenASearchFindsIt(term: String) {
        let prepared = MatchEngine(mappings: Seeds.mappings).prepare(Seeds.municipal)
        #expect(prepared.occurs(term) == prepared.matchedText.contains(term))
    }

    /// A task heading on a concept inside the field a priority heading names shares it; a
    /// task heading on the field of a narrower priority does not, nor do two concepts of one field.
    @Test func aTaskHeadingSharesThePriorityHeadingsField() throws {
        let municipal = try PlanLoader.parse(PlanSource(path: "m.txt", text: """
            一、公卫
            1. 提升基本公卫服务质效。做实基本公共卫生服务项目。
            2. 规范居民电子健康档案管理。推进档案向居民开放。
            """))
        let district = try PlanLoader.parse(PlanSource(path: "d.txt", text: """
            一、任务
            1. 完善居民电子健康档案。推进档案首页应用。
            2. 做好基本公共卫生服务。落实国家项目。
            3. 加强预防接种管理。做好疫苗接种。
            """))
        let space = VectorSpace(municipal: MatchEngine(mappings: Seeds.mappings).prepare(municipal), district: district, parameters: .standard)
        let names = { (priority: Int, task: Int) in
            space.headingConcepts(priority: priority, task: task).map { space.tokenizer.text(of: space.keys[Int($0)]) }
        }
        #expect(names(0, 0) == ["基本公共卫生"], "健康档案 lies inside 基本公卫")
        #expect(names(0, 1) == ["基本公共卫生"])
        #expect(names(1, 0) == ["健康档案"])
        #expect(names(1, 1) == [], "a task broader than its priority")
        #expect(names(1, 2) == [], "健康档案 and 预防接种 only share a field")
    }

    /// A task whose heading names the programme a priority's heading names carries it, even
    /// when another task's body shares more of the priority's words.
    @Test func aSharedHeadingConceptRanksATaskFirst() throws {
        let municipal = try PlanLoader.parse(PlanSource(path: "m.txt", text: """
            一、基层
            1. 落实“强基、稳二”要求。改善基础设施条件，稳定二级医院设置，拓展医养结合、康复护理服务。
            """))
        let district = try PlanLoader.parse(PlanSource(path: "d.txt", text: """
            一、任务
            1. 实施医疗卫生强基工程。推进家医微诊室建设，创建社区医院。
            2. 优化老年健康服务。二级医院设置老年医学科，拓展医养结合、康复护理服务。
            3. 强化疾病预防控制。做好传染病监测预警。
            """))
        let engine = MatchEngine(mappings: Seeds.mappings)
        let alignment = engine.align(municipal: municipal, district: district)
        let first = try #require(alignment.links.first)
        #expect(first.district == "1")
        #expect(first.evidence.headings == ["强基工程"])
        #expect(alignment.links.first { $0.district == "2" }?.evidence.headings == [])

        var flat = Parameters.standard
        flat.score.headingBonus = 0
        let withoutHeadings = MatchEngine(mappings: Seeds.mappings, parameters: flat).align(municipal: municipal, district: district)
        #expect(withoutHeadings.links.first?.district == "2", "the body alone favours the task on 医养结合")
    }

    @Test func alignmentIsDeterministic() {
        let again = MatchEngine(mappings: Seeds.mappings).align(municipal: Seeds.municipal, district: Seeds.district)
        #expect(again.links == alignment.links)
        #expect(again.ranking == alignment.ranking)
        #expect(again.coverage == alignment.coverage)
    }

    @Test func withoutALexiconMatchingStillWorksOnBigrams() {
        let bare = MatchEngine(mappings: .empty).align(municipal: Seeds.municipal, district: Seeds.district)
        #expect(bare.links(of: "4.2").first?.district == "17")
    }
}
