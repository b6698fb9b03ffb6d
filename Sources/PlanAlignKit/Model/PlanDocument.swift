/// A span of source lines, both ends included.
public struct LineSpan: Sendable, Hashable, Codable {
    public internal(set) var start: Int
    public internal(set) var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// One sentence or clause block an item commits to, split on `。` and `；`.
public struct Measure: Sendable, Hashable {
    /// The text of the measure: a slice of its item's text where it was read from one, so
    /// that a plan holds each sentence once. Read-only, so that it always matches `located`.
    private let slice: Substring
    /// The text of the measure.
    public var text: String { String(slice) }
    /// The source line where the measure starts.
    public internal(set) var line: Int
    /// The targets found in the measure.
    public internal(set) var targets: [Target]
    /// Where each source line starts in `text`, by scalar offset, when that is more than
    /// the one mark at offset 0 on `line`: most measures stand on one line, and then no
    /// array is kept. Kept only until the measure's targets are read, which is all they
    /// place: a long plan's wrapped sentences held as many marks as lines. The text is kept
    /// once, as a string; its scalars are read again only where a stage needs them.
    private var laterMarks: [LineMark]?

    /// The measure's text with its source lines, for locating targets.
    var located: LocatedText {
        let characters = scalars
        return laterMarks.map { LocatedText(characters: characters, marks: $0) } ?? LocatedText(characters: characters, line: line)
    }

    /// The scalars of the measure's text.
    var scalars: [Unicode.Scalar] { UTF8Scalars.scalars(of: slice) }

    /// Whether a scalar of the measure's text satisfies `predicate`, read in place without
    /// decoding the text into an array.
    func hasScalar(where predicate: (Unicode.Scalar) -> Bool) -> Bool { UTF8Scalars.contains(slice, where: predicate) }

    /// The scalars of the measure's text, decoded into `buffer` in place of what it held.
    func decode(into buffer: inout [Unicode.Scalar]) { UTF8Scalars.decode(slice, replacing: &buffer) }

    /// Records the targets read from `located`, each phrase a slice of the measure's text,
    /// and lets go of the lines inside the measure, which only placed them.
    mutating func settle(targets: [Target]) {
        self.targets = targets.map { $0.sharingText(with: slice) }
        laterMarks = nil
    }

    /// Whether the measure's text is `other`, byte for byte, both read in place.
    func hasText(_ other: Substring) -> Bool { slice.hasSameBytes(as: other) }

    /// A measure of its own text.
    init(located: LocatedText, targets: [Target] = []) {
        self.init(located: located, slice: Substring(located.string), targets: targets)
    }

    /// A measure whose text is `slice`, which holds `located`'s characters.
    init(located: LocatedText, slice: Substring, targets: [Target] = []) {
        self.init(line: located.firstLine, marks: located.singleLine == nil ? located.marks : nil, slice: slice, targets: targets)
    }

    /// The measure cut from `text` at the scalar offsets `range`, whose text is `slice`:
    /// its lines are read off `text`, and its characters are not copied to be read.
    init(in text: LocatedText, range: Range<Int>, slice: Substring) {
        let (line, marks) = text.sliceLines(range)
        self.init(line: line, marks: marks, slice: slice, targets: [])
    }

    /// A measure on `line`, with `marks` when it spans more than that line.
    private init(line: Int, marks: [LineMark]?, slice: Substring, targets: [Target]) {
        self.line = line
        laterMarks = marks
        self.slice = slice
        self.targets = targets
    }
}

/// A task of a district plan or a priority of a municipal plan.
///
/// A value type whose fields live in one box shared by its copies: a plan holds each item
/// twice (in its section and in its flat list), and a long plan's items held two copies of
/// every field. A write to a shared box copies it first.
public struct PlanItem: Sendable, Hashable {
    private var fields: Fields

