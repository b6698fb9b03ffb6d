import Foundation
import Testing
@testable import PlanAlignCLI
@testable import PlanAlignKit

/// `planalign draft`: next year's plan in the district's own layout, with every change the
/// municipal plan asks for made and listed, read back by the tool's own reader.
@Suite struct DraftTests {
    static let county = Repository.fixture("draft/county-2025.txt")

    /// The draft of a district plan, and the analysis it was drafted from (no reviews).
    static func drafted(_ district: String) throws -> (draft: PlanDraft, before: GapAnalysis) {
        let pair = try PlanPair.load(municipal: Repository.municipalSeed, district: district, mappings: Seeds.mappings)
        let analysis = pair.analysis(ignoringReviews: true)
        return (PlanDraft(analysis, year: 2026), analysis)
    }

    /// The report on the draft's text against the municipal plan.
    static func reread(_ draft: PlanDraft) throws -> GapAnalysis {
        let plan = try PlanLoader.parse(PlanSource(path: "draft.txt", text: draft.text()))
        return PlanPair(municipal: Seeds.municipal, district: plan, mappings: Seeds.mappings).analysis(ignoringReviews: true)
    }

    @Test(arguments: [Repository.districtSeed, county])
    func theDraftClosesEveryGapItWasDraftedFor(district: String) throws {
        let (draft, before) = try Self.drafted(district)
        let after = try Self.reread(draft)
        // No target behind; every missing indicator present.
        #expect(after.comparisons(.behind).isEmpty)
        #expect(after.comparisons(.missing).isEmpty)
        // Every priority and every clause that was a gap is carried now.
        let gaps = Set(before.priorities.filter { $0.status != .covered }.map(\.priority))
        #expect(after.priorities.filter { gaps.contains($0.priority) }.allSatisfy { $0.status == .covered })
        let uncovered = Set(before.alignment.uncoveredMeasures.map { "\($0.priority) \($0.measure)" })
        let stillUncovered = after.alignment.uncoveredMeasures.map { "\($0.priority) \($0.measure)" }.filter(uncovered.contains)
        #expect(stillUncovered.isEmpty, "\(stillUncovered)")
        // Before, there was something to do.
        #expect(!before.comparisons(.behind).isEmpty && !uncovered.isEmpty)
    }

    @Test(arguments: [Repository.districtSeed, county])
    func theDraftReadsBackToTheSameOutlinePlusItsAdditions(district: String) throws {
        let (draft, before) = try Self.drafted(district)
        let plan = try PlanLoader.parse(PlanSource(path: "draft.txt", text: draft.text()))
        #expect(plan.notes.isEmpty, "no numbering slips: \(plan.notes)")
        let carried = plan.items.map(\.title).filter { title in before.district.items.contains { $0.title == title } }
        #expect(carried == before.district.items.map(\.title))
        let stubs = draft.changes.filter { $0.kind == .addedTask }.compactMap(\.text)
        #expect(plan.items.count == before.district.items.count + stubs.count)
        #expect(Set(plan.items.map(\.title)).isSuperset(of: stubs))
        // Owners are kept.
        for item in before.district.items {
            #expect(plan.items.first { $0.title == item.title }?.lead == item.lead, "\(item.ref)")
        }
    }

    @Test func everyChangeHasASourceAndTheListIsComplete() throws {
        let (draft, before) = try Self.drafted(Repository.districtSeed)
        #expect(draft.changes.map(\.id) == Array(1...draft.changes.count))
        let kinds = Dictionary(grouping: draft.changes, by: \.kind).mapValues(\.count)
        #expect(kinds[.raisedTarget] == before.comparisons(.behind).count)
        #expect(kinds[.addedIndicator] == before.comparisons(.missing).count)
        #expect(kinds[.addedMeasure] == before.alignment.uncoveredMeasures.count)
        #expect(kinds[.districtOnly] == before.districtOnly.count)
        #expect(draft.changes.filter { $0.kind != .districtOnly }.allSatisfy { $0.municipal != nil })
        // The tuberculosis target is raised, its old value kept, and the wording difference flagged.
        let tuberculosis = try #require(draft.changes.first { $0.kind == .raisedTarget })
        #expect(tuberculosis.from?.bound == .atMost(46) && tuberculosis.to?.bound == .atMost(40))
        #expect(tuberculosis.municipalIndicator == "结核病发病率")
        #expect(draft.text().contains("结核病报告发病率控制在40/10万以下【改】"))
        #expect(!draft.text().contains("46/10万"))
        #expect(draft.markdown().contains("~~46~~**40**"))
        // Marks hold no digit: a mark never reads as a target.
        #expect(DraftWords.chinese.marks.values.allSatisfy { !$0.contains(where: \.isNumber) })
    }

