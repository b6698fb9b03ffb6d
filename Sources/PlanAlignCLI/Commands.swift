import PlanAlignKit

/// One command of the tool: its help text, its options and what it does.
struct CommandSpec: Sendable {
    var name: String
    var summary: String
    var usage: String
    var options: [(String, String)]
    var valued: Set<String>
    var switches: Set<String>
    var run: @Sendable (Arguments, inout Session) async throws -> Void
}

/// The commands, in the order help lists them.
enum Commands {
    static let all: [CommandSpec] = [report, parse, targets, compare, match, evaluate, review, validate, graph, portfolio]

    static func named(_ name: String) -> CommandSpec? { all.first { $0.name == name } }

    static let formatOption = ("--format FORMAT", "")

    static let parse = CommandSpec(
        name: "parse", summary: "Print the outline of one plan: sections, items, departments, measures, targets.",
        usage: "planalign parse FILE [--format json|markdown] [--encoding ENC]",
        options: [("--format json|markdown", "output format (default json)"),
                  ("--encoding ENC", "force utf-8, utf-16le, utf-16be or gb18030 instead of detecting it")],
        valued: ["--format", "--encoding"], switches: []
    ) { arguments, session in
        let file = try arguments.single("a plan FILE", command: "parse")
        let format = try arguments.choice("--format", among: ["json", "markdown"], default: "json")
        let document = try PlanLoader.load(path: file, encoding: try encoding(arguments))
        session.output = format == "json" ? document.json.rendered() : document.markdownOutline
    }

    static let targets = CommandSpec(
        name: "targets", summary: "List every quantitative target in a text file, with or without an outline.",
        usage: "planalign targets FILE [--format json|markdown|csv] [--encoding ENC]",
        options: [("--format json|markdown|csv", "output format (default json)"),
                  ("--encoding ENC", "force utf-8, utf-16le, utf-16be or gb18030 instead of detecting it")],
        valued: ["--format", "--encoding"], switches: []
    ) { arguments, session in
        let file = try arguments.single("a FILE", command: "targets")
        let format = try arguments.choice("--format", among: ["json", "markdown", "csv"], default: "json")
        let listed = try TargetListing.load(path: file, encoding: try encoding(arguments))
        switch format {
        case "csv": session.output = listed.csv
        case "markdown": session.output = listed.markdown
        default: session.output = listed.json.rendered()
        }
    }

    static func encoding(_ arguments: Arguments) throws -> TextEncoding? {
        guard let name = arguments.options["--encoding"] else { return nil }
        guard let encoding = TextEncoding(name: name) else {
            throw UsageError.invalidValue(option: "--encoding", value: name,
                                          accepted: TextEncoding.allCases.map(\.rawValue))
        }
        return encoding
    }
}
