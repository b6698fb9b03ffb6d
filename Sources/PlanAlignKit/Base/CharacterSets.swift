/// Sets of characters the readers test against, built once: testing a `String` literal
/// for a `Character` walks its graphemes on every call.
enum CharacterSets {
    static let pageDashes = ScalarSet("-—–－ ")
    static let decorations = ScalarSet("▶►▷→•·◆◇■□●○▲△▼★☆>＞-—–_=*")
    static let approximators = ScalarSet("余多")
    static let arabicMarkerEnds = ScalarSet(".．、")
    static let bracketsAndQuotes = ScalarSet("（）()“”《》 ")
    static let clauseBreaks = ScalarSet("，；。：！？,;")
    static let clauseMarks = ScalarSet("，；：。！？,;:")
    static let closingParentheses = ScalarSet("）)")
    static let colons = ScalarSet("：:")
    static let doubleQuotes = ScalarSet("“”\"")
    static let fullStops = ScalarSet("。！？")
    /// Marks that end a measure: a sentence, or a clause block after `；`.
    static let measureBreaks = ScalarSet("。！？；")
    static let leadingStrays = ScalarSet("、，,的")
    static let listJoiners = ScalarSet("、和及与 ")
    static let listSeparators = ScalarSet("、，,；")
    static let markerTrailers = ScalarSet("、.．")
    static let nameSeparators = ScalarSet("、，；,;/。")
    static let openingParentheses = ScalarSet("（(")
    /// Every opening bracket, book-title mark and quotation mark.
    static let allOpeners = ScalarSet("“《（(「【‘")
    /// Every closing bracket, book-title mark and quotation mark.
    static let allClosers = ScalarSet("”》）)」】’")
    static let pageWords = ScalarSet("第页共/")
    static let rangeDashes = ScalarSet("—–-－～~至到")
    static let sentencePunctuation = ScalarSet("。，：；")
    static let targetClosers = ScalarSet("，。；、,;）)")
    static let terminalMarks = ScalarSet("。！？；）”")
    static let trailingParticles = ScalarSet("的各共约计为了均都")
    static let trailingStrays = ScalarSet("、，,的等")
}

/// A small set of scalars: two 64-bit filters over the low bits of a scalar turn most
/// scalars away at once (a Han character is almost never punctuation), and the few that
/// pass are checked by a linear scan, cheaper than hashing for the few marks a reader looks for.
struct ScalarSet: Sendable {
    let values: [UInt32]
    /// One bit per value of the lowest six bits of a member, and one per value of the next six.
    private let lowBits: UInt64, highBits: UInt64

    init(_ characters: String) {
        values = characters.unicodeScalars.map(\.value)
        lowBits = values.reduce(0) { $0 | 1 << UInt64($1 & 63) }
        highBits = values.reduce(0) { $0 | 1 << UInt64(($1 >> 6) & 63) }
    }

    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard lowBits & 1 << UInt64(value & 63) != 0, highBits & 1 << UInt64((value >> 6) & 63) != 0 else { return false }
        return values.contains(value)
    }
}

extension ArraySlice<Unicode.Scalar> {
    /// The first position where `word` starts in the slice, by a plain scan: for the short
    /// words and windows the readers search, far cheaper than the standard library's
    /// generic `firstRange(of:)`, which sets up a searcher on every call.
    ///
    /// - Complexity: O(n · m) in the lengths of the slice and the word.
    func firstOffset(of word: [Unicode.Scalar]) -> Int? {
        guard let first = word.first, count >= word.count else { return nil }
        var index = startIndex
        let last = endIndex - word.count
        while index <= last {
            if self[index] == first && self[index..<(index + word.count)].elementsEqual(word) { return index }
            index += 1
        }
        return nil
    }
}
