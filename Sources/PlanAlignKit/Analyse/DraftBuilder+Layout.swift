/// Lays the draft out in the district's sections, numbering and heading style.
extension DraftBuilder {
    func layOut() -> PlanDraft {
        var numbering = Numbering(analysis: analysis)
        let district = analysis.district
        let ownLine = Self.headingsOnOwnLine(district)
        var sections: [DraftSection] = []
        for section in district.sections {
            var items: [DraftItem] = []
            for task in section.items {
                items.append(carried(task, marker: numbering.next(), ownLine: ownLine, numbering: &numbering))
            }
            for stub in stubs where stub.section == section.ref {
                items.append(self.stub(stub.priority, marker: numbering.next(), ownLine: ownLine, numbering: &numbering))
            }
            sections.append(DraftSection(marker: section.marker ?? "", title: section.title, items: items, added: nil))
            numbering.endSection()
        }
        // Stubs no district section fits go under new sections named after their municipal areas.
        for area in analysis.municipal.sections {
            let homeless = stubs.filter { stub in stub.section == nil && area.items.contains { $0.ref == stub.priority.ref } }
            guard !homeless.isEmpty else { continue }
            let marker = Numbering.renumber(sections.last?.marker ?? "", to: sections.count + 1)
            var change = change(.addedSection)
            change.text = area.title
            let id = numbering.record(change, task: marker + area.title)
            var items: [DraftItem] = []
            for stub in homeless {
                items.append(self.stub(stub.priority, marker: numbering.next(),
                                       ownLine: ownLine, numbering: &numbering))
            }
            sections.append(DraftSection(marker: marker, title: area.title, items: items, added: id))
            numbering.endSection()
        }
        let cited = Set(numbering.changes.compactMap(\.municipal))
        let titles = Dictionary(analysis.municipal.items.filter { cited.contains($0.ref) }.map { ($0.ref, $0.title) }, uniquingKeysWith: { first, _ in first })
        return PlanDraft(title: title(), year: year, municipalTitle: analysis.municipal.title, sections: sections,
                         changes: numbering.changes, sourceTitles: titles)
    }

    /// The district's title with the draft's year in place of its own.
    func title() -> String {
        let title = analysis.district.title
        guard let old = TargetContext.year(inTitle: title), title.includes(String(old)) else { return "\(year)年" + title }
        return title.replacingAll(String(old), with: String(year))
    }

    /// Whether the district writes its task headings on a line of their own (`（一）提升……`
    /// above the body) rather than as the body's first sentence: the most of its tasks decide.
    static func headingsOnOwnLine(_ plan: PlanDocument) -> Bool {
        let own = plan.items.filter { item in (item.measures.first?.line ?? item.lines.start) > item.lines.start && item.text.hasPrefix(item.title) }
        return own.count * 2 > plan.items.count
    }

    /// A district task carried into the draft with its changes.
    func carried(_ task: PlanItem, marker: String, ownLine: Bool, numbering: inout Numbering) -> DraftItem {
        var text = task.text.scalars
        var shift = 0
        var heading: String?
        if ownLine, task.text.hasPrefix(task.title) {
            heading = task.title
            shift = task.title.unicodeScalars.count
            text.removeFirst(shift)
            let rest = text.prefix { CharacterSets.measureBreaks.contains($0) || $0.isBlank }.count
            text.removeFirst(rest)
            shift += rest
        }
        let label = marker + " " + task.title
        // Marks and replacements in the order of the text, then the sentences added at the end.
        var events: [(offset: Int, order: Int, pending: Pending)] = []
        for (order, item) in (pending[task.ref] ?? []).enumerated() {
            switch item {
            case .replace(let offset, _, _, _, _), .flag(let offset, _): events.append((max(0, offset - shift), order, item))
            case .append: continue
            }
        }
        events.sort { ($0.offset, $0.order) < ($1.offset, $1.order) }
        var body: [DraftSegment] = []
        var cursor = 0
        var marks: [(offset: Int, id: Int)] = []
        func keep(upTo offset: Int) {
            // Marks of earlier replacements fall at the end of their targets' phrases.
            while let mark = marks.first, mark.offset <= offset {
                if mark.offset > cursor { body.append(.kept(String(scalars: Array(text[cursor..<mark.offset])))); cursor = mark.offset }
                body.append(.flagged(change: mark.id))
                marks.removeFirst()
            }
            if offset > cursor { body.append(.kept(String(scalars: Array(text[cursor..<min(offset, text.count)])))); cursor = min(offset, text.count) }
        }
        for event in events {
            switch event.pending {
            case .replace(_, let old, let new, let markOffset, let change) where event.offset >= cursor:
                keep(upTo: event.offset)
                let id = numbering.record(change, task: label)
                body.append(.replaced(old: old, new: new, change: id))
                cursor += old.unicodeScalars.count
                marks.append((max(cursor, markOffset - shift), id))
                marks.sort { $0.offset < $1.offset }
            case .replace(_, _, _, _, let change), .flag(_, let change):
                keep(upTo: event.offset)
                body.append(.flagged(change: numbering.record(change, task: label)))
            case .append:
                continue
            }
        }
        keep(upTo: text.count)
        for item in pending[task.ref] ?? [] {
            guard case .append(let sentence, let change) = item else { continue }
            body.append(.inserted(sentence, change: numbering.record(change, task: label)))
        }
        return DraftItem(marker: marker, heading: heading, body: body, lead: task.lead, responsible: task.responsible, source: task.ref)
    }

