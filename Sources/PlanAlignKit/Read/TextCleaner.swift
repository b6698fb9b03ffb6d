/// Turns text extracted from a PDF, a web page or a Word file into clean lines.
///
/// Each step is a small function that tests call alone; `clean(_:)` runs them in order:
/// normalise characters, tighten spaces around numbers, and drop artifacts. What needs
/// to know the genre's numbering (running headers, web navigation, lines a PDF wrapped)
/// is the outline's concern: `LayoutRepair` in Parse.
public enum TextCleaner {
    /// Cleans a whole file's text into lines that remember their source lines.
    ///
    /// - Complexity: O(n) in the length of the text, plus O(l log l) to sort line widths.
    public static func clean(_ text: String) -> [LocatedText] { clean(text) { $0 } }

    /// `clean(_:)`, with each kept line made into what the next stage holds as it is cleaned:
    /// a long plan's lines are never held in two arrays at once.
    /// The text is taken, and goes when its lines are cleaned, before the stages after.
    static func clean<Line>(_ text: consuming String, _ make: (LocatedText) -> Line) -> [Line] {
        var lines: [Line] = []
        lines.reserveCapacity(contentLineCount(of: text))
        var number = 0
        // Each line passes through two buffers reused from line to line: only a line that is
        // kept is copied out, once.
        var normalized: [Unicode.Scalar] = [], tightened: [Unicode.Scalar] = []
        forEachPhysicalLine(of: text) { raw in
            number += 1
            var line: [Unicode.Scalar]
            // A line that cleaning leaves as it is holds no blank and no tab, so it is no table row either.
            if !raw.contains(where: changesWhenCleaned) {
                line = Array(exactly: raw[...])
            } else if let cells = tableCells(raw) {
                line = Array(cells.map { cleaned(Array($0), normalized: &normalized, tightened: &tightened) }
                    .joined(separator: [TextCleaner.cellSeparator]))
            } else {
                line = cleaned(raw, normalized: &normalized, tightened: &tightened)
            }
            line = stripTrailingImagePlaceholder(line)
            if line.isEmpty || isArtifact(line) { return }
            lines.append(make(LocatedText(characters: line, line: number)))
        }
        return lines
    }

    /// One line (or table cell) cleaned: characters normalised, spaces tightened, blanks trimmed.
    static func cleaned(_ line: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var normalized: [Unicode.Scalar] = [], tightened: [Unicode.Scalar] = []
        return cleaned(line, normalized: &normalized, tightened: &tightened)
    }

    /// `cleaned(_:)` through two buffers the caller reuses from line to line: only the result is a new array.
    ///
    /// Most lines hold nothing that cleaning changes (Han text with full-width punctuation
    /// and no blank): one look at each scalar finds that, and the line is copied as it is,
    /// into storage of its own size (the line may be a buffer reused from line to line, as
    /// large as the longest line so far).
    static func cleaned(_ line: [Unicode.Scalar], normalized: inout [Unicode.Scalar], tightened: inout [Unicode.Scalar]) -> [Unicode.Scalar] {
        if !line.contains(where: changesWhenCleaned) { return Array(exactly: line[...]) }
        normalizeCharacters(line, into: &normalized)
        tightenSpaces(normalized, into: &tightened)
        return Array(exactly: tightened[tightened.nonBlankBounds(tightened.indices)])
    }

    /// Whether a line holding `scalar` can change when it is cleaned: a blank (which is
    /// tightened, trimmed or made a space), a zero-width character, a full-width form that
    /// is not kept, or ASCII punctuation that Chinese text writes full-width.
    @inline(__always)
    static func changesWhenCleaned(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // Han text and the punctuation around it, nearly every scalar of a plan, never change.
        if value > 0x3000 && value < 0xFEFF { return false }
        if value >= 0xFF01 && value <= 0xFF5E { return !isKeptFullWidth(scalar) }
        return scalar.isBlank || fullWidthForm(of: scalar) != nil
    }

    /// What separates the cells of a table row in cleaned text.
    public static let cellSeparator: Unicode.Scalar = "\t"

