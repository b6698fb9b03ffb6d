import Foundation
@testable import PlanAlignKit

/// Paths to the package's own seeds, mappings and test fixtures, found from this file,
/// so the tests run from a fresh clone with nothing beside it.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    static var municipalSeed: String { root.appendingPathComponent("seeds/chongqing-2026-municipal-priorities.txt").path }
    static var districtSeed: String { root.appendingPathComponent("seeds/yubei-2025-district-tasks.txt").path }
    static var mappings: String { root.appendingPathComponent("mappings").path }
    static func fixture(_ name: String) -> String { tests.appendingPathComponent("Fixtures/\(name)").path }
}

/// The two seed plans, parsed once for all tests.
enum Seeds {
    static let municipal: PlanDocument = load(Repository.municipalSeed)
    static let district: PlanDocument = load(Repository.districtSeed)
    static let mappings: Mappings = (try? Mappings.load(directory: Repository.mappings)) ?? .empty
    static let pair: PlanPair = {
        do { return try PlanPair.load(municipal: Repository.municipalSeed, district: Repository.districtSeed, mappings: mappings) } catch {
            preconditionFailure("the seeds do not load as a pair: \(error)")
        }
    }()
    /// The engine's own links for the seeds.
    static let alignment: Alignment = pair.engineAlignment()
    static let review: ReviewFile? = pair.review
    /// The analysis a report shows: the committed review applied.
    static let analysis: GapAnalysis = pair.analysis()
    static let reviewedAlignment: ReviewedAlignment = analysis.alignment

    private static func load(_ path: String) -> PlanDocument {
        do { return try PlanLoader.load(path: path) } catch { preconditionFailure("seed \(path) does not parse: \(error)") }
    }
}
