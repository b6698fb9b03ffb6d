/// Draws the alignment as a Mermaid flowchart (areas → priorities → tasks) that GitHub
/// and Gitee render; priorities no task carries are highlighted.
public enum MermaidDiagram {
    /// The flowchart source, without the code fence.
    public static func alignment(_ analysis: GapAnalysis) -> String {
        var lines = ["flowchart LR"]
        var tasks = Set<ItemRef>()
        for (section, priorities) in analysis.areas {
            lines.append("  A\(id(section.ref))[\"\(label("\(section.ref). \(section.title)"))\"]")
            for priority in priorities {
                lines.append("  A\(id(section.ref)) --> P\(id(priority.priority))[\"\(label("\(priority.priority) \(priority.title)"))\"]")
                for link in priority.links {
                    tasks.insert(link.district)
                    let arrow = link.strength == .strong ? "==>" : "-.->"
                    lines.append("  P\(id(priority.priority)) \(arrow) T\(id(link.district))")
                }
            }
        }
        for task in analysis.district.items where tasks.contains(task.ref) {
            lines.append("  T\(id(task.ref))(\"\(label("\(task.ref) \(task.title)"))\")")
        }
        lines.append("  classDef gap fill:#fde2e2,stroke:#c0392b,color:#7b241c")
        lines.append("  classDef task fill:#e8f4fd,stroke:#2e86c1")
        let gaps = analysis.priorities.filter { $0.links.isEmpty }.map { "P\(id($0.priority))" }
        if !gaps.isEmpty { lines.append("  class \(gaps.joined(separator: ",")) gap") }
        let taskIDs = analysis.district.items.filter { tasks.contains($0.ref) }.map { "T\(id($0.ref))" }
        if !taskIDs.isEmpty { lines.append("  class \(taskIDs.joined(separator: ",")) task") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The flowchart of one area (by its position among the analysis's areas): its
    /// priorities and the tasks that carry them, small enough to read.
    public static func area(_ analysis: GapAnalysis, _ index: Int) -> String {
        guard analysis.areas.indices.contains(index) else { return "flowchart LR\n" }
        let (_, priorities) = analysis.areas[index]
        var lines = ["flowchart LR"]
        var tasks: [ItemRef] = []
        for priority in priorities {
            lines.append("  P\(id(priority.priority))[\"\(label("\(priority.priority) \(priority.title)"))\"]")
            for link in priority.links {
                if !tasks.contains(link.district) { tasks.append(link.district) }
                let arrow = link.strength == .strong ? "==>" : "-.->"
                lines.append("  P\(id(priority.priority)) \(arrow) T\(id(link.district))")
            }
        }
        for ref in tasks.sorted() {
            lines.append("  T\(id(ref))(\"\(label("\(ref) \(analysis.task(ref)?.title ?? "")"))\")")
        }
        lines.append("  classDef gap fill:#fde2e2,stroke:#c0392b,color:#7b241c")
        lines.append("  classDef task fill:#e8f4fd,stroke:#2e86c1")
        let gaps = priorities.filter { $0.status != .covered }.map { "P\(id($0.priority))" }
        if !gaps.isEmpty { lines.append("  class \(gaps.joined(separator: ",")) gap") }
        if !tasks.isEmpty { lines.append("  class \(tasks.sorted().map { "T\(id($0))" }.joined(separator: ",")) task") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A node identifier from a ref: `2.1` becomes `2_1`.
    static func id(_ ref: ItemRef) -> String { ref.rawValue.replacingAll(".", with: "_") }

    /// A label that Mermaid accepts inside quotes, cut to a readable length (see `DisplayLimits.cut(_:to:)`).
    static func label(_ text: String) -> String {
        let short = DisplayLimits.cut(text, to: DisplayLimits.diagramLabel)
        return short.replacingAll("\"", with: "#quot;").replacingAll("“", with: "「").replacingAll("”", with: "」")
    }
}
