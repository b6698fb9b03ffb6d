/// The gap report as a Word document a planner can print and send on: the same sections in
/// the same order as the Markdown report, tables with header rows repeated on every page,
/// and, in place of the diagrams' source, a coverage matrix of areas and priorities.
public enum WordReport {
    /// The report as `.docx` bytes.
    public static func render(_ analysis: GapAnalysis, language: ReportLanguage = .chinese) -> [UInt8] {
        var document = WordDocument(date: "")
        for block in ReportLayout.blocks(analysis, language: language) {
            switch block {
            case .heading(let level, let text):
                document.paragraph(level == 1 ? .title : level == 2 ? .heading1 : .heading2, [.text(text, bold: level >= 4)])
            case .facts(let lines):
                for line in lines { document.paragraph(.note, [.text(line.replacingAll("`", with: ""))]) }
            case .bullets(let lines):
                for line in lines { document.paragraph(.body, [.text("· " + line)]) }
            case .paragraph(let text):
                document.paragraph(.body, [.text(text)])
            case .table(let table):
                if table.rows.isEmpty {
                    document.paragraph(.body, [.text(table.empty)])
                } else {
                    document.table(table.header, Array(table.rows), widths: widths(table))
                }
            case .diagrams:
                // A printed page cannot draw a flowchart well: a matrix of areas and priorities instead.
                document.paragraph(.body, [.text(language.office.matrixLegend)])
                let matrix = coverageMatrix(analysis, language)
                document.table(matrix.header, matrix.rows, widths: widths(ReportTable(kind: .coverage, header: matrix.header, rows: ReportRows(matrix.rows), empty: "")))
            case .coverageBars:
                continue
            case .commands(let lines):
                for line in lines { document.paragraph(.cell, [.text(line)]) }
            }
        }
        return document.package()
    }

    /// A Markdown text of this tool's own (headings, bullet lines, tables, paragraphs) as a Word
    /// document in the genre's page and fonts: the portfolio's view of every district.
    public static func render(markdown: String) -> [UInt8] {
        var document = WordDocument(date: "")
        var table: [[String]] = []
        func flush() {
            guard let header = table.first else { return }
            let rows = Array(table.dropFirst())
            document.table(header, rows, widths: widths(ReportTable(kind: .summary, header: header, rows: ReportRows(rows), empty: "")))
            table = []
        }
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("|") {
                let cells = MarkdownText.cells(line)
                if !cells.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 == "-" || $0 == ":" } }) { table.append(cells) }
                continue
            }
            flush()
            if line.hasPrefix("# ") { document.paragraph(.title, [.text(String(line.dropFirst(2)))]) }
            else if line.hasPrefix("## ") { document.paragraph(.heading1, [.text(String(line.dropFirst(3)))]) }
            else if line.hasPrefix("### ") { document.paragraph(.heading2, [.text(String(line.dropFirst(4)))]) }
            else if line.hasPrefix("- ") { document.paragraph(.body, [.text("· " + String(line.dropFirst(2)).replacingAll("`", with: ""))]) }
            else if !line.trimmingBlanks.isEmpty && !line.hasPrefix("```") { document.paragraph(.body, [.text(line)]) }
        }
        flush()
        return document.package()
    }

    /// Areas by rows, their priorities across: `2.1 强`, `2.2 部分`, `2.3 缺`.
    static func coverageMatrix(_ analysis: GapAnalysis, _ words: ReportLanguage) -> (header: [String], rows: [[String]]) {
        let width = analysis.areas.map(\.priorities.count).max() ?? 0
        let header = [words.office.area] + (0..<width).map { words.fill(words.office.priorityColumn, ["n": String($0 + 1)]) }
        let rows = analysis.areas.map { area in
            ["\(area.section.ref). \(area.section.title)"] + (0..<width).map { position in
                guard position < area.priorities.count else { return "" }
                let priority = area.priorities[position]
                return "\(priority.priority) " + (words.office.matrixMarks[priority.status == .covered ? (priority.strength == .strong ? "strong" : "partial")
                    : priority.status == .candidate ? "candidate" : "none"] ?? "")
            }
        }
        return (header, rows)
    }

    /// Column widths in twentieths of a point, filling the A4 text width: each column gets
    /// room for its header, or its longest cell when that is short, and the columns with long
    /// text share what is left in proportion to their length (a Chinese character counts twice).
    static func widths(_ table: ReportTable) -> [Int] {
        let total = 8844, perUnit = 125, padding = 240
        func units(_ text: String) -> Int { TextCleaner.displayWidth(text.scalars) }
        let longest = table.header.indices.map { column in table.rows.map { column < $0.count ? units($0[column]) : 0 }.max() ?? 0 }
        let minimum = table.header.indices.map { column in min(2200, max(units(table.header[column]), min(longest[column], 12)) * perUnit + padding) }
        let spare = max(0, total - minimum.reduce(0, +))
        let extra = longest.enumerated().map { column, length in max(0, min(80, length) * perUnit + padding - minimum[column]) }
        let extraSum = extra.reduce(0, +)
        return minimum.enumerated().map { column, width in width + (extraSum == 0 ? spare / max(1, minimum.count) : spare * extra[column] / extraSum) }
    }
}
