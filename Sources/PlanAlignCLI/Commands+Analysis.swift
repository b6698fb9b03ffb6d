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
        let comparisons = TargetComparisons.compare(municipal: inputs.municipal, district: inputs.district,
                                                    aliases: inputs.mappings.indicators)
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
        let alignment = try inputs.alignment(ignoringReviews: arguments.flags.contains("--ignore-reviews"), session: &session)
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
        let evaluation = Evaluation.evaluate(try inputs.alignment(ignoringReviews: true, session: &session), against: gold)
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
    var municipal: PlanDocument
    var district: PlanDocument
    var mappings: Mappings
    var municipalPath: String
    var districtPath: String

    /// Loads the plans and mappings named by the options, or the defaults in the current directory.
    init(_ arguments: Arguments, command: String, session: inout Session) throws {
        let municipalPath = try arguments.options["--municipal"] ?? Inputs.defaultSeed(containing: "municipal", option: "--municipal")
        let districtPath = try arguments.options["--district"] ?? Inputs.defaultSeed(containing: "district", option: "--district")
        self.municipalPath = municipalPath
        self.districtPath = districtPath
        let encoding = try Commands.encoding(arguments)
        municipal = try PlanLoader.load(path: municipalPath, encoding: encoding)
        district = try PlanLoader.load(path: districtPath, encoding: encoding)
        if Inputs.sameFile(municipalPath, districtPath) { throw InputError.samePlanTwice(path: districtPath) }
        mappings = try Inputs.mappings(arguments, session: &session)
    }

    /// The mappings named by `--mappings`, or `./mappings`, or none with a warning.
    static func mappings(_ arguments: Arguments, session: inout Session) throws -> Mappings {
        if let directory = arguments.options["--mappings"] { return try Mappings.load(directory: directory) }
        if FileManager.default.fileExists(atPath: "mappings") { return try Mappings.load(directory: "mappings") }
        session.warn("no ./mappings directory: matching without the lexicon and indicator aliases (pass --mappings DIR)")
        return .empty
    }

    /// The alignment, with the planners' decisions applied unless `ignoringReviews`.
    func alignment(ignoringReviews: Bool, session: inout Session) throws -> Alignment {
        alignment(review: ignoringReviews ? nil : try self.review(), session: &session)
    }

    /// The alignment with `review`'s decisions applied, warning about stale ones.
    func alignment(review: ReviewFile?, session: inout Session) -> Alignment {
        let alignment = MatchEngine(mappings: mappings).align(municipal: municipal, district: district, review: review)
        for entry in alignment.stale {
            session.warn("review decision \(entry.municipal):\(entry.district) is stale: \(entry.stale ?? "")")
        }
        return alignment
    }

    /// The review file of the pair, if there is one.
    func review() throws -> ReviewFile? {
        guard let directory = mappings.directory else { return nil }
        let path = ReviewFile.path(mappings: directory, municipal: municipalPath, district: districtPath)
        return FileManager.default.fileExists(atPath: path) ? try ReviewFile.read(path: path) : nil
    }

    /// The one seed file in ./seeds whose name holds `word`.
    static func defaultSeed(containing word: String, option: String) throws -> String {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "seeds")) ?? []
        guard let name = names.sorted().first(where: { $0.contains(word) }) else {
            throw UsageError.missingDefault(what: "seeds/*\(word)*.txt", option: "\(option) FILE")
        }
        return "seeds/" + name
    }

    static func sameFile(_ a: String, _ b: String) -> Bool {
        URL(fileURLWithPath: a).standardizedFileURL.resolvingSymlinksInPath() == URL(fileURLWithPath: b).standardizedFileURL.resolvingSymlinksInPath()
    }
}
