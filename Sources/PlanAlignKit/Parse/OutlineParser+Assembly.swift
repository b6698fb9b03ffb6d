extension OutlineParser {
    /// Turns grouped lines into sections and items, with refs, titles, measures and departments.
    ///
    /// Returns the sections and the text of section headings beyond their titles.
    /// The lines of each item are let go once the item is built, so that a long plan is never
    /// held as lines and items at once.
    static func assemble(_ outline: inout Outline) -> (sections: [PlanSection], intros: [LocatedText]) {
        // Numbering runs through the document when no item number repeats: plans that restart
        // at 1 in each section repeat them. A slip out of order does not break the run.
        let numbers = outline.sections.flatMap { $0.items.compactMap { $0.marker?.number } }
        let runsThrough = Set(numbers).count == numbers.count
        var sections: [PlanSection] = [], intros: [LocatedText] = []
        var departments = DepartmentParser.SharedLists()
        // Section numbers that restart (第一节 in each chapter) give way to positions, so refs stay unique.
        let sectionNumbers = outline.sections.compactMap { $0.marker?.number }
        let numbersUnique = Set(sectionNumbers).count == sectionNumbers.count && sectionNumbers.count == outline.sections.count
        for position in outline.sections.indices {
            // The section's item blocks are taken out of the outline, so that each one's lines
            // go as soon as its item is built.
            var blocks = outline.sections[position].items
            outline.sections[position].items = []
            let block = outline.sections[position]
            let sectionRef = ItemRef(String(numbersUnique ? block.marker?.number ?? position + 1 : position + 1))
            let (title, intro) = sectionHeading(block)
            intros.append(contentsOf: intro + block.trailing)
            let firstLines = block.heading.map(\.firstLine) + blocks.compactMap { $0.lines.map(\.firstLine).min() }
            let lastLines = block.heading.map(\.lastLine) + blocks.compactMap { $0.lines.map(\.lastLine).max() }
            let span = LineSpan(start: firstLines.min() ?? 0, end: lastLines.max() ?? 0)
            var items: [PlanItem] = []
            items.reserveCapacity(blocks.count)
            for index in blocks.indices {
                let itemBlock = blocks[index]
                blocks[index].lines = []
                let ref: ItemRef
                if let number = itemBlock.marker?.number {
                    ref = runsThrough ? ItemRef(String(number)) : ItemRef(sectionRef.head, number)
                } else {
                    ref = ItemRef(sectionRef.head, index + 1)
                }
                var built = item(itemBlock, ref: ref, departments: &departments)
                built.inferred = itemBlock.inferred
                built.marker = written(itemBlock.marker, in: itemBlock.lines.first)
                items.append(built)
            }
            var section = PlanSection(ref: sectionRef, title: title.hasSuffix("：") ? String(title.dropLast()) : title, items: items, lines: span)
            section.inferred = block.inferred
            section.marker = written(block.marker, in: block.heading.first)
            sections.append(section)
        }
        return (sections, intros)
    }

    /// A marker as the line writes it, without the blanks after it.
    static func written(_ marker: NumberingMarker?, in line: LocatedText?) -> String? {
        guard let marker, let line, marker.length <= line.characters.count else { return nil }
        return String(scalars: Array(line.characters[..<marker.length])).trimmingBlanks
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

    /// Builds one item from its lines; its lists of departments are shared with earlier items that name the same.
    static func item(_ block: Block, ref: ItemRef, departments lists: inout DepartmentParser.SharedLists) -> PlanItem {
        var text = LocatedText.empty
        if block.lines.count == 1, let line = block.lines.first {
            // An item of one line (most are) is that line after its marker, not a copy of it.
            text = line.trimmed((block.marker?.length ?? 0)..<line.characters.count)
        }
        for (index, line) in block.lines.enumerated() where block.lines.count > 1 {
            let piece = index == 0 ? line.trimmed((block.marker?.length ?? 0)..<line.characters.count) : line
            // A line the author ended on a value without punctuation (one indicator a line) ends
            // its clause: the next line's words never read as this line's indicator. A line that
            // stops mid-phrase (a page wrapped it early) ends on no value and is joined as it was.
            if index > 0, let last = text.characters.last, !CharacterSets.sentencePunctuation.contains(last),
               !CharacterSets.clauseBreaks.contains(last), !CharacterSets.allOpeners.contains(last), last != "、",
               text.characters.suffix(4).contains(where: \.isASCIIDigit),
               let first = piece.characters.first, first.isHan {
                text.append(LocatedText(characters: ["；"], marks: []))
            }
            text.append(piece)
            // `（一）做好传染病防控` on a line of its own, the body below: the heading ends there.
            if index == 0, block.marker != nil, block.lines.count > 1, isStandaloneHeading(piece.characters) {
                text.append(LocatedText(characters: ["。"], marks: []))
            }
        }
        let departments = DepartmentParser.parse(text)
        let body = departments.body
        var measures = SentenceSplitter.enumeratedMeasureRanges(body)
        // The title is most often a piece of the body (its first sentence or clause): then it
        // is held as a slice of the body's text, found by its scalar offsets, not made and compared.
        var title = "", titleRange: Range<Int>?
        if block.inferred, let lead = SentenceSplitter.first(body, on: SentenceSplitter.sentenceMarks) {
            // A paragraph read as an item: its lead sentence says what it is about.
            title = SentenceSplitter.isHeading(lead.characters, maxLength: 40) ? lead.string
                : SentenceSplitter.first(lead, on: SentenceSplitter.clauseMarks)?.string ?? lead.string
        } else if block.marker == nil, let heading = block.lines.first {
            title = heading.string.hasSuffix("。") ? String(heading.string.dropLast()) : heading.string
            if measures.count > 1 { measures.removeFirst() }
        } else if let first = SentenceSplitter.firstRange(body, on: SentenceSplitter.sentenceMarks),
                  SentenceSplitter.isHeading(body.characters[first]) {
            titleRange = first
            if measures.count > 1, body.characters[measures[0]].elementsEqual(body.characters[first]),
               !body.characters[first].contains(where: \.isASCIIDigit) {
                measures.removeFirst()
            }
        } else {
            titleRange = SentenceSplitter.firstRange(body, on: SentenceSplitter.clauseMarks) ?? body.characters.indices
        }
        let lines = LineSpan(start: block.lines.first?.firstLine ?? 0, end: block.lines.map(\.lastLine).max() ?? 0)
        // Each measure's text is a slice of the item's: a plan holds each sentence once.
        let bodyText = body.string
        let slices = bodyText.slices(atScalarRanges: measures, of: body.characters)
        let sharedTitle = titleRange.map { bodyText.slices(atScalarRanges: [$0], of: body.characters)[0] } ?? OutlineParser.shared(title, in: bodyText)
        return PlanItem(ref: ref, title: sharedTitle, text: bodyText,
                        measures: zip(measures, slices).map { Measure(in: body, range: $0, slice: $1) },
                        lead: lists.shared(departments.lead), responsible: lists.shared(departments.responsible), lines: lines)
    }

    /// `title`, as a slice of `text` when it is the text's start, which a plan then holds once.
    static func shared(_ title: String, in text: String) -> Substring {
        let end = title.utf8.count <= text.utf8.count ? text.utf8.index(text.startIndex, offsetBy: title.utf8.count) : nil
        return end.map { text[..<$0] }.flatMap { $0.hasSameBytes(as: title) ? $0 : nil } ?? Substring(title)
    }

    /// Whether a numbered line's text is a heading by itself: short, and with no punctuation
    /// that a sentence or clause would have.
    static func isStandaloneHeading(_ characters: [Unicode.Scalar]) -> Bool {
        !characters.isEmpty && characters.count <= 30 && characters.contains(where: \.isHan)
            && !characters.contains { CharacterSets.clauseBreaks.contains($0) || CharacterSets.sentencePunctuation.contains($0) }
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
            // `关于印发2026年全市卫生健康工作要点的通知`, without title marks: the name between the verb and `的通知`.
            for verb in ["印发", "转发"] {
                guard let verbRange = text.range(of: verb), let notice = text.range(of: "的通知", options: .backwards),
                      verbRange.upperBound < notice.lowerBound else { continue }
                let name = String(text[verbRange.upperBound..<notice.lowerBound])
                if name.unicodeScalars.count >= 4 { return name }
            }
        }
        let candidates = preamble.map(\.string).filter { text in
            text.unicodeScalars.contains(where: \.isHan) && text.unicodeScalars.count <= 40
                && !text.unicodeScalars.contains(where: { CharacterSets.sentencePunctuation.contains($0) })
                && !text.hasSuffix("文件") && !text.includes("〔") && !text.hasSuffix("日") && !isMetadata(text)
        }
        guard let first = candidates.first else { return path.split(separator: "/").last.map(String.init) ?? path }
        // A title a page broke in two (`某市2026年卫生健康` / `工作要点`): the next line finishes it.
        if !titleEndings.contains(where: { first.hasSuffix($0) }), candidates.count > 1,
           titleEndings.contains(where: { candidates[1].hasSuffix($0) }), (first + candidates[1]).unicodeScalars.count <= 50,
           let position = preamble.firstIndex(where: { $0.string == first }), position + 1 < preamble.count, preamble[position + 1].string == candidates[1] {
            return first + candidates[1]
        }
        return first
    }

    /// How the genre's titles end: a title line without one may go on on the next line.
    static let titleEndings = ["要点", "计划", "方案", "规划", "意见", "通知", "总结", "报告", "安排", "办法", "细则", "纲要", "任务", "清单"]

    /// Keys of the metadata rows and breadcrumbs a web page sets above a plan.
    static let metadataWords = ["发布时间", "来源", "索引号", "成文日期", "发文字号", "发布机构", "主题分类", "有效性", "浏览次数", "当前位置", "首页", "字号"]

    /// Whether a line is page metadata or a breadcrumb rather than a title.
    static func isMetadata(_ text: String) -> Bool {
        text.includes("|") || text.includes(">") || text.includes("＞") || text.includes("»") || metadataWords.contains { text.includes($0) }
    }
}

