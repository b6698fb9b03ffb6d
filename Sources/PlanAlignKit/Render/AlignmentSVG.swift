/// One area's alignment as an inline SVG: its priorities on the left, the tasks that carry
/// them on the right, a line for each link (solid for strong, dashed for partial, dotted for
/// a weak candidate), and priorities nothing carries in red.
enum AlignmentSVG {
    /// The layout, in SVG units: a row per box, two columns of boxes and the gap the links cross.
    static let rowHeight = 30, boxWidth = 330, gap = 160

    static func area(_ analysis: GapAnalysis, _ index: Int) -> String {
        guard analysis.areas.indices.contains(index) else { return "" }
        let priorities = analysis.areas[index].priorities
        var tasks: [ItemRef] = []
        for priority in priorities {
            for link in priority.links where !tasks.contains(link.district) { tasks.append(link.district) }
        }
        tasks.sort()
        let rows = max(priorities.count, tasks.count, 1)
        let width = 2 * boxWidth + gap + 20, height = rows * rowHeight + 10
        func y(_ row: Int, of count: Int) -> Int {
            // Each column centred against the taller one.
            let offset = (rows - count) * rowHeight / 2
            return 5 + offset + row * rowHeight
        }
        var svg = "<svg class=\"alignment\" viewBox=\"0 0 \(width) \(height)\" role=\"img\">"
        for (row, priority) in priorities.enumerated() {
            let top = y(row, of: priorities.count)
            for link in priority.links {
                guard let taskRow = tasks.firstIndex(of: link.district) else { continue }
                let dash = link.strength == .strong ? "" : link.strength == .partial ? " stroke-dasharray=\"6 4\"" : " stroke-dasharray=\"2 4\""
                let stroke = link.strength == .strong ? "#1f6fa8" : link.strength == .partial ? "#5d9cc9" : "#b0b0b0"
                svg += "<line x1=\"\(10 + boxWidth)\" y1=\"\(top + rowHeight / 2 - 2)\" x2=\"\(10 + boxWidth + gap)\" y2=\"\(y(taskRow, of: tasks.count) + rowHeight / 2 - 2)\" "
                    + "stroke=\"\(stroke)\" stroke-width=\"\(link.strength == .strong ? 2.5 : 1.5)\"\(dash)/>"
            }
        }
        for (row, priority) in priorities.enumerated() {
            let fill = priority.status == .covered ? "#eef5fb" : priority.status == .candidate ? "#fbeee6" : "#fde2e2"
            let stroke = priority.status == .notCovered ? "#c0392b" : "#2e86c1"
            svg += box(x: 10, y: y(row, of: priorities.count), fill: fill, stroke: stroke, rounded: false, text: "\(priority.priority) \(priority.title)")
        }
        for (row, ref) in tasks.enumerated() {
            svg += box(x: 10 + boxWidth + gap, y: y(row, of: tasks.count), fill: "#e8f4fd", stroke: "#2e86c1", rounded: true,
                       text: "\(ref) \(analysis.task(ref)?.title ?? "")")
        }
        return svg + "</svg>\n"
    }

    static func box(x: Int, y: Int, fill: String, stroke: String, rounded: Bool, text: String) -> String {
        "<g><title>\(XMLText.escaped(text))</title><rect x=\"\(x)\" y=\"\(y)\" width=\"\(boxWidth)\" height=\"\(rowHeight - 6)\" rx=\"\(rounded ? 10 : 2)\" "
            + "fill=\"\(fill)\" stroke=\"\(stroke)\"/><text x=\"\(x + 8)\" y=\"\(y + rowHeight / 2 + 2)\">\(XMLText.escaped(DisplayLimits.cut(text, to: DisplayLimits.svgLabel)))</text></g>"
    }
}
