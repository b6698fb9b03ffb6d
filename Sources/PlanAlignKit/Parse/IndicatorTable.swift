/// Indicator tables (`指标名称 | 2025年 | 2027年 | 属性`), as the cleaner hands them on: one
/// line per row, cells separated by `TextCleaner.cellSeparator`.
///
/// Each data row is read into one sentence of the genre, at the row's source line, so that
/// the target reader reads it like any other: `2027年人均预期寿命达到80.5岁`. A column of
/// an earlier year (or one headed 基期, 现状) gives a past value, `2025年人均预期寿命基期值为
/// 79.9岁`; each later one a target for that year. A table without a recognisable header is
/// given back as plain lines.
enum IndicatorTable {
    /// What each column of a header holds.
    enum Column: Equatable {
        case name, unit, attribute, other
        /// A value column: the year it is for, if its header names one, and whether it holds past values.
        case value(year: Int?, past: Bool)
    }

    /// Rewrites every table block among `lines`.
    ///
    /// - Complexity: O(n) in the length of the lines.
    static func rewrite(_ lines: [NumberedLine]) -> [NumberedLine] {
        guard lines.contains(where: { $0.text.characters.contains(TextCleaner.cellSeparator) }) else { return lines }
        var output: [NumberedLine] = []
        // The table being read: its columns and header line, and whether a row was read yet.
        var table: (columns: [Column], header: NumberedLine, rows: Int)?
        func close() {
            // A header no row followed is text like any other: it is never dropped.
            if let open = table, open.rows == 0 { output.append(plain(open.header)) }
            table = nil
        }
        for line in lines {
            let characters = line.text.characters
            guard characters.contains(TextCleaner.cellSeparator) else {
                close()
                output.append(line)
                continue
            }
            let cells = characters.split(separator: TextCleaner.cellSeparator, omittingEmptySubsequences: false).map { Array($0) }
            if let columns = columns(of: cells) {
                close()
                table = (columns, line, 0)
                continue
            }
            guard let open = table, let sentence = sentence(row: cells, header: open.columns) else {
                close()
                output.append(plain(line))
                continue
            }
            // The first row carries the header's line too: the header is read into it.
            let marks = (open.rows == 0 ? [LineMark(offset: 0, line: open.header.text.firstLine)] : []) + [LineMark(offset: 0, line: line.text.firstLine)]
            let text = LocatedText(characters: sentence, marks: marks)
            if open.rows > 0 {
                output[output.count - 1].text.append(text)
            } else if let last = output.last, isCaption(last) {
                // The rows of one table read as one paragraph, under its caption (专栏1 主要发展指标)
                // when one stands right before the header: the caption heads it, as a heading with a colon.
                output[output.count - 1].text.append(LocatedText(characters: ["："], marks: []))
                output[output.count - 1].text.append(text)
            } else {
                output.append(NumberedLine(text: text, marker: nil))
            }
            table?.rows += 1
        }
        close()
        return output
    }

    /// A line with cells that is no row of a known table, as the cleaner would have given it.
    static func plain(_ line: NumberedLine) -> NumberedLine {
        let cells = line.text.characters.split(separator: TextCleaner.cellSeparator, omittingEmptySubsequences: false)
        let joined = TextCleaner.tightenSpaces(Array(cells.joined(separator: [" "])))
        return NumberedLine(text: LocatedText(characters: joined, line: line.text.firstLine), marker: NumberingMarker.read(joined))
    }

    /// Whether a line is a table's caption: short, not a sentence (`专栏1 主要发展指标`, `（三）主要指标`).
    static func isCaption(_ line: NumberedLine) -> Bool {
        let characters = line.text.characters
        return characters.count <= 30 && !characters.contains(TextCleaner.cellSeparator)
            && !characters.contains { CharacterSets.measureBreaks.contains($0) || $0 == "，" }
    }

    /// The columns of a header row: one naming the indicator (`指标`, `指标名称`) and at
    /// least one of values (`2025年`, `目标值`); nil for any other row.
    static func columns(of cells: [[Unicode.Scalar]]) -> [Column]? {
        let columns = cells.map { cell -> Column in
            let text = String(scalars: cell)
            if let year = year(in: cell) {
                return .value(year: year, past: ["基期", "现状", "基数", "基准", "基线"].contains { text.includes($0) })
            }
            if ["目标值", "目标", "预期值"].contains(where: { text.includes($0) }) { return .value(year: nil, past: false) }
            if ["基期值", "现状值", "基数"].contains(where: { text.includes($0) }) { return .value(year: nil, past: true) }
            if text == "单位" || text == "计量单位" { return .unit }
            if ["属性", "性质", "类型"].contains(where: { text.includes($0) }) { return .attribute }
            if text.includes("指标") { return .name }
            return .other
        }
        guard columns.contains(.name), columns.contains(where: { if case .value = $0 { return true }; return false }) else { return nil }
        // With several dated columns and none marked, the earliest year is where the plan starts from.
        let years = columns.compactMap { column -> Int? in if case .value(let year?, false) = column { return year }; return nil }
        guard years.count >= 2, !columns.contains(where: { if case .value(_, true) = $0 { return true }; return false }), let first = years.min() else {
            return columns
        }
        return columns.map { column in
            if case .value(let year?, false) = column, year == first { return .value(year: year, past: true) }
            return column
        }
    }

