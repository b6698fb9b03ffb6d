/// Helpers for writing GitHub-flavoured Markdown.
public enum MarkdownText {
    /// Text safe inside a table cell: `|` escaped, line breaks flattened.
    public static func cell(_ text: String) -> String {
        // Most cells hold nothing to escape: their bytes say so without reading characters.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "|") || $0 == 0x0A || $0 == 0x0D }) else { return text }
        var output = ""
        for character in text {
            switch character {
            case "|": output.append("\\|")
            case "\n", "\r", "\r\n": output.append(" ")
            default: output.append(character)
            }
        }
        return output
    }

    /// The cells of a table row as `table(_:_:)` writes it, with `\\|` read back as `|`.
    public static func cells(_ line: String) -> [String] {
        var cells: [String] = [], cell = "", escaped = false
        for character in line.trimmingBlanks.dropFirst() {
            if escaped { cell.append(character); escaped = false; continue }
            if character == "\\" { escaped = true; continue }
            if character == "|" { cells.append(cell.trimmingBlanks); cell = ""; continue }
            cell.append(character)
        }
        return cells
    }

    /// Text safe in a paragraph: the characters Markdown reads as emphasis, code or links escaped.
    public static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: { "\\*_~`[]<>".utf8.contains($0) }) else { return text }
        var output = ""
        for character in text {
            if "\\*_~`[]<>".contains(character) { output.append("\\") }
            output.append(character)
        }
        return output
    }

    /// A table with a header row; every row is padded or cut to the header's width.
    public static func table(_ header: [String], _ rows: [[String]]) -> String {
        var output = ""
        appendTable(header, rows, to: &output)
        return output
    }

    /// Appends `table(header, rows)` to `output`, cell by cell: a long plan's table is
    /// written once, not held line by line and then joined.
    static func appendTable(_ header: [String], _ rows: some Sequence<[String]>, to output: inout String) {
        appendRow(header, width: header.count, to: &output)
        output += "|"
        for _ in header { output += " --- |" }
        output += "\n"
        for row in rows { appendRow(row, width: header.count, to: &output) }
    }

    /// Appends one table row of `width` cells, `row`'s padded or cut to that width.
    private static func appendRow(_ row: [String], width: Int, to output: inout String) {
        output += width == 0 ? "| " : "|"
        for index in 0..<width {
            output += " "
            if index < row.count { output += cell(row[index]) }
            output += " |"
        }
        output += width == 0 ? " |\n" : "\n"
    }
}

extension PlanDocument {
    /// A readable outline: sections, items, departments, measures and targets.
    public var markdownOutline: String {
        var output = "# \(title)\n"
        for section in sections {
            output += "\n## \(section.ref). \(section.title)\n"
            for item in section.items {
                output += "\n### \(item.ref) \(item.title)\n\n"
                if let original = item.originalTitle { output += "- 原文 as written: \(original)\n" }
                output += "- 行 lines: \(item.lines.start)–\(item.lines.end)\n"
                if !item.lead.isEmpty { output += "- 牵头 lead: \(item.lead.joined(separator: "、"))\n" }
                if !item.responsible.isEmpty { output += "- 责任 responsible: \(item.responsible.joined(separator: "、"))\n" }
                for measure in item.measures {
                    output += "- \(measure.text)\n"
                    for target in measure.targets {
                        output += "  - \(target.status == .baseline ? "基期 baseline" : "目标 target"): \(target.indicator) \(target.comparator.rawValue) \(target.valueText)\(target.unit) (\(target.kind.rawValue), line \(target.line))\n"
                    }
                }
            }
        }
        return output
    }
}
