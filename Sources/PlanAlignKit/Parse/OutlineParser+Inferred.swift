/// Outlines the reader infers where a plan does not number them: unnumbered headings,
/// paragraphs read as items, and sections whose text has no numbered items.
extension OutlineParser {
    /// Whether an unnumbered line reads as a heading of its own: short, Han, and without
    /// sentence punctuation but perhaps a final colon (`指导思想`, `重点任务：`).
    static func isUnnumberedHeading(_ line: LocatedText) -> Bool {
        var characters = line.characters
        if characters.last == "：" || characters.last == ":" { characters.removeLast() }
        guard characters.count >= 2, characters.count <= 16, characters.contains(where: \.isHan),
              !characters.contains(where: \.isASCIIDigit) else { return false }
        return !characters.contains { CharacterSets.sentencePunctuation.contains($0) || $0 == "，" || $0 == "、" }
    }

    /// Numbered items under unnumbered headings (`指导思想` … `重点任务` then `1.` …): each such
    /// heading opens an inferred section when at least two of them stand before numbered items.
    static func unnumberedSections(lines: [LocatedText], markers: [NumberingMarker?], style: NumberingStyle) -> Outline? {
        guard markers.contains(where: { $0?.style == style }) else { return nil }
        var sections: [SectionBlock] = [], preamble: [LocatedText] = []
        for (index, (line, marker)) in zip(lines, markers).enumerated() {
            if let marker, marker.style == style, !sections.isEmpty {
                sections[sections.count - 1].items.append(Block(marker: marker, lines: [line]))
            } else if marker == nil, isUnnumberedHeading(line), index > 0 {
                sections.append(SectionBlock(marker: nil, heading: [line], items: [], numbered: true, inferred: true))
            } else {
                place(line, preamble: &preamble, sections: &sections)
            }
        }
        guard sections.filter({ !$0.items.isEmpty }).count >= 2 else { return nil }
        // Headings with no items (指导思想 and its paragraph) read their paragraphs as items.
        for index in sections.indices where sections[index].items.isEmpty {
            let body = Array(sections[index].heading.dropFirst())
            sections[index].heading = Array(sections[index].heading.prefix(1))
            sections[index].items = body.map { Block(marker: nil, lines: [$0], inferred: true) }
        }
        return Outline(preamble: preamble, sections: sections, itemStyle: style)
    }

    /// A plan with no numbering at all (a news article, a speech): each paragraph is an item,
    /// and each unnumbered heading line opens a section. The outline is inferred and says so.
    static func paragraphs(lines: [LocatedText]) -> Outline {
        var preamble: [LocatedText] = [], sections: [SectionBlock] = []
        for line in lines {
            let isParagraph = line.characters.contains { CharacterSets.fullStops.contains($0) } && line.characters.count >= 12
            if isUnnumberedHeading(line), !preamble.isEmpty || !sections.isEmpty {
                sections.append(SectionBlock(marker: nil, heading: [line], items: [], numbered: true, inferred: true))
            } else if isParagraph {
                if sections.isEmpty { sections.append(SectionBlock(marker: nil, heading: [], items: [], numbered: true, inferred: true)) }
                sections[sections.count - 1].items.append(Block(marker: nil, lines: [line], inferred: true))
            } else {
                place(line, preamble: &preamble, sections: &sections)
            }
        }
        sections.removeAll { $0.items.isEmpty && $0.heading.count <= 1 }
        return Outline(preamble: preamble, sections: sections, inferred: true)
    }

    /// A section with no numbered items, in a plan whose other sections have them (发展基础
    /// and its paragraphs): its paragraphs are read as inferred items, not dropped into its heading.
    static func readParagraphsOfItemlessSections(_ outline: inout Outline) {
        guard outline.sections.contains(where: { !$0.items.isEmpty }) else { return }
        for index in outline.sections.indices where outline.sections[index].items.isEmpty && outline.sections[index].heading.count > 1 {
            let body = outline.sections[index].heading.dropFirst()
            outline.sections[index].heading = Array(outline.sections[index].heading.prefix(1))
            outline.sections[index].items = body.map { Block(marker: nil, lines: [$0], inferred: true) }
        }
    }
}
