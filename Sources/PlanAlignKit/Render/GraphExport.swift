/// Exports both plan graphs and the alignment between them as Mermaid or Graphviz DOT.
public enum GraphExport {
    /// Graphviz DOT: one cluster per plan, items in their sections, links between plans.
    public static func dot(_ analysis: GapAnalysis) -> String {
        var lines = ["digraph planalign {", "  rankdir=LR;", "  node [shape=box, fontname=\"Noto Sans CJK SC\"];"]
        for (prefix, document) in [("m", analysis.municipal), ("d", analysis.district)] {
            let graph = PlanGraph(document, prefix: prefix)
            lines.append("  subgraph cluster_\(prefix) {")
            lines.append("    label=\(quote(document.title));")
            for node in graph.nodes where node.kind == .plan || node.kind == .section || node.kind == .item {
                lines.append("    \(quote(node.id.rawValue)) [label=\(quote(MermaidDiagram.label(node.label)))];")
            }
            for edge in graph.edges where edge.kind == .contains {
                guard let target = graph.node(edge.to), target.kind == .section || target.kind == .item else { continue }
                lines.append("    \(quote(edge.from.rawValue)) -> \(quote(edge.to.rawValue));")
            }
            lines.append("  }")
        }
        for link in analysis.alignment.links {
            let style = link.strength == .strong ? "solid" : "dashed"
            lines.append("  \(quote("m:item:\(link.municipal)")) -> \(quote("d:item:\(link.district)")) [style=\(style), color=\"#2e86c1\", label=\"\(Score.text(link.score))\"];")
        }
        for priority in analysis.priorities where priority.links.isEmpty {
            lines.append("  \(quote("m:item:\(priority.priority)")) [style=filled, fillcolor=\"#fde2e2\"];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    static func quote(_ text: String) -> String {
        "\"" + text.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
    }
}
