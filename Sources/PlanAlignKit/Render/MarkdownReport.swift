/// One block of a rendered report.
public enum ReportBlock: Sendable, Hashable {
    case heading(level: Int, text: String)
    /// Short facts under the title (the two plans).
    case facts([String])
    case table(ReportTable)
    case bullets([String])
    case paragraph(String)
    /// The alignment diagrams: a legend, then one per area, named by its heading and its
    /// position among the analysis's areas. Each format draws them its own way.
    case diagrams(legend: String, areas: [DiagramArea])
    /// The coverage of each area at a glance, where a format can draw it (the web page's bars).
    case coverageBars
    /// Commands to run, one a line.
    case commands([String])
}

/// One area's diagram: its heading and its position among the analysis's areas.
public struct DiagramArea: Sendable, Hashable {
    public var heading: String
    public var index: Int
}

/// A table of a report: what it holds, its header and its rows, every cell text.
public struct ReportTable: Sendable, Hashable {
    /// What a table holds.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case summary, behind, missing, unmapped, candidates, uncoveredMeasures, coverage, aggregates, districtOnly, departments,
             rejected, stale, readingNotes
    }

    public var kind: Kind
    public var header: [String]
    public var rows: ReportRows
    /// What stands in place of a table with no rows.
    public var empty: String
}

/// A table's rows: held, or made one at a time as they are read. A long plan's tables of
/// district-only tasks and reading notes hold a row per task or note; made as they are
/// written, they are never all held beside the report's text.
public struct ReportRows: RandomAccessCollection, ExpressibleByArrayLiteral, Sendable, Hashable {
    private let stored: [[String]]
    private let made: (count: Int, row: @Sendable (Int) -> [String])?

    /// Rows held as they are.
    public init(_ rows: [[String]]) {
        stored = rows
        made = nil
    }

    public init(arrayLiteral rows: [String]...) { self.init(rows) }

    /// `count` rows, row `n` made by `row(n)` each time it is read.
    init(count: Int, _ row: @escaping @Sendable (Int) -> [String]) {
        stored = []
        made = (count, row)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { made?.count ?? stored.count }
    public subscript(position: Int) -> [String] { made.map { $0.row(position) } ?? stored[position] }

    public static func == (left: ReportRows, right: ReportRows) -> Bool { left.elementsEqual(right) }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for row in self { hasher.combine(row) }
    }
}

/// Renders a gap analysis as a GitHub-flavoured Markdown report (see `ReportLayout`).
public enum MarkdownReport {
    /// The report in `language`.
    public static func render(_ analysis: GapAnalysis, language: ReportLanguage = .chinese) -> String {
        var output = ""
        // Each block goes once it is written: a long plan's tables are not held beside their text.
        var blocks = ReportLayout.blocks(analysis, language: language)
        blocks.reverse()
        while let block = blocks.popLast() {
            switch block {
            case .heading(let level, let text):
                // One blank line before a heading, however the block before it ended.
                output += (level == 1 || output.hasSuffix("\n\n") ? "" : "\n") + String(repeating: "#", count: level) + " " + text + "\n\n"
            case .facts(let lines), .bullets(let lines):
                output += lines.map { "- \($0)\n" }.joined()
            case .table(let table):
                if table.rows.isEmpty { output += table.empty + "\n" } else { MarkdownText.appendTable(table.header, table.rows, to: &output) }
            case .paragraph(let text):
                output += text + "\n\n"
            case .diagrams(let legend, let areas):
                output += legend + "\n"
                for area in areas { output += "\n### \(area.heading)\n\n```mermaid\n" + MermaidDiagram.area(analysis, area.index) + "```\n" }
            case .coverageBars:
                continue
            case .commands(let lines):
                output += "\n```\n" + lines.map { $0 + "\n" }.joined() + "```\n"
            }
        }
        return output
    }
}