    /// The item's ref: `"4"` or `"2.1"`.
    public internal(set) var ref: ItemRef { get { self[\.ref] } set { self[\.ref] = newValue } }
    /// The heading sentence, or the first clause when the item has no separate heading.
    public internal(set) var title: String { get { String(self[\.title]) } set { self[\.title] = Substring(newValue) } }
    /// The title as held, most often a slice of `text`: read without a copy.
    var titleSlice: Substring { self[\.title] }
    /// The full text, without the trailing block of departments.
    public internal(set) var text: String { get { self[\.text] } set { self[\.text] = newValue } }
    /// The sentences and clause blocks the item commits to.
    public internal(set) var measures: [Measure] { get { self[\.measures] } set { self[\.measures] = newValue } }
    /// The lead departments (牵头科室), in the order written.
    public internal(set) var lead: [String] { get { self[\.lead] } set { self[\.lead] = newValue } }
    /// The responsible units (责任单位), in the order written.
    public internal(set) var responsible: [String] { get { self[\.responsible] } set { self[\.responsible] = newValue } }
    /// The source lines the item spans.
    public internal(set) var lines: LineSpan { get { self[\.lines] } set { self[\.lines] = newValue } }
    /// Whether the item was inferred from a paragraph or an unnumbered heading, not read from a number.
    public internal(set) var inferred: Bool { get { self[\.inferred] } set { self[\.inferred] = newValue } }
    /// The heading as written, when the plan was in traditional characters (`加強傳染病防控`);
    /// `title` holds it in the simplified characters it is matched in.
    public internal(set) var originalTitle: String? { get { self[\.originalTitle] } set { self[\.originalTitle] = newValue } }
    /// The number as written before the heading (`1.`, `（一）`), or nil for an inferred item.
    public internal(set) var marker: String? { get { self[\.marker] } set { self[\.marker] = newValue } }

    init(ref: ItemRef, title: String, text: String, measures: [Measure], lead: [String], responsible: [String], lines: LineSpan) {
        self.init(ref: ref, title: Substring(title), text: text, measures: measures, lead: lead, responsible: responsible, lines: lines)
    }

    /// An item whose title may be a slice of its text (most often its first sentence), so
    /// that a plan does not hold that sentence twice.
    init(ref: ItemRef, title: Substring, text: String, measures: [Measure], lead: [String], responsible: [String], lines: LineSpan) {
        fields = Fields(ref: ref, title: title, text: text, measures: measures, lead: lead, responsible: responsible, lines: lines)
    }

    /// Every commitment of every measure, in document order: what matching and comparison read.
    public var targets: [Target] { Array(targetsInPlace) }

    /// `targets`, read in place without an array: matching and comparison read every
    /// item's targets, and most items have none.
    var targetsInPlace: some Sequence<Target> { measures.lazy.flatMap { $0.targets.lazy.filter { $0.status == .target } } }

    /// Every past value of every measure (baselines), in document order.
    public var baselines: [Target] { measures.flatMap { $0.targets.filter { $0.status == .baseline } } }

    /// A field, read from the box, or written to it once it is this item's alone.
    private subscript<Value>(field: ReferenceWritableKeyPath<Fields, Value>) -> Value {
        get { fields[keyPath: field] }
        set {
            if !isKnownUniquelyReferenced(&fields) { fields = fields.copy() }
            fields[keyPath: field] = newValue
        }
    }

    public static func == (lhs: PlanItem, rhs: PlanItem) -> Bool {
        lhs.fields === rhs.fields
            || (lhs.ref == rhs.ref && lhs.title == rhs.title && lhs.text == rhs.text && lhs.measures == rhs.measures && lhs.lead == rhs.lead
                && lhs.responsible == rhs.responsible && lhs.lines == rhs.lines && lhs.inferred == rhs.inferred
                && lhs.originalTitle == rhs.originalTitle && lhs.marker == rhs.marker)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(ref)
        hasher.combine(title)
        hasher.combine(text)
        hasher.combine(measures)
        hasher.combine(lead)
        hasher.combine(responsible)
        hasher.combine(lines)
        hasher.combine(inferred)
        hasher.combine(originalTitle)
        hasher.combine(marker)
    }

