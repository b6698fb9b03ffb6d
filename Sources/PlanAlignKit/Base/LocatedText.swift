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
    /// Line marks sorted by offset; the first one has offset 0 when the text is not empty.
    public private(set) var marks: [LineMark]

    /// Text read from one source line.
    public init(_ text: String, line: Int) {
        characters = text.scalars
        marks = [LineMark(offset: 0, line: line)]
    }

    /// Text from scalars with their line marks.
    public init(characters: [Unicode.Scalar], marks: [LineMark]) {
        self.characters = characters
        self.marks = marks
    }

    /// An empty text.
    public static let empty = LocatedText(characters: [], marks: [])

    /// The text as a string.
    public var string: String { String(scalars: characters) }

    /// Whether the text has no characters.
    public var isEmpty: Bool { characters.isEmpty }

    /// The first source line, or 0 for an empty text.
    public var firstLine: Int { marks.first?.line ?? 0 }

    /// The last source line, or 0 for an empty text.
    public var lastLine: Int { marks.last?.line ?? 0 }

    /// The source line holding the character at `offset`.
    ///
    /// - Complexity: O(log m) in the number of line marks.
    public func line(at offset: Int) -> Int {
        marks.isEmpty ? 0 : marks[markIndex(at: offset)].line
    }

    /// The index of the last mark at or before `offset`.
    func markIndex(at offset: Int) -> Int {
        var low = 0, high = marks.count - 1, found = 0
        while low <= high {
            let mid = (low + high) / 2
            if marks[mid].offset <= offset { found = mid; low = mid + 1 } else { high = mid - 1 }
        }
        return found
    }

    /// Appends another text, keeping its line marks.
    public mutating func append(_ other: LocatedText) {
        let base = characters.count
        for mark in other.marks where marks.last?.line != mark.line {
            marks.append(LineMark(offset: base + mark.offset, line: mark.line))
        }
        characters.append(contentsOf: other.characters)
    }

    /// The characters in `range`, with their line marks.
    ///
    /// - Complexity: O(length + log m + marks in the range).
    public func slice(_ range: Range<Int>) -> LocatedText {
        let lower = max(0, min(range.lowerBound, characters.count))
        let upper = max(lower, min(range.upperBound, characters.count))
        guard !marks.isEmpty else { return LocatedText(characters: Array(characters[lower..<upper]), marks: []) }
        let first = markIndex(at: lower)
        var newMarks = [LineMark(offset: 0, line: marks[first].line)]
        var index = first + 1
        while index < marks.count, marks[index].offset < upper {
            if marks[index].offset > lower { newMarks.append(LineMark(offset: marks[index].offset - lower, line: marks[index].line)) }
            index += 1
        }
        return LocatedText(characters: Array(characters[lower..<upper]), marks: marks.isEmpty ? [] : newMarks)
    }

    /// The text without leading and trailing blanks.
    public func trimmed() -> LocatedText { trimmed(0..<characters.count) }

    /// The characters in `range` without leading and trailing blanks: one slice, where
    /// slicing and then trimming would copy twice.
    public func trimmed(_ range: Range<Int>) -> LocatedText {
        let bounds = characters.nonBlankBounds(range)
        guard bounds.isEmpty else { return slice(bounds) }
        // A blank range is empty, marked with the line where the range starts.
        let start = max(0, min(range.lowerBound, characters.count))
        return slice(start..<start)
    }
}
