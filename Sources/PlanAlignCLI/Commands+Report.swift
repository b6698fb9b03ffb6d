import PlanAlignKit

extension Commands {
    static let report = CommandSpec(
        name: "report", summary: "Write the gap report: targets to change, coverage, gaps, owners (Markdown, JSON or CSV).",
        usage: "planalign report [--municipal FILE] [--district FILE] [--mappings DIR] [--format markdown|json|csv] [--lang zh|en] [-o FILE] [--ignore-reviews]",
        options: pairOptions + [
            ("--format markdown|json|csv", "output format (default markdown)"),
            ("--lang zh|en", "language of the report's headings and labels (default zh); plan text is never translated"),
            ("-o FILE", "write to FILE (atomically) instead of standard output"),
            ("--ignore-reviews", "use the engine's own links, without the planners' decisions"),
        ],
        valued: ["--municipal", "--district", "--mappings", "--format", "--lang", "-o", "--output", "--encoding"],
        switches: ["--ignore-reviews"]
    ) { arguments, session in
        try arguments.none(command: "report")
        let format = try arguments.choice("--format", among: ["markdown", "json", "csv"], default: "markdown")
        let code = try arguments.choice("--lang", among: ["zh", "en"], default: "zh")
        let inputs = try Inputs(arguments, command: "report", session: &session)
        let analysis = inputs.analysis(ignoringReviews: arguments.flags.contains("--ignore-reviews"), session: &session)
        let text: String
        switch format {
        case "json": text = analysis.json.rendered()
        case "csv": text = analysis.csv
        default: text = MarkdownReport.render(analysis, language: ReportLanguage.named(code) ?? .chinese)
        }
        try session.deliver(text, to: arguments.options["-o"] ?? arguments.options["--output"])
    }

    static let graph = CommandSpec(
        name: "graph", summary: "Export both plan graphs and the alignment between them (Mermaid or Graphviz DOT).",
        usage: "planalign graph [--municipal FILE] [--district FILE] [--mappings DIR] [--format mermaid|dot] [-o FILE]",
        options: pairOptions + [("--format mermaid|dot", "output format (default mermaid)"), ("-o FILE", "write to FILE instead of standard output")],
        valued: ["--municipal", "--district", "--mappings", "--format", "-o", "--output", "--encoding"], switches: ["--ignore-reviews"]
    ) { arguments, session in
        try arguments.none(command: "graph")
        let format = try arguments.choice("--format", among: ["mermaid", "dot"], default: "mermaid")
        let inputs = try Inputs(arguments, command: "graph", session: &session)
        let analysis = inputs.analysis(ignoringReviews: arguments.flags.contains("--ignore-reviews"), session: &session)
        let text = format == "dot" ? GraphExport.dot(analysis) : MermaidDiagram.alignment(analysis)
        try session.deliver(text, to: arguments.options["-o"] ?? arguments.options["--output"])
    }
}

extension Session {
    /// Prints `text`, or writes it to `path` atomically.
    mutating func deliver(_ text: String, to path: String?) throws {
        if let path { try OutputFile.write(text, to: path) } else { output = text }
    }
}
