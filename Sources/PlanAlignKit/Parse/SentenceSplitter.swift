/// Splits text into sentences and clauses without breaking quotes or brackets.
public enum SentenceSplitter {
    static let openers = ScalarSet("“《（(「【‘")
    static let closers = ScalarSet("”》）)」】’")
    static let measureMarks = ScalarSet("。；！？")
    static let sentenceMarks = ScalarSet("。！？")
    static let clauseMarks = ScalarSet("。；！？，：")

    /// Splits on `separators` at bracket depth zero, trimming blanks and dropping empty pieces.
    ///
    /// The separator stays with the piece it ends when `keepingSeparator` is true.
    /// - Complexity: O(n) in the length of the text.
    static func split(_ text: LocatedText, on separators: ScalarSet, keepingSeparator: Bool = false) -> [LocatedText] {
        var pieces: [LocatedText] = []
        var depth = 0, start = 0
        let characters = text.characters
        for (index, character) in characters.enumerated() {
            if openers.contains(character) { depth += 1 }
            else if closers.contains(character) { depth = max(0, depth - 1) }
            else if depth == 0, separators.contains(character) {
                pieces.append(text.slice(start..<(keepingSeparator ? index + 1 : index)))
                start = index + 1
            }
        }
        pieces.append(text.slice(start..<characters.count))
        return pieces.map { $0.trimmed() }.filter { piece in
            piece.characters.contains { $0.isHan || $0.isLetter || $0.isNumber }
        }
    }

    /// The sentences and clause blocks of a text: split on `。`, `；`, `！` and `？`.
    public static func measures(_ text: LocatedText) -> [LocatedText] {
        split(text, on: measureMarks)
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
        var body = text.scalars
        if body.last == "。" { body.removeLast() }
        guard !body.isEmpty, body.count <= maxLength, body.contains(where: \.isHan) else { return false }
        var depth = 0
        for character in body {
            if openers.contains(character) { depth += 1 }
            else if closers.contains(character) { depth = max(0, depth - 1) }
            else if depth == 0, CharacterSets.clauseMarks.contains(character) { return false }
        }
        return true
    }
}
