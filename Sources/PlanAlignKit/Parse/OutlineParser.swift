/// Reads the outline of a Chinese official work plan: its sections and their items.
///
/// It recognises the numbering levels of the genre (`一、`, `（一）`, `1.`, `（1）`, `①`) and
/// the web-article layout, where a section starts with a line holding only its number and
/// its items are short heading sentences ending in `。`, each followed by a paragraph.
public enum OutlineParser {
    /// Parses cleaned text into a plan, without reading targets.
    ///
    /// - Throws: `InputError.noOutline` when no numbered items are found.
    /// - Complexity: O(n) in the length of the text.
    public static func parse(_ source: PlanSource) throws -> PlanDocument {
        let path = source.path
        let parts = try parts(of: source)
        return PlanDocument(path: path, title: parts.title, sections: parts.sections, looseMeasures: parts.loose, notes: parts.notes)
    }

    /// What a plan is built from, before it is one: the stages after the outline (targets)
    /// fill in the measures without copying a document's second list of items.
    struct Parts {
        var title: String
        var sections: [PlanSection]
        var loose: [Measure]
        var notes: [ParseNote]
    }

    /// The outline of `source` as parts; see `parse(_:)`.
    ///
    /// The source is taken, so that its text goes once it is cleaned: a long plan's text is
    /// not held beside its lines and then its items. A source converted from traditional
    /// characters keeps it, to restore the titles as written.
    static func parts(of source: consuming PlanSource) throws -> Parts {
        let numbered = LayoutRepair.logicalLines(of: source.original == nil ? source.handingOverText() : source.text)
        let lines = numbered.map(\.text)
        // Without a numbered top level, short unnumbered headings (指导思想, 重点任务) restart the numbering below them.
        let hasTopLevel = numbered.contains { $0.marker?.style.isTopLevel == true }
        let resets = hasTopLevel ? [] : Set(numbered.indices.filter { numbered[$0].marker == nil && $0 > 0 && isUnnumberedHeading(numbered[$0].text) })
        let (markers, slips) = acceptedMarkers(numbered, resets: resets)
        var blocks = outline(lines: lines, markers: markers)
        let used = Set([blocks.sectionStyle, blocks.itemStyle].compactMap { $0 })
        var notes = slips.filter { used.contains($0.style) }.map(\.note)
        if source.convertedFromTraditional {
            notes.append(ParseNote(kind: .traditionalScript, line: 1, expected: "simplified characters", found: "traditional characters, read as simplified"))
        }
        if blocks.inferred, let first = blocks.sections.first?.items.first?.lines.first {
            notes.insert(ParseNote(kind: .inferredOutline, line: first.firstLine, expected: "numbered headings", found: "none: each paragraph read as an item"), at: 0)
        }
        let documentTitle = title(preamble: blocks.preamble, path: source.path)
        var (sections, intros) = assemble(&blocks)
        guard sections.contains(where: { !$0.items.isEmpty }) else { throw InputError.noOutline(path: source.path) }
        for index in sections.indices where sections[index].title.isEmpty { sections[index].title = documentTitle }
        if let original = source.original { restoreOriginalTitles(&sections, original: original, converted: source.text) }
        let loose = (blocks.preamble + intros).flatMap { SentenceSplitter.measures($0) }.map { Measure(located: $0) }
        return Parts(title: documentTitle, sections: sections, loose: loose, notes: notes)
    }

    /// The logical lines of a text, cleaned and with its layout repaired, as the outline reads them.
    public static func logicalLines(of text: String) -> [LocatedText] {
        LayoutRepair.logicalLines(of: text).map(\.text)
    }

    // MARK: Numbering sequences

    /// A number that broke its sequence but was kept, because its line reads as a heading.
    struct Slip {
        var style: NumberingStyle
        var note: ParseNote
    }

