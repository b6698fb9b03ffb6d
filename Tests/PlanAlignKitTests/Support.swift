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
    static let alignment: Alignment = MatchEngine(mappings: mappings).align(municipal: municipal, district: district)
    static let review: ReviewFile? = try? ReviewFile.read(path: ReviewFile.path(
        mappings: Repository.mappings, municipal: Repository.municipalSeed, district: Repository.districtSeed))
    static let reviewedAlignment: Alignment = MatchEngine(mappings: mappings).align(municipal: municipal, district: district, review: review)

    private static func load(_ path: String) -> PlanDocument {
        do { return try PlanLoader.load(path: path) } catch { preconditionFailure("seed \(path) does not parse: \(error)") }
    }
}
