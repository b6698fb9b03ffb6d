/// Repairs the layout of cleaned lines where it depends on the genre's numbering: drops
/// running headers and trailing web navigation, and rejoins lines a PDF wrapped at the
/// page width. Each line's numbering marker is read once here and handed on.
enum LayoutRepair {
    /// The logical lines of a text, with the numbering marker each starts with: cleaned by
    /// `TextCleaner`, and numbered as each line is cleaned, so that a long plan's lines are
    /// never held in two arrays at once.
    ///
    /// - Complexity: O(n) in the length of the text, plus O(w log w) in its distinct line widths.
    static func logicalLines(of text: consuming String) -> [NumberedLine] {
        var lines = TextCleaner.clean(consume text) { NumberedLine(text: $0, marker: NumberingMarker.read($0.characters)) }
        // The drops work in place: a long plan's lines are never held twice.
        dropRepeatedHeaders(&lines)
        dropTrailingNavigation(&lines)
        dropTableOfContents(&lines)
        lines = IndicatorTable.rewrite(lines)
        rejoin(&lines)
        return lines
    }

    /// Drops a table of contents (目录): from its heading to the line where its first entry's
    /// number comes again as the plan's own heading. Without that repeat nothing is dropped.
    ///
    /// - Complexity: O(n) in the number of lines.
    static func dropTableOfContents(_ lines: inout [NumberedLine]) {
        // 目录 or 目次, perhaps spaced out: checked on the scalars, without a string per line.
        let isContentsHeading = { (line: NumberedLine) -> Bool in
            let characters = line.text.characters
            guard characters.count <= 8, characters.first == "目" else { return false }
            let letters = characters.filter { !$0.isBlank }
            return letters.count == 2 && (letters[1] == "录" || letters[1] == "次")
        }
        guard let start = lines.firstIndex(where: isContentsHeading),
              let first = lines[(start + 1)...].firstIndex(where: { $0.marker != nil }), let entry = lines[first].marker,
              let end = lines[(first + 1)...].firstIndex(where: { $0.marker?.style == entry.style && $0.marker?.number == entry.number })
        else { return }
        lines.removeSubrange(start..<end)
    }

    /// Drops short unpunctuated lines that repeat three or more times: running page headers
    /// and footers. A repeated line with punctuation is content (`委属各单位）` ends many tasks).
    ///
    /// - Complexity: O(n) in the number of lines.
    static func dropRepeatedHeaders(_ lines: inout [NumberedLine]) {
        // Only short lines without punctuation can be headers; only they are counted.
        let candidate = { (numbered: NumberedLine) in
            let line = numbered.text
            return line.characters.count <= 30
                && !line.characters.contains(where: { $0.isCJKPunctuation || ($0.isASCII && !$0.isASCIIDigit && !$0.isASCIILetter && $0 != " ") })
        }
        var counts: [[Unicode.Scalar]: Int] = [:]
        for line in lines where candidate(line) { counts[line.text.characters, default: 0] += 1 }
        guard counts.values.contains(where: { $0 >= 3 }) else { return }
        lines.removeAll { line in
            guard candidate(line), let count = counts[line.text.characters], count >= 3 else { return false }
            return line.marker == nil
        }
    }

    /// Drops the short unpunctuated lines after the last sentence of a web page: its
    /// navigation and footer links.
    static func dropTrailingNavigation(_ lines: inout [NumberedLine]) {
        var end = lines.count
        while end > 0 {
            let line = lines[end - 1].text.characters
            let terminal = line.last.map { CharacterSets.terminalMarks.contains($0) } ?? false
            guard line.count <= 12, !terminal, lines[end - 1].marker == nil else { break }
            end -= 1
        }
        lines.removeSubrange(end...)
    }

    /// Rejoins lines that were wrapped at the page width.
    ///
    /// A line continues on the next when it is nearly as wide as the document's usual
    /// full line (85% of the 90th percentile of widths), does not end a sentence, and the
    /// next line does not start a numbered heading. Web pages, whose paragraphs are
    /// single long lines, therefore keep their short title and heading lines apart.
    ///
    /// - Complexity: O(n) in the number of lines, plus O(w log w) in the number of distinct widths.
    static func rejoin(_ lines: inout [NumberedLine]) {
        guard lines.count >= 5 else { return }
        // Each line's width is measured once, for the percentile and for the joins.
        let widths = lines.map { TextCleaner.displayWidth($0.text.characters) }
        let fullWidth = Double(percentileWidth(of: widths, rank: lines.count * 9 / 10)) * 0.85
        // First the runs of lines that join, then each run built once at its full size: a
        // paragraph grown line by line would keep up to twice the room it needs.
        var starts: [Int32] = []
        var previousWidth = 0, headMarker: NumberingMarker?
        for (index, line) in lines.enumerated() {
            let width = widths[index]
            let continues = index > 0 && Double(previousWidth) >= fullWidth
                && lines[index - 1].text.characters.last.map { !CharacterSets.fullStops.contains($0) } ?? false
                && headMarker?.style != .standalone
                && line.marker == nil
            if !continues {
                starts.append(Int32(index))
                headMarker = line.marker
            }
            previousWidth = width
        }
        var output: [NumberedLine] = []
        output.reserveCapacity(starts.count)
        for position in starts.indices {
            let start = Int(starts[position]), end = position + 1 < starts.count ? Int(starts[position + 1]) : lines.count
            guard end - start > 1 else {
                output.append(lines[start])
                lines[start].text = .empty
                continue
            }
            var text = LocatedText(characters: [], marks: [])
            text.reserveCapacity(lines[start..<end].reduce(0) { $0 + $1.text.characters.count })
            for index in start..<end {
                text.append(lines[index].text)
                // Each wrapped line goes once it is copied: the plan is never held twice.
                lines[index].text = .empty
            }
            output.append(NumberedLine(text: text, marker: lines[start].marker))
        }
        lines = output
    }

    /// The width at `rank` (from 0) among the lines' display widths `widths` in increasing order, read
    /// from a count of each width: a long plan has a million lines, and only a few hundred
    /// widths.
    static func percentileWidth(of widths: [Int], rank: Int) -> Int {
        // Widths up to a long line's are counted in an array; the rare wider ones by dictionary.
        var counts = [Int](repeating: 0, count: 512), wider: [Int: Int] = [:]
        for width in widths {
            if width < counts.count { counts[width] += 1 } else { wider[width, default: 0] += 1 }
        }
        var below = 0
        for width in counts.indices {
            below += counts[width]
            if below > rank { return width }
        }
        for width in wider.keys.sorted() {
            below += wider[width, default: 0]
            if below > rank { return width }
        }
        return 0
    }
}

/// A cleaned line and the numbering marker it starts with, if any.
struct NumberedLine {
    var text: LocatedText
    var marker: NumberingMarker?
}
