import Foundation
import Testing
@testable import PlanAlignKit

@Suite struct ReviewFileTests {
    let plans = (municipal: Seeds.municipal, district: Seeds.district)

    func fresh() -> ReviewFile {
        ReviewFile(municipalFile: "m.txt", districtFile: "d.txt", entries: [])
            .updated(with: Seeds.alignment, municipal: plans.municipal, district: plans.district, date: "2026-01-01").0
    }

    func parse(_ text: String) throws -> ReviewFile {
        try ReviewFile.parse(try JSONDocument.parse(text, path: "r.json"), path: "r.json")
    }

    @Test func roundTripIsByteIdentical() throws {
        var file = fresh()
        file.decide(.rejected, municipal: "1.3", district: "12", note: "不是强基内容", date: "2026-01-02", plans: plans, score: 0.47)
        let text = file.rendered
        #expect(try parse(text).rendered == text)
        #expect(try parse(text) == file)
    }

    @Test func everyEngineLinkBecomesASuggestion() {
        let file = fresh()
        #expect(file.entries.count == Seeds.alignment.links.count)
        #expect(file.entries.allSatisfy { $0.decision == .suggested && $0.stale == nil })
    }

    @Test func decisionsSurviveReRunsEvenWhenSuggestionsChange() {
        var file = fresh()
        file.decide(.rejected, municipal: "1.3", district: "12", note: "n", date: "2026-01-02", plans: plans, score: nil)
        file.decide(.added, municipal: "2.4", district: "4", note: "基本公卫项目", date: "2026-01-02", plans: plans, score: nil)
        var shrunk = Seeds.alignment
        shrunk.links = shrunk.links.filter { $0.municipal != "1.3" && $0.municipal != "2.1" }
        let (rerun, summary) = file.updated(with: shrunk, municipal: plans.municipal, district: plans.district, date: "2026-02-01")
        #expect(rerun.entry("1.3", "12")?.decision == .rejected)
        #expect(rerun.entry("2.4", "4")?.note == "基本公卫项目")
        #expect(rerun.entry("2.1", "4") == nil, "a suggestion the engine no longer makes is dropped")
        #expect(summary.newSuggestions == 0)
        let (again, second) = rerun.updated(with: Seeds.alignment, municipal: plans.municipal, district: plans.district, date: "2026-03-01")
        #expect(second.newSuggestions == Seeds.alignment.links.filter { $0.municipal == "1.3" || $0.municipal == "2.1" }.count - 1)
        #expect(again.entry("2.1", "4")?.date == "2026-03-01")
        #expect(again.entry("1.3", "12")?.decision == .rejected)
    }

    @Test func aDecisionGoesStaleWhenAnItemsTextChanges() throws {
        var file = fresh()
        file.decide(.accepted, municipal: "2.1", district: "4", note: "", date: "2026-01-02", plans: plans, score: nil)
        var sections = plans.district.sections
        let section = try #require(sections.firstIndex { $0.items.contains { $0.ref == "4" } })
        let item = try #require(sections[section].items.firstIndex { $0.ref == "4" })
        sections[section].items[item].text += "新增一句。"
        let edited = PlanDocument(path: plans.district.path, title: plans.district.title, sections: sections, looseMeasures: [])
        let (rerun, summary) = file.updated(with: Seeds.alignment, municipal: plans.municipal, district: edited, date: "2026-02-01")
        #expect(rerun.entry("2.1", "4")?.stale == "district item 4 changed since the decision")
        #expect(rerun.entry("2.1", "4")?.decision == .accepted)
        #expect(summary.staleDecisions == 1)
    }

    @Test func aDecisionGoesStaleWhenItsRefDisappears() {
        var file = fresh()
        file.decide(.added, municipal: "9.9", district: "4", note: "", date: "2026-01-02", plans: plans, score: nil)
        let (rerun, _) = file.updated(with: Seeds.alignment, municipal: plans.municipal, district: plans.district, date: "2026-02-01")
        #expect(rerun.entry("9.9", "4")?.stale == "municipal ref 9.9 no longer exists")
        #expect(rerun.unknownRefs(municipal: plans.municipal, district: plans.district) == ["municipal 9.9"])
    }