    /// Keeps the markers that continue a numbering sequence: each number follows the last
    /// of its style, or restarts at 1 after a marker of an outer style. A marker that breaks
    /// the sequence (skipped, repeated, mistyped or out of order) is kept too when its line
    /// reads as a heading, and reported as a slip: dropping it would fold the item, and
    /// every item after it, into the one before.
    ///
    /// This tells a heading from a wrapped line that happens to start with a number.
    static func acceptedMarkers(_ lines: [NumberedLine], resets: Set<Int> = []) -> (markers: [NumberingMarker?], slips: [Slip]) {
        var last: [NumberingStyle: Int] = [:]
        var lastIndex: [NumberingStyle: Int] = [:]
        var used: [NumberingStyle: Set<Int>] = [:]
        var accepted = [NumberingMarker?](repeating: nil, count: lines.count)
        var slips: [Slip] = []
        // The next number of the same style after each line: a skipped number followed by
        // itself was a typo for the one expected (`19.` `21.` `21.` means 20).
        var nextNumber = [Int?](repeating: nil, count: lines.count), seenNext: [NumberingStyle: Int] = [:]
        for index in lines.indices.reversed() {
            guard let marker = lines[index].marker else { continue }
            nextNumber[index] = seenNext[marker.style]
            seenNext[marker.style] = marker.number
        }
        for (index, line) in lines.enumerated() {
            if resets.contains(index) {
                last = [:]
                used = [:]
            }
            guard var marker = line.marker else { continue }
            let previous = last[marker.style] ?? 0
            let outerSince = lastIndex.contains { style, position in
                style < marker.style && position > (lastIndex[marker.style] ?? -1)
            }
            let continues = marker.number == previous + 1 || (marker.number == 1 && outerSince)
            guard continues || (previous > 0 && readsAsHeading(line)) else { continue }
            if continues && marker.number == 1 && outerSince { used[marker.style] = [] }
            if !continues {
                let expected = NumberingMarker.written(previous + 1, style: marker.style)
                let found = String(scalars: line.text.characters.prefix(marker.length))
                slips.append(Slip(style: marker.style, note: ParseNote(kind: .numberingSlip, line: line.text.firstLine,
                                                                       expected: expected, found: found)))
                // A number typed twice, or typed ahead of itself, stands for the one expected,
                // so that refs stay unique; any other slip keeps the number written.
                if used[marker.style, default: []].contains(marker.number) || nextNumber[index] == marker.number {
                    marker.number = previous + 1
                }
            }
            used[marker.style, default: []].insert(marker.number)
            accepted[index] = marker
            last[marker.style] = marker.number
            lastIndex[marker.style] = index
        }
        return (accepted, slips)
    }

    /// Whether a numbered line reads as a heading: Han text right after the marker, and a
    /// first sentence short enough to be a heading, or a short line.
    static func readsAsHeading(_ line: NumberedLine) -> Bool {
        guard let marker = line.marker else { return false }
        let rest = Array(line.text.characters.dropFirst(marker.length).drop { $0 == " " })
        guard let first = rest.first, first.isHan || first == "“" || first == "《" else { return false }
        let sentence = rest.prefix { !CharacterSets.fullStops.contains($0) }
        return sentence.count <= 40 && SentenceSplitter.isHeading(Array(sentence), maxLength: 40)
    }

    // MARK: Blocks

    /// The lines of one section or item, with the marker that opened it.
    struct Block {
        var marker: NumberingMarker?
        var lines: [LocatedText]
        /// Whether the block is a paragraph read as an item, with no number or heading of its own.
        var inferred = false
    }

    /// A section's heading lines and its items' blocks.
    struct SectionBlock {
        var marker: NumberingMarker?
        var heading: [LocatedText]
        var items: [Block]
        var numbered: Bool
        /// Whether the heading was inferred from an unnumbered line, or there is none.
        var inferred = false
        /// Outer headings that follow the section (a chapter heading before the next section).
        var trailing: [LocatedText] = []
    }

    struct Outline {
        var preamble: [LocatedText]
        var sections: [SectionBlock]
        /// The styles that opened sections and items.
        var sectionStyle: NumberingStyle? = nil
        var itemStyle: NumberingStyle? = nil
        /// Whether the whole outline was inferred from paragraphs.
        var inferred = false
    }

