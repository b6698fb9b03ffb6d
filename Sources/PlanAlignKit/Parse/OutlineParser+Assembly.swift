extension OutlineParser {
    /// Turns grouped lines into sections and items, with refs, titles, measures and departments.
    ///
    /// Returns the sections and the text of section headings beyond their titles.
    static func assemble(_ outline: Outline) -> (sections: [PlanSection], intros: [LocatedText]) {
        // Numbering runs through the document when no item number repeats: plans that restart
        // at 1 in each section repeat them. A slip out of order does not break the run.
        let numbers = outline.sections.flatMap { $0.items.compactMap { $0.marker?.number } }
        let runsThrough = Set(numbers).count == numbers.count
        var sections: [PlanSection] = [], intros: [LocatedText] = []
        for (position, block) in outline.sections.enumerated() {
            let sectionRef = ItemRef(String(block.marker?.number ?? position + 1))
            let (title, intro) = sectionHeading(block)
            intros.append(contentsOf: intro)
            var items: [PlanItem] = []
            for (index, itemBlock) in block.items.enumerated() {
                let ref: ItemRef
                if let number = itemBlock.marker?.number {
                    ref = runsThrough ? ItemRef(String(number)) : ItemRef(sectionRef.head, number)
                } else {
                    ref = ItemRef(sectionRef.head, index + 1)
                }
                items.append(item(itemBlock, ref: ref))
            }
            let allLines = block.heading + block.items.flatMap(\.lines)
            let span = LineSpan(start: allLines.map(\.firstLine).min() ?? 0, end: allLines.map(\.lastLine).max() ?? 0)
            sections.append(PlanSection(ref: sectionRef, title: title, items: items, lines: span))
        }
        return (sections, intros)
    }

    /// A section's title and any further heading text.
    ///
    /// The title is the marker line's text up to its first `。`; when the marker stands
    /// alone on its line, the title is the following unpunctuated lines joined, since web
    /// pages often split a title over two lines.
    static func sectionHeading(_ block: SectionBlock) -> (title: String, intro: [LocatedText]) {
        guard let first = block.heading.first else { return ("", []) }
        let rest = first.trimmed((block.marker?.length ?? 0)..<first.characters.count)
        var remaining = Array(block.heading.dropFirst())
        if !rest.isEmpty {
            let sentences = SentenceSplitter.sentences(rest)
            let title = sentences.first?.string ?? rest.string
            return (title, Array(sentences.dropFirst()) + remaining)
        }
        var title = ""
        while let line = remaining.first, !line.string.hasSuffix("。"), title.count + line.characters.count <= 60 {
            title += line.string
            remaining.removeFirst()
        }
        return (title, remaining)
    }

    /// Builds one item from its lines.
    static func item(_ block: Block, ref: ItemRef) -> PlanItem {
        var text = LocatedText.empty
        for (index, line) in block.lines.enumerated() {
            text.append(index == 0 ? line.trimmed((block.marker?.length ?? 0)..<line.characters.count) : line)
        }
        let departments = DepartmentParser.parse(text)
        let body = departments.body
        var measures = SentenceSplitter.measures(body)
        let title: String
        if block.marker == nil, let heading = block.lines.first {
            title = heading.string.hasSuffix("。") ? String(heading.string.dropLast()) : heading.string
            if measures.count > 1 { measures.removeFirst() }
        } else if let first = SentenceSplitter.first(body, on: SentenceSplitter.sentenceMarks), SentenceSplitter.isHeading(first.characters) {
            title = first.string
            if measures.count > 1, measures[0].characters == first.characters, !first.characters.contains(where: \.isASCIIDigit) {
                measures.removeFirst()
            }
        } else {
            title = SentenceSplitter.first(body, on: SentenceSplitter.clauseMarks)?.string ?? body.string
        }
        let lines = LineSpan(start: block.lines.first?.firstLine ?? 0, end: block.lines.map(\.lastLine).max() ?? 0)
        return PlanItem(ref: ref, title: title, text: body.string, measures: measures.map { Measure(located: $0) },
                        lead: departments.lead, responsible: departments.responsible, lines: lines)
    }

    /// The plan's title: the name inside `印发《…》` of a covering notice, else the first
    /// short unpunctuated line of the preamble that is not a letterhead, a document
    /// number or a date line; else the file name.
    static func title(preamble: [LocatedText], path: String) -> String {
        for line in preamble {
            let text = line.string
            if text.includes("印发") || text.hasPrefix("关于"),
               let open = text.firstIndex(of: "《"), let close = text[open...].firstIndex(of: "》") {
                return String(text[text.index(after: open)..<close])
            }
        }
        for line in preamble {
            let text = line.string
            guard text.unicodeScalars.contains(where: \.isHan), text.unicodeScalars.count <= 40,
                  !text.unicodeScalars.contains(where: { CharacterSets.sentencePunctuation.contains($0) }),
                  !text.hasSuffix("文件"), !text.includes("〔"), !text.hasSuffix("日") else { continue }
            return text
        }
        return path.split(separator: "/").last.map(String.init) ?? path
    }
}