    /// The cells of a line that reads as a table row: three or more cells, split at tabs,
    /// or at runs of two or more blanks when a cell after the first holds a digit. A
    /// row's cells are cleaned one by one, so that `79.9  80.5` never becomes `79.980.5`.
    static func tableCells(_ line: [Unicode.Scalar]) -> [ArraySlice<Unicode.Scalar>]? {
        let blank: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\u{3000}" || $0 == "\u{00A0}" }
        // Most lines have no tab and no run of blanks: they are no row, and nothing is allocated for them.
        var hasTab = false, gaps = 0
        for index in line.indices {
            if line[index] == "\t" { hasTab = true; break }
            // A run of two or more blanks starts a gap where its second blank stands.
            if index > 0, blank(line[index]), blank(line[index - 1]), index == 1 || !blank(line[index - 2]) { gaps += 1 }
        }
        guard hasTab || gaps >= 2 else { return nil }
        if hasTab {
            // Tabs are written on purpose (a Word or web table): each one ends a cell, and an
            // empty cell keeps its place; leading empty cells (a category spanning rows) drop.
            var cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            while let first = cells.first, !first.contains(where: { !$0.isBlank }) { cells.removeFirst() }
            return cells.count >= 3 ? cells : nil
        }
        var cells: [ArraySlice<Unicode.Scalar>] = []
        var start = 0, index = 0
        while index < line.count {
            if line[index] == "\t" || (blank(line[index]) && index + 1 < line.count && (blank(line[index + 1]) || line[index + 1] == "\t")) {
                var end = index
                while end < line.count, line[end] == "\t" || blank(line[end]) { end += 1 }
                if index > start, line[start..<index].contains(where: { !blank($0) }) { cells.append(line[start..<index]) }
                start = end
                index = end
            } else {
                index += 1
            }
        }
        if start < line.count, line[start...].contains(where: { !blank($0) }) { cells.append(line[start...]) }
        guard cells.count >= 3, cells.dropFirst().contains(where: { $0.contains(where: \.isASCIIDigit) }) else { return nil }
        return cells
    }

    static func trimBlanks(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        Array(scalars[scalars.nonBlankBounds(scalars.indices)])
    }

    // MARK: Characters

    /// Whether a full-width form is one that Chinese text keeps as it is: the full-width
    /// form of ASCII punctuation (`，；：（）！？`), which the clean-up itself writes.
    @inline(__always)
    static func isKeptFullWidth(_ scalar: Unicode.Scalar) -> Bool {
        Unicode.Scalar(scalar.value &- 0xFEE0).flatMap(fullWidthForm) == scalar
    }

    /// Applies NFKC to full-width digits, letters and symbols, and writes ASCII
    /// punctuation that sits in Chinese text in its full-width form.
    ///
    /// The result is one canonical form: `３５／１０万` becomes `35/10万`, `来源:重庆`
    /// becomes `来源：重庆`, and `办公室（安稳办）` is left as it is. Tabs, no-break and
    /// ideographic spaces become plain spaces; zero-width characters are removed.
    public static func normalizeCharacters(_ line: String) -> String {
        String(scalars: normalizeCharacters(line.scalars))
    }

    static func normalizeCharacters(_ line: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        normalizeCharacters(line, into: &scalars)
        return scalars
    }

    /// `normalizeCharacters(_:)` written into `scalars`, which is emptied first.
    static func normalizeCharacters(_ line: [Unicode.Scalar], into scalars: inout [Unicode.Scalar]) {
        scalars.removeAll(keepingCapacity: true)
        scalars.reserveCapacity(line.count)
        var hasASCIIPunctuation = false
        for scalar in line {
            switch scalar.value {
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
                continue
            case 0x09, 0xA0, 0x3000:
                scalars.append(" ")
            case 0xFF01...0xFF5E where !isKeptFullWidth(scalar):
                scalars.append(Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar)
            default:
                if fullWidthForm(of: scalar) != nil { hasASCIIPunctuation = true }
                scalars.append(scalar)
            }
        }
        guard hasASCIIPunctuation else { return }
        for index in scalars.indices {
            guard let wide = fullWidthForm(of: scalars[index]) else { continue }
            let before = scalars[..<index].last(where: { $0 != " " })
            let after = scalars[(index + 1)...].first(where: { $0 != " " })
            let chinese = { (c: Unicode.Scalar?) in c.map { $0.isChineseText || $0 == "“" || $0 == "”" } ?? false }
            if chinese(before) || chinese(after) { scalars[index] = wide }
        }
    }

