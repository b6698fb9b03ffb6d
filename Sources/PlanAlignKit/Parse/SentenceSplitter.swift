/// Splits text into sentences and clauses without breaking quotes or brackets.
public enum SentenceSplitter {
    static let measureMarks = ScalarSet("。；！？")
    static let sentenceMarks = ScalarSet("。！？")
    static let clauseMarks = ScalarSet("。；！？，：")

    /// Splits on `separators` at bracket depth zero, trimming blanks and dropping empty pieces.
    ///
    /// The separator stays with the piece it ends when `keepingSeparator` is true.
    /// - Complexity: O(n) in the length of the text.
    static func split(_ text: LocatedText, on separators: ScalarSet, keepingSeparator: Bool = false) -> [LocatedText] {
        var pieces: [LocatedText] = []
        forEachPiece(of: text, on: separators, keepingSeparator: keepingSeparator) { range in
            pieces.append(text.slice(range))
            return true
        }
        return pieces
    }

    /// The first piece that `split(_:on:keepingSeparator:)` gives, without slicing the rest.
    static func first(_ text: LocatedText, on separators: ScalarSet) -> LocatedText? {
        firstRange(text, on: separators).map(text.slice)
    }

    /// Where `first(_:on:)` lies in `text`, by scalar offset, read without copying it.
    static func firstRange(_ text: LocatedText, on separators: ScalarSet) -> Range<Int>? {
        var first: Range<Int>?
        forEachPiece(of: text, on: separators, keepingSeparator: false) { range in
            first = range
            return false
        }
        return first
    }

    /// Calls `body` with the trimmed range of each piece that holds a letter or a number,
    /// until it returns false.
    private static func forEachPiece(of text: LocatedText, on separators: ScalarSet, keepingSeparator: Bool,
                                     _ body: (Range<Int>) -> Bool) {
        let characters = text.characters
        var brackets = BracketDepth.bracketsAndQuotes, start = 0
        // Trims blanks off a piece's bounds and keeps it when it says something.
        func emit(_ lower: Int, _ upper: Int) -> Bool {
            let bounds = characters.nonBlankBounds(lower..<upper)
            guard characters[bounds].contains(where: { $0.isHan || $0.isLetter || $0.isNumber }) else { return true }
            return body(bounds)
        }
        for index in characters.indices {
            let character = characters[index]
            if brackets.isTopLevel(character), separators.contains(character) {
                guard emit(start, keepingSeparator ? index + 1 : index) else { return }
                start = index + 1
            }
        }
        _ = emit(start, characters.count)
    }

    /// The sentences and clause blocks of a text: split on `。`, `；`, `！` and `？`.
    public static func measures(_ text: LocatedText) -> [LocatedText] {
        split(text, on: measureMarks)
    }

    /// The measures of a text with enumerations split: `一是……，二是……，三是……`,
    /// `首先……，其次……，最后……` and `第一，……第二，……` give one measure each, also where
    /// only commas separate them.
    public static func enumeratedMeasures(_ text: LocatedText) -> [LocatedText] {
        enumeratedMeasureRanges(text).map(text.slice)
    }

    /// Where each of `enumeratedMeasures(_:)` lies in `text`, by scalar offset, in order.
    static func enumeratedMeasureRanges(_ text: LocatedText) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        forEachPiece(of: text, on: measureMarks, keepingSeparator: false) { range in
            ranges.append(contentsOf: splitEnumeration(text.characters, range))
            return true
        }
        return ranges
    }

    /// The words that open the first member of an enumeration, and those that open the others.
    static let enumerationOpeners = ["一是", "首先", "第一，", "第一,"].map(\.scalars)
    /// The characters an opener starts with.
    static let enumerationOpenerInitials = ScalarSet(String(scalars: enumerationOpeners.compactMap(\.first)))
    static let enumerationMembers = ["二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是", "其次", "再次", "最后",
                                     "第二，", "第三，", "第四，", "第五，", "第六，"].map(\.scalars)

    /// One measure split before each later member of an enumeration it opens, where a comma
    /// stands before the member word.
    /// The pieces of the measure at `range` of `characters`, as ranges of `characters`.
    static func splitEnumeration(_ characters: [Unicode.Scalar], _ range: Range<Int>) -> [Range<Int>] {
        // One walk of the measure: only where an opener's first character stands are the openers tried.
        let (openers, initials) = (enumerationOpeners, enumerationOpenerInitials)
        let opens = range.contains { index in
            initials.contains(characters[index]) && openers.contains { characters[index..<range.upperBound].starts(with: $0) }
        }
        guard opens else { return [range] }
        var cuts: [Int] = []
        for index in range.dropLast() where characters[index] == "，" || characters[index] == "," {
            let rest = characters[(index + 1)..<range.upperBound]
            if enumerationMembers.contains(where: { rest.starts(with: $0) }) { cuts.append(index) }
        }
        guard !cuts.isEmpty else { return [range] }
        var pieces: [Range<Int>] = [], start = range.lowerBound
        for cut in cuts + [range.upperBound] {
            let bounds = characters.nonBlankBounds(start..<cut)
            if !bounds.isEmpty { pieces.append(bounds) }
            start = cut + 1
        }
        return pieces
    }

    /// The sentences of a text: split on `。`, `！` and `？`.
    public static func sentences(_ text: LocatedText) -> [LocatedText] {
        split(text, on: sentenceMarks)
    }

    /// The clauses of a text: split on every sentence and clause mark, `，` included.
    public static func clauses(_ text: LocatedText) -> [LocatedText] {
        split(text, on: clauseMarks)
    }

    /// Whether `text` reads as a heading: one short sentence with no clause breaks outside quotes.
    public static func isHeading(_ text: String, maxLength: Int = 30) -> Bool {
        isHeading(text.scalars, maxLength: maxLength)
    }

    /// Whether scalars read as a heading; see `isHeading(_:maxLength:)`.
    static func isHeading(_ scalars: [Unicode.Scalar], maxLength: Int = 30) -> Bool {
        isHeading(scalars[...], maxLength: maxLength)
    }

    /// Whether scalars read in place as a heading; see `isHeading(_:maxLength:)`.
    static func isHeading(_ scalars: ArraySlice<Unicode.Scalar>, maxLength: Int = 30) -> Bool {
        var body = scalars
        if body.last == "。" { body.removeLast() }
        guard !body.isEmpty, body.count <= maxLength, body.contains(where: \.isHan) else { return false }
        var brackets = BracketDepth.bracketsAndQuotes
        return !body.contains { brackets.isTopLevel($0) && CharacterSets.clauseMarks.contains($0) }
    }
}