    /// A new task for a municipal priority nothing carries: its heading and measures as the
    /// municipal plan words them, led by the departments of the nearest tasks, or `待定`.
    func stub(_ priority: PlanItem, marker: String, ownLine: Bool, numbering: inout Numbering) -> DraftItem {
        // Each commitment a sentence of its own, as coverage reads them: the stub carries every one.
        let clauses = VectorSpace.clauses(of: priority).map(Self.sentence).filter { $0 != priority.title && !$0.isEmpty }
        let body = clauses.joined(separator: "。")
        let near = analysis.priorities.first { $0.priority == priority.ref }?.nearest.filter { $0.score >= analysis.ownerScore } ?? []
        var lead: [String] = []
        for name in near.flatMap(\.lead) where !lead.contains(name) { lead.append(name) }
        if lead.isEmpty { lead = [phrase("undecided")] }
        lead = Array(lead.prefix(3))
        var change = change(.addedTask, municipal: priority.ref)
        change.text = priority.title
        change.lead = lead
        let id = numbering.record(change, task: marker + " " + priority.title)
        let heading = ownLine ? priority.title : nil
        let inserted = ownLine ? body : priority.title + "。" + body
        return DraftItem(marker: marker, heading: heading, body: [.inserted(inserted, change: id)],
                         lead: lead, responsible: [], source: nil)
    }
}

/// The draft's numbering of tasks and changes: tasks numbered through the document when the
/// district numbers them so, else afresh in each section; changes numbered in text order.
struct Numbering {
    let runsThrough: Bool
    /// The district's most common task marker (`1.`, `（一）`): every task of the draft is
    /// numbered in it, so a plan that mixed styles reads back with every task.
    let template: String
    var task = 0
    private(set) var changes: [DraftChange] = []

    init(analysis: GapAnalysis) {
        runsThrough = analysis.district.items.allSatisfy { !$0.ref.rawValue.contains(".") }
        var counts: [String: Int] = [:]
        for marker in analysis.district.items.compactMap(\.marker) { counts[Numbering.renumber(marker, to: 1), default: 0] += 1 }
        template = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "1."
    }

    /// The marker of the next task, in the district's style.
    mutating func next() -> String {
        task += 1
        return Numbering.renumber(template, to: task)
    }

    mutating func endSection() {
        if !runsThrough { task = 0 }
    }

    /// Numbers a change and records it.
    mutating func record(_ change: DraftChange, task: String) -> Int {
        var change = change
        change.id = changes.count + 1
        change.task = task
        changes.append(change)
        return change.id
    }

    /// `template` with its number replaced: `39.` → `40.`, `（二）` → `（三）`, `一、` → `九、`.
    static func renumber(_ template: String, to number: Int) -> String {
        let scalars = template.scalars
        if let start = scalars.firstIndex(where: \.isASCIIDigit) {
            let end = scalars[start...].firstIndex { !$0.isASCIIDigit } ?? scalars.count
            return String(scalars: Array(scalars[..<start])) + String(number) + String(scalars: Array(scalars[end...]))
        }
        if let start = scalars.firstIndex(where: ChineseNumeral.isNumeralCharacter) {
            let end = scalars[start...].firstIndex { !ChineseNumeral.isNumeralCharacter($0) } ?? scalars.count
            return String(scalars: Array(scalars[..<start])) + ChineseNumeral.written(number) + String(scalars: Array(scalars[end...]))
        }
        return template.isEmpty ? "\(number)." : template
    }
}
