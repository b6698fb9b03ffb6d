/// One block of a rendered report.
public enum ReportBlock: Sendable, Hashable {
    case heading(level: Int, text: String)
    /// Short facts under the title (the two plans).
    case facts([String])
    case table(ReportTable)
    case bullets([String])
    case paragraph(String)
    /// The alignment diagram of one area, by its position among the analysis's areas.
    case diagram(area: Int)
    /// Commands to run, one a line.
    case commands([String])
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
    public var rows: [[String]]
    /// What stands in place of a table with no rows.
    public var empty: String
}

/// Renders a gap analysis as a GitHub-flavoured Markdown report (see `ReportLayout`).
public enum MarkdownReport {
    /// The report in `language`.
    public static func render(_ analysis: GapAnalysis, language: ReportLanguage = .chinese) -> String {
        var output = ""
        for block in ReportLayout.blocks(analysis, language: language) {
            switch block {
            case .heading(let level, let text):
                // One blank line before a heading, however the block before it ended.
                output += (level == 1 || output.hasSuffix("\n\n") ? "" : "\n") + String(repeating: "#", count: level) + " " + text + "\n\n"
            case .facts(let lines), .bullets(let lines):
                output += lines.map { "- \($0)\n" }.joined()
            case .table(let table):
                output += table.rows.isEmpty ? table.empty + "\n" : MarkdownText.table(table.header, table.rows)
            case .paragraph(let text):
                output += text + "\n\n"
            case .diagram(let area):
                output += "```mermaid\n" + MermaidDiagram.area(analysis, area) + "```\n"
            case .commands(let lines):
                output += "\n```\n" + lines.map { $0 + "\n" }.joined() + "```\n"
            }
        }
        return output
    }
}