    /// The full-width form of ASCII punctuation, used when it sits inside Chinese text.
    @inline(__always)
    static func fullWidthForm(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case ",": return "，"
        case ";": return "；"
        case ":": return "："
        case "(": return "（"
        case ")": return "）"
        case "!": return "！"
        case "?": return "？"
        default: return nil
        }
    }

    /// Removes spaces that a PDF puts around numbers and inside Chinese text, keeping
    /// the space between a Latin word and Chinese text (`AI 质控`, `HPV 疫苗`).
    ///
    /// `35/10 万` becomes `35/10万`, `达 85%` becomes `达85%`, `2025 年` becomes `2025年`.
    public static func tightenSpaces(_ line: String) -> String {
        String(scalars: tightenSpaces(line.scalars))
    }

    static func tightenSpaces(_ characters: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var output: [Unicode.Scalar] = []
        tightenSpaces(characters, into: &output)
        return output
    }

    /// `tightenSpaces(_:)` written into `output`, which is emptied first.
    static func tightenSpaces(_ characters: [Unicode.Scalar], into output: inout [Unicode.Scalar]) {
        output.removeAll(keepingCapacity: true)
        output.reserveCapacity(characters.count)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            guard character == " " else {
                output.append(character)
                index += 1
                continue
            }
            var end = index
            while end < characters.count, characters[end] == " " { end += 1 }
            let before = output.last, after = end < characters.count ? characters[end] : nil
            if let before, let after, !keepsSpace(between: before, and: after) {
                // drop the run of spaces
            } else if !output.isEmpty && after != nil {
                output.append(" ")
            }
            index = end
        }
    }

    static func keepsSpace(between before: Unicode.Scalar, and after: Unicode.Scalar) -> Bool {
        let numeric: (Unicode.Scalar) -> Bool = { $0.isASCIIDigit || $0 == "%" || $0 == "‰" || $0 == "." }
        let chinese: (Unicode.Scalar) -> Bool = { $0.isChineseText }
        if chinese(before) && chinese(after) { return false }
        if (numeric(before) && chinese(after)) || (chinese(before) && numeric(after)) { return false }
        if numeric(before) && numeric(after) { return false }
        if (numeric(before) && after == "/") || (before == "/" && numeric(after)) { return false }
        return true
    }

    // MARK: Artifacts

    /// Web-page chrome and print marks that carry no content.
    static let artifactLines: Set<String> = [
        "图片", "分享", "分享到", "打印", "打印本页", "关闭", "关闭窗口", "返回顶部", "【打印】", "【关闭】",
        "扫一扫", "扫一扫在手机打开当前页", "相关链接", "上一篇", "下一篇", "（此件主动公开）", "（此件公开发布）",
        "（此件依申请公开）", "（此件不予公开）",
    ]

    /// The scalars the lines of `artifactLines` start with.
    static let artifactFirsts = ScalarSet(String(artifactLines.compactMap(\.unicodeScalars.first).map(Character.init)))

    /// Whether a trimmed line is an artifact: web chrome, a run of arrows or bullets,
    /// a page number, or the colophon line of an issued document (`…办公室 2025年3月8日印发`).
    public static func isArtifact(_ line: String) -> Bool { isArtifact(line.scalars) }

    static func isArtifact(_ line: [Unicode.Scalar]) -> Bool {
        guard let first = line.first(where: { $0 != " " }), let last = line.last(where: { $0 != " " }) else { return false }
        let chrome = line.count <= 12 && artifactFirsts.contains(first) && artifactLines.contains(String(scalars: line))
        // Most lines start with Han text: then only web chrome, a `第…页` page number or a
        // colophon ending in `印发` can be an artifact, and the first and last scalars say which.
        if chrome || (first.isHan && first != "第" && last != "发") { return chrome }
        // A page number or a colophon is short: a long line needs no copy without its blanks.
        // Counted only as far as 41: a long line of text is passed over at its first 41 characters.
        guard line.count <= 60 || line.lazy.filter({ $0 != " " }).prefix(41).count <= 40 else {
            return line.allSatisfy { $0 == " " || CharacterSets.decorations.contains($0) }
        }
        let compact = line.filter { $0 != " " }
        if !compact.isEmpty && compact.allSatisfy({ CharacterSets.decorations.contains($0) }) { return true }
        if isPageNumber(compact) { return true }
        if compact.count <= 40, compact.count > 2, compact[compact.count - 2] == "印", compact[compact.count - 1] == "发",
           compact.contains("年"), compact.contains("日") { return true }
        return false
    }

    /// `- 3 -`, `— 12 —`, `第3页`, `第 3 页 共 9 页`, `3/9`.
    static func isPageNumber(_ compact: [Unicode.Scalar]) -> Bool {
        guard compact.count <= 16 else { return false }
        let dashes = CharacterSets.pageDashes
        let stripped = compact.drop(while: { dashes.contains($0) }).reversed().drop(while: { dashes.contains($0) })
        if stripped.count != compact.count, !stripped.isEmpty, stripped.allSatisfy(\.isASCIIDigit) { return true }
        if compact.first == "第", compact.contains("页"),
           compact.allSatisfy({ $0.isASCIIDigit || CharacterSets.pageWords.contains($0) }) { return true }
        let parts = compact.split(separator: "/")
        if parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }), compact.count <= 7 {
            return true
        }
        return false
    }

    /// Web pages append `图片` where an image stood; remove it from the end of a line.
    static func stripTrailingImagePlaceholder(_ line: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard line.count > 2, line[line.count - 2] == "图", line[line.count - 1] == "片" else { return line }
        return trimBlanks(Array(line.dropLast(2)))
    }
}

extension TextCleaner {
    /// The width of a line in a monospaced layout: Han and full-width characters count twice.
    static func displayWidth(_ scalars: [Unicode.Scalar]) -> Int {
        scalars.reduce(0) { $0 + ($1.isChineseText ? 2 : 1) }
    }
}