    /// Chooses the section and item levels and groups the lines under them.
    ///
    /// The outermost style present (`一、`, or at least two standalone numbers) opens
    /// sections and the next style in opens items. Without an inner style, heading
    /// sentences open items. Without an outer style, the one style present opens items
    /// of a single implicit section.
    static func outline(lines: [LocatedText], markers: [NumberingMarker?]) -> Outline {
        var counts: [NumberingStyle: Int] = [:]
        for marker in markers.compactMap({ $0 }) { counts[marker.style, default: 0] += 1 }
        let present = counts.keys.sorted()
        // In a chapter plan the innermost chapter level (第…节, else 第…章) opens sections.
        let top = present.filter(\.isChapterLevel).max()
            ?? present.first { $0.isTopLevel && counts[$0, default: 0] >= ($0 == .standalone ? 2 : 1) }
        guard let sectionStyle = top else {
            guard let style = present.first(where: { !$0.isTopLevel }) else { return paragraphs(lines: lines) }
            return unnumberedSections(lines: lines, markers: markers, style: style) ?? flat(lines: lines, markers: markers, style: style)
        }
        // A chapter opens sections; the next level in, whatever it is, opens items.
        let itemStyle = present.first { $0 > sectionStyle && ($0.isChapterLevel || sectionStyle.isChapterLevel ? $0 != .standalone : !$0.isTopLevel) }
        var preamble: [LocatedText] = []
        var sections: [SectionBlock] = []
        for (line, marker) in zip(lines, markers) {
            if let marker, marker.style < sectionStyle, marker.style.isChapterLevel, !sections.isEmpty {
                // An outer chapter heading is text between sections, not part of an item.
                sections[sections.count - 1].trailing.append(line)
            } else if let marker, marker.style == sectionStyle {
                sections.append(SectionBlock(marker: marker, heading: [line], items: [], numbered: itemStyle != nil))
            } else if let marker, marker.style == itemStyle, !sections.isEmpty {
                sections[sections.count - 1].items.append(Block(marker: marker, lines: [line]))
            } else {
                place(line, preamble: &preamble, sections: &sections)
            }
        }
        var result = Outline(preamble: preamble, sections: sections, sectionStyle: sectionStyle, itemStyle: itemStyle)
        if itemStyle == nil { splitHeadingSentences(&result) } else { readParagraphsOfItemlessSections(&result) }
        if !result.sections.contains(where: { !$0.items.isEmpty }) {
            return flat(lines: lines, markers: markers, style: sectionStyle)
        }
        return result
    }

    /// Adds a line that opens nothing: to the preamble before the first section, to a
    /// section's heading before its first item, else to the last item.
    static func place(_ line: LocatedText, preamble: inout [LocatedText], sections: inout [SectionBlock]) {
        guard let last = sections.indices.last else {
            preamble.append(line)
            return
        }
        if let item = sections[last].items.indices.last {
            sections[last].items[item].lines.append(line)
        } else {
            sections[last].heading.append(line)
        }
    }

    /// One implicit section whose items are the markers of `style`.
    static func flat(lines: [LocatedText], markers: [NumberingMarker?], style: NumberingStyle) -> Outline {
        var preamble: [LocatedText] = []
        var section = SectionBlock(marker: nil, heading: [], items: [], numbered: true)
        for (line, marker) in zip(lines, markers) {
            if let marker, marker.style == style {
                section.items.append(Block(marker: marker, lines: [line]))
            } else if section.items.isEmpty {
                preamble.append(line)
            } else {
                section.items[section.items.count - 1].lines.append(line)
            }
        }
        return Outline(preamble: preamble, sections: section.items.isEmpty ? [] : [section], itemStyle: style)
    }

    /// In sections without numbered items, each short heading sentence ending in `。`
    /// opens an item; the lines before the first one are the section's heading.
    static func splitHeadingSentences(_ outline: inout Outline) {
        for index in outline.sections.indices {
            let lines = outline.sections[index].heading
            var heading: [LocatedText] = [], items: [Block] = []
            for (position, line) in lines.enumerated() {
                let text = line.string
                let opensItem = position > 0 && text.hasSuffix("。") && SentenceSplitter.isHeading(text, maxLength: 30)
                if opensItem {
                    items.append(Block(marker: nil, lines: [line]))
                } else if items.isEmpty {
                    heading.append(line)
                } else {
                    items[items.count - 1].lines.append(line)
                }
            }
            outline.sections[index].heading = heading
            outline.sections[index].items = items
            outline.sections[index].numbered = false
        }
    }
}
