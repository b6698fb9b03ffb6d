import Foundation
import Testing
@testable import PlanAlignKit

/// A small corpus with known differences: the seed plan itself, the seed with its
/// tuberculosis target tightened to the city's, and a plan without any health-literacy,
/// emergency or Party-building tasks.
@Suite struct PortfolioTests {
    static let seedText = (try? String(contentsOfFile: Repository.districtSeed, encoding: .utf8)) ?? ""

    static let sources: [Result<PlanSource, InputError>] = [
        .success(PlanSource(path: "a-seed.txt", text: seedText)),
        .success(PlanSource(path: "b-tightened.txt", text: seedText.replacingOccurrences(of: "46/10 万", with: "38/10 万"))),
        .success(PlanSource(path: "c-county.txt", text: (try? String(contentsOfFile: Repository.fixture("county-parenthesised.txt"), encoding: .utf8)) ?? "")),
        .failure(.emptyFile(path: "d-empty.txt", expected: "the text of a work plan")),
    ]

    static func build() async -> Portfolio {
        await Portfolio.build(municipal: Seeds.municipal, sources: sources, mappings: Seeds.mappings)
    }

    @Test func eachDistrictIsSummarisedInInputOrder() async {
        let portfolio = await Self.build()
        #expect(portfolio.districts.map(\.file) == ["a-seed.txt", "b-tightened.txt", "c-county.txt", "d-empty.txt"])
        #expect(portfolio.districts.map(\.tasks) == [39, 39, 5, 0])
    }

    /// The whole-city view reads a district's links and verdicts without building its
    /// report's views; its line must say what the full analysis says.
    @Test func aSummaryIsWhatTheAnalysisSays() throws {
        let engine = MatchEngine(mappings: Seeds.mappings)
        let prepared = engine.prepare(Seeds.municipal)
        for case .success(let source) in Self.sources {
            let plan = try PlanLoader.parse(source)
            let summary = Pipeline.summarize(prepared, district: plan, engine: engine, review: nil)
            let analysis = Pipeline.analyse(prepared, district: plan, engine: engine, review: nil, detail: .full)
            // Read off the analysis itself, not through the summary's initializer.
            let weakest = Dictionary(analysis.alignment.links.map { ($0.municipal, $0.strength) }, uniquingKeysWith: min)
            #expect(summary.file == source.path && summary.title == plan.title && summary.tasks == plan.items.count)
            #expect(summary.strengths == weakest && !weakest.isEmpty)
            #expect(summary.behind == analysis.comparisons(.behind) && summary.missing == analysis.comparisons(.missing).count)
            #expect(summary.districtOnly == analysis.districtOnly.count && summary.notes == plan.notes)
        }
    }

    @Test func onlyTheUntouchedSeedIsBehindOnTuberculosis() async {
        let portfolio = await Self.build()
        let behind = portfolio.districts.map { $0.behind.map(\.municipal.target.indicator) }
        #expect(behind[0] == ["结核病发病率"])
        #expect(!behind[1].contains("结核病发病率"))
        #expect(behind[2] == ["重大慢病过早死亡率"])
    }

    @Test func anUnreadableFileIsReportedNotFatal() async {
        let portfolio = await Self.build()
        #expect(portfolio.districts[3].failure?.contains("the file is empty") == true)
        #expect(portfolio.readable.count == 3)
        #expect(portfolio.markdown().contains("| d-empty.txt |"))
    }

    @Test func theMatrixMatchesTheSingleAlignment() async {
        let portfolio = await Self.build()
        let single = MatchEngine(mappings: Seeds.mappings).align(municipal: Seeds.municipal, district: Seeds.district)
        for priority in Seeds.municipal.items {
            #expect(portfolio.districts[0].strengths[priority.ref] == single.links(of: priority.ref).map(\.strength).min())
        }
    }

    @Test func outputIsIdenticalHoweverTheWorkIsScheduled() async {
        let first = await Self.build(), second = await Self.build()
        #expect(first.markdown() == second.markdown())
        #expect(first.json.rendered() == second.json.rendered())
        #expect(first.csv(language: .chinese) == second.csv(language: .chinese))
    }
}
