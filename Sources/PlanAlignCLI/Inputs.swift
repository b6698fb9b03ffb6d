import Foundation
import PlanAlignKit

/// The two plans, the mappings and the review a pair command works on.
struct Inputs {
    var pair: PlanPair
    var municipalPath: String
    var districtPath: String

    var municipal: PlanDocument { pair.municipal }
    var district: PlanDocument { pair.district }
    var mappings: Mappings { pair.mappings }

    /// Loads the plans and mappings named by the options, or the defaults in the current
    /// directory, and records every file read so that no output overwrites it.
    init(_ arguments: ParsedArguments, session: inout Session) throws {
        municipalPath = try arguments.value("--municipal") ?? Inputs.defaultSeed(containing: "municipal", option: "--municipal")
        districtPath = try arguments.value("--district") ?? Inputs.defaultSeed(containing: "district", option: "--district")
        let mappings = try Inputs.mappings(arguments, session: &session)
        pair = try PlanPair.load(municipal: municipalPath, district: districtPath, mappings: mappings,
                                 encoding: try Options.encoding(arguments), limits: try Options.limits(arguments))
        session.inputs += [municipalPath, districtPath] + [pair.reviewPath].compactMap { $0 }
        session.warn(about: pair.municipal)
        session.warn(about: pair.district)
    }

    /// The mappings named by `--mappings`, or `./mappings`, over the built-in ones; the
    /// built-in ones alone where neither exists.
    static func mappings(_ arguments: ParsedArguments, session: inout Session) throws -> Mappings {
        guard let directory = arguments.value("--mappings") ?? (FilePath.exists("mappings") ? "mappings" : nil) else {
            return .builtIn
        }
        let mappings = try Mappings.load(directory: directory)
        for file in mappings.fallbacks { session.warn("\(directory) has no \(file): using the built-in \(file)") }
        session.inputs += [Mappings.lexiconFile, Mappings.indicatorsFile, Mappings.targetsFile].map { directory + "/" + $0 }
        return mappings
    }

    /// The gap analysis of the two plans, warning about stale decisions.
    func analysis(ignoringReviews: Bool, session: inout Session) -> GapAnalysis {
        let analysis = pair.analysis(ignoringReviews: ignoringReviews)
        for stale in analysis.alignment.stale {
            session.warn("review decision \(stale.entry.municipal):\(stale.entry.district) is stale: \(stale.reason)")
        }
        return analysis
    }

    /// The one seed file in ./seeds whose name holds `word`.
    static func defaultSeed(containing word: String, option: String) throws -> String {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "seeds")) ?? []
        guard let name = names.sorted().first(where: { $0.contains(word) }) else {
            throw UsageError.missingDefault(what: "seeds/*\(word)*.txt", option: "\(option) FILE")
        }
        return "seeds/" + name
    }
}