    /// A four-digit year in a header cell (`2025年`, `2027年目标`).
    static func year(in cell: [Unicode.Scalar]) -> Int? {
        var index = 0
        while index + 4 <= cell.count {
            let digits = cell[index..<(index + 4)]
            if digits.allSatisfy(\.isASCIIDigit), index == 0 || !cell[index - 1].isASCIIDigit,
               index + 4 == cell.count || !cell[index + 4].isASCIIDigit, let year = Int(String(scalars: Array(digits))), (1990...2100).contains(year) {
                return year
            }
            index += 1
        }
        return nil
    }

    /// The sentence a data row says, or nil when it names no indicator or holds no value.
    ///
    /// Cells are matched to the header from the right: a row may lack the leading cells of a
    /// category that spans several rows (`健康水平`).
    static func sentence(row cells: [[Unicode.Scalar]], header: [Column]) -> [Unicode.Scalar]? {
        let offset = header.count - cells.count
        guard offset >= 0 else { return nil }
        func cell(_ column: Int) -> [Unicode.Scalar]? { column - offset >= 0 ? cells[column - offset] : nil }
        guard let nameColumn = header.firstIndex(of: .name), var name = cell(nameColumn), name.contains(where: \.isHan) else { return nil }
        var unit = header.firstIndex(of: .unit).flatMap(cell) ?? []
        if let open = name.lastIndex(where: { $0 == "（" || $0 == "(" }), name.last == "）" || name.last == ")" {
            // `人均预期寿命（岁）`: the unit in brackets after the name.
            let inner = Array(name[(open + 1)..<(name.count - 1)])
            if unit.isEmpty, inner.count <= 6, !inner.contains(where: { $0.isHan && !unitCharacters.contains($0) }) { unit = inner }
            if inner.count <= 6 { name = Array(name[..<open]) }
        }
        if unit.first == "1", unit.dropFirst().first == "/" { unit.removeFirst() }
        var clauses: [[Unicode.Scalar]] = []
        for (index, column) in header.enumerated() {
            guard case .value(let year, let past) = column, let value = cell(index) else { continue }
            if let phrase = valuePhrase(value, unit: unit, past: past) {
                clauses.append((year.map { "\($0)年".scalars } ?? []) + name + phrase)
            } else if !past, value.contains(where: \.isHan) {
                // A target in words (`持续提高`): a commitment without a number.
                clauses.append((year.map { "\($0)年".scalars } ?? []) + name + value)
            }
        }
        if clauses.isEmpty { clauses = [name] }
        var sentence = Array(clauses.joined(separator: ["；"]))
        if let attribute = header.firstIndex(of: .attribute).flatMap(cell), !attribute.isEmpty { sentence += ["（"] + attribute + ["）"] }
        return sentence + ["。"]
    }

    /// Characters that may stand in a unit in brackets (`（个/千人）`, `（万人次）`).
    static let unitCharacters = ScalarSet("个人次张名岁元万千百亿件家所床位分钟小时天年例项台支")

    /// Comparator signs a cell may start with, and the words they are written as.
    static let signs: [(String, String)] = [("≥", "不低于"), ("≤", "不超过"), (">", "超过"), ("<", "低于"), ("＞", "超过"), ("＜", "低于")]

    /// A value cell as a phrase: `≥90` becomes `不低于90%`, `80.5` becomes `达到80.5岁` (its
    /// direction is the indicator's), a past value `基期值为79.9岁`. A cell with no number
    /// (`—`, `持续提高`) gives nil.
    static func valuePhrase(_ cell: [Unicode.Scalar], unit: [Unicode.Scalar], past: Bool) -> [Unicode.Scalar]? {
        var rest = cell[...]
        var word = past ? "基期值为" : "达到"
        for (sign, written) in signs where rest.starts(with: sign.unicodeScalars) {
            rest = rest.dropFirst(sign.unicodeScalars.count)
            if !past { word = written }
        }
        while rest.first == " " { rest = rest.dropFirst() }
        let digits = rest.prefix { $0.isASCIIDigit || $0 == "." }
        guard !digits.isEmpty, digits.first != "." else { return nil }
        var after = rest.dropFirst(digits.count)
        var multiplier: [Unicode.Scalar] = []
        if let first = after.first, first == "万" || first == "亿" {
            multiplier = [first]
            after = after.dropFirst()
        }
        // A cell that writes its own unit (`90%`) keeps it; otherwise the column's unit follows.
        let ownUnit = after.first.map { $0 == "%" || $0 == "‰" || $0.isHan && unitCharacters.contains($0) } ?? false
        return word.scalars + Array(digits) + multiplier + (ownUnit || unit.isEmpty ? [] : unit) + Array(after)
    }
}
