import PlanAlignKit

extension Commands {
    static let graph = Command(
        name: "graph",
        summary: Text("Export both plan graphs and the alignment between them (Mermaid or Graphviz DOT).",
                      zh: "导出两级计划的图及其对接关系（Mermaid 或 Graphviz DOT）。"),
        options: Options.pair + [Options.format("mermaid", "dot"), Options.lang, Options.output, Options.ignoreReviews]
    ) { arguments, session in
        try arguments.none()
        let inputs = try Inputs(arguments, session: &session)
        let analysis = inputs.analysis(ignoringReviews: arguments.flag("--ignore-reviews"), session: &session)
        let text = arguments.choice("--format") == "dot" ? GraphExport.dot(analysis) : MermaidDiagram.alignment(analysis)
        try session.deliver(text, to: arguments.value("--output"))
    }
}
