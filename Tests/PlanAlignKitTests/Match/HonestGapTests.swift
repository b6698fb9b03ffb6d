import Foundation
import Testing
@testable import PlanAlignKit

/// A weak link is not coverage: with every task the labels accept for a priority taken
/// out, the priority must be reported as a gap, and on the full plan no labelled priority is.
@Suite struct HonestGapTests {
    static let gold: GoldLinks = {
        do { return try GoldLinks.read(path: Repository.fixture("dev-gold-links.json")) } catch {
            preconditionFailure("the dev labels do not read: \(error)")
        }
    }()
    static let engineOnly = PlanPair(municipal: Seeds.municipal, district: Seeds.district, mappings: Seeds.mappings)
    static let ablation = engineOnly.ablation(gold: gold)

    @Test(arguments: gold.priorities.keys.sorted())
    func ablatingAPrioritysAcceptedTasksLeavesAGap(priority: ItemRef) throws {
        let row = try #require(Self.ablation.first { $0.priority == priority })
        #expect(row.labels == "gold")
        #expect(row.status != .covered, "\(priority) still covered by \(row.best.map { "\($0.district) \($0.strength)" } ?? "nothing")")
    }

    @Test func onTheFullPlanNoLabelledPriorityIsAGap() {
        let analysis = Self.engineOnly.analysis()
        for (ref, expectation) in Self.gold.priorities where !expectation.required.isEmpty {
            let coverage = analysis.priorities.first { $0.priority == ref }
            #expect(coverage?.status == .covered, "\(ref) reported as \(coverage?.status.rawValue ?? "missing")")
        }
    }

    /// A link of shared words only is weak; the same words with a restating sentence are not.
    @Test func aLinkWithoutSubstanceIsWeakAndCountsAsNoCoverage() throws {
        let municipal = try PlanLoader.parse(PlanSource(path: "m.txt", text: """
            一、基层
            1. 推进紧密型医共体建设。完善医共体运行机制，推动优质资源下沉基层。
            """))
        let weak = try PlanLoader.parse(PlanSource(path: "d1.txt", text: """
            一、综合
            1. 做好机关后勤保障。完善机关运行机制，推动工作下沉一线。
            """))
        let strong = try PlanLoader.parse(PlanSource(path: "d2.txt", text: """
            一、综合
            1. 深化医共体改革。完善医共体运行机制，推动优质资源下沉基层。
            """))
        let engine = MatchEngine(mappings: Seeds.mappings)
        let weakLinks = engine.align(municipal: municipal, district: weak).links
        #expect(weakLinks.allSatisfy { $0.strength == .weak && $0.evidence.substance.isEmpty })
        let weakAnalysis = PlanPair(municipal: municipal, district: weak, mappings: Seeds.mappings).analysis()
        #expect(weakAnalysis.priorities.first?.status != .covered)
        #expect(weakAnalysis.summary.strong + weakAnalysis.summary.partial == 0)
        let strongLink = try #require(engine.align(municipal: municipal, district: strong).links.first)
        #expect(strongLink.strength.covers)
        #expect(strongLink.evidence.substance.contains(.sentence))
    }

    /// Every phrase a link shows occurs in both texts; every concept is one the lexicon (or a
    /// quotation) names and both texts name.
    @Test func evidenceIsWordsBothTextsContain() throws {
        var lexicon = Seeds.mappings.lexicon
        _ = VectorSpace.addQuotedTerms(of: Seeds.municipal.items + Seeds.district.items, to: &lexicon, quoted: [], rule: .init())
        let termsOf = Dictionary(grouping: lexicon.concept.keys, by: { lexicon.concept[$0] ?? -1 })
        for link in Seeds.reviewedAlignment.links {
            let priority = try #require(Seeds.municipal.item(link.municipal)), task = try #require(Seeds.district.item(link.district))
            let left = priority.title + "\n" + priority.text, right = task.title + "\n" + task.text
            // The lexicon reads a term through quotation marks inside it (“三甲”复评审).
            let unquoted = { (text: String) in String(text.unicodeScalars.filter { $0 != "“" && $0 != "”" }.map(Character.init)) }
            for term in link.evidence.terms {
                if let concept = lexicon.concept[term], lexicon.names.contains(term) {
                    let terms = termsOf[concept] ?? []
                    #expect(terms.contains { unquoted(left).includes($0) } && terms.contains { unquoted(right).includes($0) },
                            "\(link.pair): concept \(term) is not named by both")
                } else {
                    #expect(left.includes(term) && right.includes(term), "\(link.pair): \(term) is not a phrase both contain")
                    #expect(term.unicodeScalars.count >= Parameters.standard.evidence.phraseLength, "\(link.pair): fragment \(term)")
                }
            }
        }
    }

    @Test func sharedPhrasesAreTheLongestRunsBothTextsHold() {
        let left = Array("加强严重精神障碍患者管理服务".unicodeScalars), right = Array("做好严重精神障碍患者的排查".unicodeScalars)
        #expect(SharedPhrases.longest(left, right, minimum: 4) == ["严重精神障碍患者"])
        #expect(SharedPhrases.longest(Array("居民健康素养".unicodeScalars), Array("全民健身".unicodeScalars), minimum: 2) == ["民健"])
        #expect(SharedPhrases.longest(Array("居民健康素养".unicodeScalars), Array("全民健身".unicodeScalars), minimum: 4).isEmpty)
    }
}