    /// An item's fields. Unchecked: a box is written only through the subscript, when no other
    /// item holds it, so no box that two threads can see is ever written.
    private final class Fields: @unchecked Sendable {
        var ref: ItemRef
        var title: Substring
        var text: String
        var measures: [Measure]
        var lead: [String]
        var responsible: [String]
        var lines: LineSpan
        var inferred = false
        var originalTitle: String?
        var marker: String?

        init(ref: ItemRef, title: Substring, text: String, measures: [Measure], lead: [String], responsible: [String], lines: LineSpan) {
            self.ref = ref
            self.title = title
            self.text = text
            self.measures = measures
            self.lead = lead
            self.responsible = responsible
            self.lines = lines
        }

        func copy() -> Fields {
            let copy = Fields(ref: ref, title: title, text: text, measures: measures, lead: lead, responsible: responsible, lines: lines)
            copy.inferred = inferred
            copy.originalTitle = originalTitle
            copy.marker = marker
            return copy
        }

    }
}

/// A numbered section of a district plan, or an area of a municipal plan.
public struct PlanSection: Sendable, Hashable {
    /// The section's ref: `"1"` to `"8"`.
    public internal(set) var ref: ItemRef
    /// The section's title.
    public internal(set) var title: String
    /// The section's items in document order.
    public internal(set) var items: [PlanItem]
    /// The source lines the section spans.
    public internal(set) var lines: LineSpan
    /// Whether the section's heading was inferred (an unnumbered heading line, or none at all).
    public internal(set) var inferred = false
    /// The number as written before the heading (`一、`, `第一章`), or nil for an unnumbered one.
    public internal(set) var marker: String?
}

/// A parsed work plan: its title and its outline of sections and items. Immutable once
/// built: a plan read is the plan the analysis describes.
public struct PlanDocument: Sendable, Hashable {
    /// The path of the file the plan was read from.
    public let path: String
    /// The plan's title.
    public let title: String
    /// The sections in document order.
    public let sections: [PlanSection]
    /// Text outside every item (the preamble) that held targets: a planner may still want them listed.
    public let looseMeasures: [Measure]
    /// Every item in document order, kept with the sections: matching reads it for every
    /// pair of items, and flattening it on each read cost more than the matching.
    public let items: [PlanItem]
    /// What the reader found suspicious but usable (numbering slips), in line order.
    public let notes: [ParseNote]

    public init(path: String, title: String, sections: [PlanSection], looseMeasures: [Measure], notes: [ParseNote] = []) {
        self.notes = notes
        self.path = path
        self.title = title
        self.sections = sections
        self.looseMeasures = looseMeasures
        // Reserved at once: joined by `flatMap`, a long plan's items kept up to twice their room.
        var items: [PlanItem] = []
        items.reserveCapacity(sections.reduce(0) { $0 + $1.items.count })
        for section in sections { items.append(contentsOf: section.items) }
        self.items = items
    }

    /// The item with `ref`, if any.
    public func item(_ ref: ItemRef) -> PlanItem? { items.first { $0.ref == ref } }

    /// The first item with each of `refs` that the plan holds, found in one pass: a long
    /// plan's items are not put in a dictionary of them all for the few a caller reads.
    func firstItems(_ refs: some Sequence<ItemRef>) -> [ItemRef: PlanItem] {
        var wanted = Set(refs), found: [ItemRef: PlanItem] = [:]
        for item in items {
            if wanted.isEmpty { break }
            if wanted.remove(item.ref) != nil { found[item.ref] = item }
        }
        return found
    }

    /// The same plan without the items in `refs`: what the plan would say had it never held them.
    public func removingItems(_ refs: Set<ItemRef>) -> PlanDocument {
        let kept = sections.map { section in
            PlanSection(ref: section.ref, title: section.title, items: section.items.filter { !refs.contains($0.ref) }, lines: section.lines,
                        inferred: section.inferred)
        }
        return PlanDocument(path: path, title: title, sections: kept, looseMeasures: looseMeasures, notes: notes)
    }
}