extension OutlineParser {
    /// Gives each item of a plan read from traditional characters its heading as written.
    ///
    /// The transform to simplified characters maps character for character on all but rare
    /// phrases, so the heading is found at the same place of the same source line in the
    /// original; where a line's length changed, the heading is left without an original.
    ///
    /// - Complexity: O(n) in the length of the text.
    static func restoreOriginalTitles(_ sections: inout [PlanSection], original: String, converted: String) {
        let originalLines = TextCleaner.physicalLines(original), convertedLines = TextCleaner.physicalLines(converted)
        guard originalLines.count == convertedLines.count else { return }
        for section in sections.indices {
            for item in sections[section].items.indices {
                let title = sections[section].items[item].title.scalars
                let heading = sections[section].items[item].lines.start
                let firstMeasure = sections[section].items[item].measures.first?.line ?? heading
                // The heading's lines: from the item's first line to its first measure's.
                for line in heading...max(heading, firstMeasure) where line - 1 < convertedLines.count {
                    let simplified = TextCleaner.cleaned(convertedLines[line - 1]), written = TextCleaner.cleaned(originalLines[line - 1])
                    guard simplified.count == written.count, let start = simplified[...].firstOffset(of: title) else { continue }
                    sections[section].items[item].originalTitle = String(scalars: Array(written[start..<(start + title.count)]))
                    break
                }
            }
        }
    }
}
