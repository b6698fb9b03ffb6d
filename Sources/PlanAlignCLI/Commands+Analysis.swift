import Foundation
import PlanAlignKit

extension Commands {
    static let compare = CommandSpec(
        name: "compare", summary: "Compare the numeric targets of a municipal and a district plan.",
        usage: "planalign compare --municipal FILE --district FILE [--mappings DIR] [--format json|markdown]",
        options: pairOptions + [("--format json|markdown", "output format (default json)")],
        valued: ["--municipal", "--district", "--mappings", "--format", "--encoding"], switches: []
    ) { arguments, session in
        try arguments.none(command: "compare")
        let format = try arguments.choice("--format", among: ["json", "markdown"], default: "json")
        let inputs = try Inputs(arguments, command: "compare", session: &session)
        let comparisons = inputs.pair.targetComparisons()
        session.output = format == "json" ? comparisons.json.rendered() : comparisons.markdown
    }

    static let match = CommandSpec(
        name: "match", summary: "Link district tasks to municipal priorities and explain every link.",
        usage: "planalign match --municipal FILE --district FILE [--mappings DIR] [--format json|markdown] [--ignore-reviews]",
        options: pairOptions + [("--format json|markdown", "output format (default json)"),
                                ("--ignore-reviews", "print the engine's own links, without the planners' decisions")],
        valued: ["--municipal", "--district", "--mappings", "--format", "--encoding"], switches: ["--ignore-reviews"]
    ) { arguments, session in
        try arguments.none(command: "match")
        let format = try arguments.choice("--format", among: ["json", "markdown"], default: "json")
        let inputs = try Inputs(arguments, command: "match", session: &session)
        let alignment = inputs.analysis(ignoringReviews: arguments.flags.contains("--ignore-reviews"), session: &session).alignment
        session.output = format == "json" ? alignment.json.rendered() : alignment.markdown(municipal: inputs.municipal, district: inputs.district)
    }

    static let evaluate = CommandSpec(
        name: "evaluate", summary: "Score the engine's links against reviewed labels: precision, recall, F1, top-1.",
        usage: "planalign evaluate --gold FILE --municipal FILE --district FILE [--mappings DIR] [--format markdown|json]",
        options: [("--gold FILE", "reviewed links: {\"priorities\": {\"2.1\": {\"required\": [...], \"acceptable\": [...]}}}")]
            + pairOptions + [("--format markdown|json", "output format (default markdown)")],
        valued: ["--gold", "--municipal", "--district", "--mappings", "--format", "--encoding"], switches: []
    ) { arguments, session in
        try arguments.none(command: "evaluate")
        guard let goldPath = arguments.options["--gold"] else { throw UsageError.missingArgument("--gold FILE", command: "evaluate") }
        let format = try arguments.choice("--format", among: ["json", "markdown"], default: "markdown")
        let inputs = try Inputs(arguments, command: "evaluate", session: &session)
        let gold = try GoldLinks.read(path: goldPath)
        let evaluation = Evaluation.evaluate(inputs.pair.engineAlignment(), against: gold)
        session.output = format == "markdown" ? evaluation.markdown : evaluation.json.rendered()
    }

    static let pairOptions: [(String, String)] = [
        ("--municipal FILE", "the plan above (default: the municipal seed in ./seeds)"),
        ("--district FILE", "the plan below (default: the district seed in ./seeds)"),
        ("--mappings DIR", "lexicon, indicator aliases and reviews (default ./mappings)"),
        ("--encoding ENC", "force utf-8, utf-16le, utf-16be or gb18030 for both plans"),
    ]
}

/// The two plans and the mappings a pair command works on.
struct Inputs {
    var pair: PlanPair
    var municipalPath: String
    var districtPath: String

    var municipal: PlanDocument { pair.municipal }
    var district: PlanDocument { pair.district }
    var mappings: Mappings { pair.mappings }

    /// Loads the plans and mappings named by the options, or the defaults in the current directory.
    init(_ arguments: Arguments, command: String, session: inout Session) throws {
        municipalPath = try arguments.options["--municipal"] ?? Inputs.defaultSeed(containing: "municipal", option: "--municipal")
        districtPath = try arguments.options["--district"] ?? Inputs.defaultSeed(containing: "district", option: "--district")
        let encoding = try Commands.encoding(arguments)
        let mappings = try Inputs.mappings(arguments, session: &session)
        pair = try PlanPair.load(municipal: municipalPath, district: districtPath, mappings: mappings, encoding: encoding)
    }

    /// The mappings named by `--mappings`, or `./mappings`, or none with a warning.
    static func mappings(_ arguments: Arguments, session: inout Session) throws -> Mappings {
        if let directory = arguments.options["--mappings"] { return try Mappings.load(directory: directory) }
        if FileManager.default.fileExists(atPath: "mappings") { return try Mappings.load(directory: "mappings") }
        session.warn("no ./mappings directory: matching without the lexicon and indicator aliases (pass --mappings DIR)")
        return .empty
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
