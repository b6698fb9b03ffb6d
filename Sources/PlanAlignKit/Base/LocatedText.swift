/// Where a run of text began in its source file.
public struct LineMark: Sendable, Hashable, Codable {
    /// The character offset in the text at which this source line starts.
    public var offset: Int
    /// The 1-based source line number.
    public var line: Int
}

/// Text joined from several source lines that still knows which line each character came from.
///
/// Offsets count `Character`s, so slicing is O(length) and lookups are O(log lines).
public struct LocatedText: Sendable, Hashable {
    /// The characters of the text.
    public private(set) var characters: [Unicode.Scalar]
    /// The first line mark, held inline: most texts come from one line, and a long plan has
    /// hundreds of thousands of them. Two 32-bit integers, not an optional mark, whose tag
    /// would pad each text by a word; `LocatedText.unmarked` as the line when there are no
    /// marks. A text's offsets and lines stay below 2³¹: the loader reads no text larger
    /// than `Limits.largestText` bytes.
    private var firstOffset: Int32 = 0, firstMarkLine = LocatedText.unmarked
    /// The marks after the first, sorted by offset; empty (no storage) for a one-line text.
    private var laterMarks: [LineMark]

    /// Line marks sorted by offset; the first one has offset 0 when the text is not empty.
    public var marks: [LineMark] { firstMark.map { [$0] + laterMarks } ?? [] }

    /// What `firstMarkLine` holds when the text has no marks.
    private static let unmarked = Int32.min

    /// The first line mark, if any.
    private var firstMark: LineMark? {
        get { firstMarkLine == LocatedText.unmarked ? nil : LineMark(offset: Int(firstOffset), line: Int(firstMarkLine)) }
        set {
            firstOffset = Int32(clamping: newValue?.offset ?? 0)
            firstMarkLine = newValue.map { Int32(clamping: $0.line) } ?? LocatedText.unmarked
        }
    }

    /// Text read from one source line.
    public init(_ text: String, line: Int) {
        self.init(characters: text.scalars, line: line)
    }

    /// Scalars read from one source line.
    public init(characters: [Unicode.Scalar], line: Int) {
        self.characters = characters
        firstMarkLine = Int32(clamping: line)
        laterMarks = []
    }

    /// Text from scalars with their line marks.
    public init(characters: [Unicode.Scalar], marks: [LineMark]) {
        self.characters = characters
        laterMarks = marks.count > 1 ? Array(marks.dropFirst()) : []
        firstMark = marks.first
    }

    /// An empty text.
    public static let empty = LocatedText(characters: [], marks: [])

    /// The text as a string.
    public var string: String { String(scalars: characters) }

    /// Whether the text has no characters.
    public var isEmpty: Bool { characters.isEmpty }

    /// The number of line marks.
    var markCount: Int { firstMarkLine == LocatedText.unmarked ? 0 : 1 + laterMarks.count }

    /// The line mark at `index` among `marks`.
    @inline(__always)
    func mark(_ index: Int) -> LineMark { index == 0 ? firstMark! : laterMarks[index - 1] }

    /// Whether the text has the one mark at offset 0 (it came from one line), and that line.
    var singleLine: Int? { laterMarks.isEmpty && firstMark?.offset == 0 ? firstMark?.line : nil }

    /// The first source line, or 0 for an empty text.
    public var firstLine: Int { firstMark?.line ?? 0 }

    /// The last source line, or 0 for an empty text.
    public var lastLine: Int { laterMarks.last?.line ?? firstMark?.line ?? 0 }

    /// The source line holding the character at `offset`.
    ///
    /// - Complexity: O(log m) in the number of line marks.
    public func line(at offset: Int) -> Int {
        firstMark == nil ? 0 : mark(markIndex(at: offset)).line
    }

    /// The index of the last mark at or before `offset`.
    func markIndex(at offset: Int) -> Int {
        var low = 0, high = markCount - 1, found = 0
        while low <= high {
            let mid = (low + high) / 2
            if mark(mid).offset <= offset { found = mid; low = mid + 1 } else { high = mid - 1 }
        }
        return found
    }

    /// Appends another text, keeping its line marks.
    public mutating func append(_ other: LocatedText) {
        let base = characters.count
        for index in 0..<other.markCount {
            let mark = other.mark(index)
            guard lastMarkLine != mark.line else { continue }
            let placed = LineMark(offset: base + mark.offset, line: mark.line)
            if firstMark == nil { firstMark = placed } else { laterMarks.append(placed) }
        }
        characters.append(contentsOf: other.characters)
    }

    /// Makes room for `count` characters in all.
    mutating func reserveCapacity(_ count: Int) { characters.reserveCapacity(count) }

    /// The line of the last mark, if any.
    private var lastMarkLine: Int? { laterMarks.last?.line ?? firstMark?.line }

    /// The characters in `range`, with their line marks.
    ///
    /// - Complexity: O(length + log m + marks in the range).
    public func slice(_ range: Range<Int>) -> LocatedText {
        let lower = max(0, min(range.lowerBound, characters.count))
        let upper = max(lower, min(range.upperBound, characters.count))
        guard firstMark != nil else { return LocatedText(characters: Array(characters[lower..<upper]), marks: []) }
        let first = markIndex(at: lower)
        var sliced = LocatedText(characters: Array(characters[lower..<upper]), line: mark(first).line)
        var index = first + 1
        while index < markCount, mark(index).offset < upper {
            if mark(index).offset > lower { sliced.laterMarks.append(LineMark(offset: mark(index).offset - lower, line: mark(index).line)) }
            index += 1
        }
        return sliced
    }

    /// The first line of `slice(range)`, and its marks when it has more than the one at offset
    /// 0 (all of them, as `marks` lists them), read without copying its characters: what a
    /// measure keeps of the text it is cut from.
    ///
    /// - Complexity: O(log m + marks in the range).
    func sliceLines(_ range: Range<Int>) -> (firstLine: Int, marks: [LineMark]?) {
        let lower = max(0, min(range.lowerBound, characters.count))
        let upper = max(lower, min(range.upperBound, characters.count))
        // An unmarked text's slices are unmarked: no line, and no marks.
        guard firstMark != nil else { return (0, []) }
        let first = markIndex(at: lower)
        let line = mark(first).line
        var marks: [LineMark]?
        var index = first + 1
        while index < markCount, mark(index).offset < upper {
            if mark(index).offset > lower {
                if marks == nil { marks = [LineMark(offset: 0, line: line)] }
                marks!.append(LineMark(offset: mark(index).offset - lower, line: mark(index).line))
            }
            index += 1
        }
        return (line, marks)
    }

    /// The text without leading and trailing blanks.
    public func trimmed() -> LocatedText { trimmed(0..<characters.count) }

    /// The characters in `range` without leading and trailing blanks: one slice, where
    /// slicing and then trimming would copy twice.
    public func trimmed(_ range: Range<Int>) -> LocatedText {
        let bounds = characters.nonBlankBounds(range)
        // A text that is its own trimmed self is handed back, not copied.
        if bounds == characters.indices, !bounds.isEmpty { return self }
        guard bounds.isEmpty else { return slice(bounds) }
        // A blank range is empty, marked with the line where the range starts.
        let start = max(0, min(range.lowerBound, characters.count))
        return slice(start..<start)
    }
}