    @Test func decisionsShapeTheAlignment() throws {
        var file = fresh()
        file.decide(.rejected, municipal: "2.1", district: "1", note: "", date: "d", plans: plans, score: nil)
        file.decide(.added, municipal: "2.4", district: "4", note: "", date: "d", plans: plans, score: nil)
        file.decide(.accepted, municipal: "2.1", district: "4", note: "", date: "d", plans: plans, score: nil)
        let alignment = PlanPair(municipal: plans.municipal, district: plans.district, mappings: Seeds.mappings, review: file)
            .analysis().alignment
        #expect(!alignment.links.contains { $0.municipal == "2.1" && $0.district == "1" })
        #expect(alignment.rejected.map(\.link.pair.description) == ["2.1:1"])
        #expect(alignment.links.first { $0.municipal == "2.4" && $0.district == "4" }?.origin == .added)
        #expect(alignment.links.first { $0.municipal == "2.1" && $0.district == "4" }?.origin == .accepted)
        let added = try #require(alignment.links.first { $0.municipal == "2.4" && $0.district == "4" })
        #expect(!added.evidence.measures.isEmpty, "an added link still shows what the two items share")
        #expect(added.evidence.substance.contains(.confirmed) && added.strength.covers, "a planner's addition covers")
    }

    @Test func theCommittedSeedReviewDecidesEverySuggestion() throws {
        let review = try #require(Seeds.review)
        #expect(review.entries.allSatisfy { $0.isDecision })
        #expect(review.entries.allSatisfy { $0.stale == nil })
        #expect(review.entries.filter { $0.decision != .accepted }.allSatisfy { !$0.note.isEmpty }, "every rejection and addition says why")
        #expect(Seeds.reviewedAlignment.stale.isEmpty)
    }

    @Test(arguments: [
        ("{\"links\": [", "r.json:1:12: expected a value, found the end of the file"),
        ("{\"links\": {}}", "r.json:1:11: expected \"links\": an array, found an object"),
        ("{\"links\": [{\"municipal\": \"1.1\", \"district\": \"3\", \"decision\": \"maybe\", \"fingerprint\": {\"municipal\": \"a\", \"district\": \"b\"}}]}",
         "r.json:1:62: expected a decision: suggested, accepted, rejected, added, found the string \"maybe\""),
        ("{\"links\": [{\"municipal\": \"1.1\", \"district\": \"3\", \"decision\": \"accepted\"}]}",
         "r.json:1:12: expected \"fingerprint\": {\"municipal\": …, \"district\": …}, found an object"),
        ("{\"links\": [{\"district\": \"3\", \"decision\": \"accepted\", \"fingerprint\": {\"municipal\": \"a\", \"district\": \"b\"}}]}",
         "r.json:1:12: expected an object with \"municipal\", found an object"),
        ("{\"links\": [{\"municipal\": 1.1, \"district\": \"3\", \"decision\": \"accepted\", \"fingerprint\": {\"municipal\": \"a\", \"district\": \"b\"}}]}",
         "r.json:1:26: expected \"municipal\" as a string, found a number"),
        ("[1, 2,]", "r.json:1:7: expected a value, found ']'"),
    ])
    func malformedFilesNameLineAndColumn(text: String, message: String) {
        do {
            _ = try parse(text)
            Issue.record("parsed a malformed file")
        } catch {
            #expect("\(error)" == message)
        }
    }
}

@Suite struct MappingsTests {
    @Test func theShippedMappingsLoad() throws {
        let mappings = try Mappings.load(directory: Repository.mappings)
        #expect(mappings.lexicon.conceptNames.count > 100)
        #expect(mappings.indicators.aliases.contains { $0.variant == "报告发病率" && $0.note != nil })
    }

    @Test func aBroaderConceptMustBeAGroupName() {
        let text = "{\"groups\": [[\"结核病\"]], \"broader\": {\"公共卫生\": [\"结核病\"]}}"
        #expect(throws: InputError.self) { try Lexicon.read(try JSONDocument.parse(text, path: "l.json"), path: "l.json") }
    }

    @Test func aTermMustBeAString() {
        let text = "{\"groups\": [[\"结核病\", 3]]}"
        #expect(throws: InputError.malformed(path: "l.json", line: 1, column: 21, expected: "a term as a string", found: "a number")) {
            try Lexicon.read(try JSONDocument.parse(text, path: "l.json"), path: "l.json")
        }
    }
}