    @Test func aRejectedLinkDrivesNoChange() throws {
        let pair = try PlanPair.load(municipal: Repository.municipalSeed, district: Repository.districtSeed, mappings: Seeds.mappings)
        let review = ReviewFile(municipalFile: Repository.municipalSeed, districtFile: Repository.districtSeed, entries: [
            ReviewEntry(municipal: "2.1", district: "4", decision: .rejected, score: nil, note: "not this task", date: "2026-12-01",
                        municipalFingerprint: pair.municipal.item("2.1").map(Fingerprint.of) ?? "",
                        districtFingerprint: pair.district.item("4").map(Fingerprint.of) ?? ""),
        ])
        let reviewed = PlanPair(municipal: pair.municipal, district: pair.district, mappings: Seeds.mappings, review: review)
        let draft = PlanDraft(reviewed.analysis(ignoringReviews: false), year: 2026)
        #expect(!draft.changes.contains { $0.kind == .raisedTarget && $0.municipal == "2.1" })
        #expect(!draft.changes.contains { $0.municipal == "2.1" && $0.task.hasPrefix("4.") })
    }

    @Test func theWordDraftTracksEveryChangeWithAComment() throws {
        let (draft, _) = try Self.drafted(Self.county)
        let bytes = draft.docx(date: "2026-12-01")
        let archive = try ZipArchive(bytes: bytes, path: "draft.docx")
        let document = String(decoding: try #require(try archive.contents(of: "word/document.xml")), as: UTF8.self)
        let comments = String(decoding: try #require(try archive.contents(of: "word/comments.xml")), as: UTF8.self)
        #expect(document.contains("<w:del w:id=") && document.contains("<w:delText xml:space=\"preserve\">50</w:delText>"))
        #expect(document.contains("<w:ins w:id=") && document.contains("w:author=\"PlanAlign\" w:date=\"2026-12-01T00:00:00Z\""))
        #expect(comments.components(separatedBy: "<w:comment ").count - 1 == draft.changes.count)
        #expect(document.components(separatedBy: "<w:commentReference ").count - 1 == draft.changes.count)
        // The tuberculosis change's comment says what, why and from which municipal item.
        #expect(comments.contains("调整指标：肺结核报告发病率 ≤ 50/10万 → 结核病发病率 ≤ 40/10万"), "\(comments.prefix(600))")
        #expect(comments.contains("上级依据：2.1 防控重大传染病疫情风险"))
        // The same draft gives the same bytes.
        #expect(draft.docx(date: "2026-12-01") == bytes)
    }

    @Test func theDraftWordsTargetsAsTheMappingsSay() async throws {
        let mappings = try ReviewCommandTests().mappingsCopy()
        defer { try? FileManager.default.removeItem(atPath: mappings) }
        let file = mappings + "/targets.json"
        try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: "\"atLeast\": \"达到{value}\"", with: "\"atLeast\": \"提高到{value}\"")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let result = await Tool.execute(["draft", "--municipal", Repository.municipalSeed, "--district", Repository.districtSeed, "--mappings", mappings])
        #expect(result.stdout.contains("人均预期寿命提高到79.9岁【增】"), "\(result.stderr)")
    }

    @Test func aWordDraftNeedsAnOutputFile() async {
        let result = await Tool.execute(["draft", "--format", "docx"] + GoldenOutputTests.pair)
        #expect(result.status == 64)
        #expect(result.stderr == "planalign: --format docx writes a file: pass -o FILE\n")
    }
}
