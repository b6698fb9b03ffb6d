/// Words of scalars in a fixed order, indexed by the scalar each starts and ends with, so
/// that looking for them at one place of a text tries only the words that can be there.
///
/// The target reader looks for dozens of vocabulary words (verbs, units, scope words) at
/// every number it reads; walking every word at every place cost more than the rest of its scan.
struct WordList: Sendable {
    /// The words in the order given: where several match at one place, the first one is found.
    let words: [[Unicode.Scalar]]
    /// Each word's first (and last) scalar value and index, packed as `value << 32 | index`
    /// and sorted: the words a scalar can start (end) are one run, in their order.
    private let byFirst: [UInt64], byLast: [UInt64]
    /// One bit for each value of the low six bits of a first (last) scalar, and one for the
    /// next six: most places start (end) no word, and are passed over on two bit tests.
    private let firstBits: (low: UInt64, high: UInt64), lastBits: (low: UInt64, high: UInt64)

    /// The list of `words`, in that order. Empty words are left out: a vocabulary holds none
    /// (its reader rejects them), and an empty word would be found everywhere.
    init(_ words: [[Unicode.Scalar]]) {
        self.words = words
        let kept = words.indices.filter { !words[$0].isEmpty }
        func packed(_ scalar: (Int) -> Unicode.Scalar) -> [UInt64] { kept.map { UInt64(scalar($0).value) << 32 | UInt64($0) }.sorted() }
        byFirst = packed { words[$0][0] }
        byLast = packed { words[$0][words[$0].count - 1] }
        func bits(_ entries: [UInt64]) -> (low: UInt64, high: UInt64) {
            entries.reduce((0, 0)) { bits, entry in
                let value = entry >> 32
                return (bits.0 | 1 << (value & 63), bits.1 | 1 << ((value >> 6) & 63))
            }
        }
        firstBits = bits(byFirst)
        lastBits = bits(byLast)
    }

    /// The list of `words`, in that order.
    init(_ words: [String]) { self.init(words.map(\.scalars)) }

    /// Whether the list holds no word.
    var isEmpty: Bool { words.isEmpty }

    /// The index of the first word written at `start` of `text`, ending at or before `end`
    /// (the text's end when nil).
    @inline(__always)
    func firstIndex(at start: Int, in text: [Unicode.Scalar], before end: Int? = nil) -> Int? {
        let limit = Swift.min(end ?? text.count, text.count)
        guard start >= 0, start < limit else { return nil }
        return first(in: byFirst, bits: firstBits, of: text[start]) { word in
            start + word.count <= limit && WordList.matches(word, in: text, at: start)
        }
    }

    /// Whether a word is written at `start` of `text`, ending at or before `end`.
    @inline(__always)
    func contains(at start: Int, in text: [Unicode.Scalar], before end: Int? = nil) -> Bool {
        firstIndex(at: start, in: text, before: end) != nil
    }

    /// The index of the first word written right before `end` of `text`, starting at or
    /// after `floor`.
    @inline(__always)
    func firstIndex(endingAt end: Int, in text: [Unicode.Scalar], notBefore floor: Int = 0) -> Int? {
        guard end > Swift.max(floor, 0), end <= text.count else { return nil }
        return first(in: byLast, bits: lastBits, of: text[end - 1]) { word in
            end - word.count >= Swift.max(floor, 0) && WordList.matches(word, in: text, at: end - word.count)
        }
    }

    /// Whether a word is written right before `end` of `text`, starting at or after `floor`.
    @inline(__always)
    func contains(endingAt end: Int, in text: [Unicode.Scalar], notBefore floor: Int = 0) -> Bool {
        firstIndex(endingAt: end, in: text, notBefore: floor) != nil
    }

    /// The index of the first word written anywhere inside `range` of `text`.
    func firstIndex(within range: Range<Int>, in text: [Unicode.Scalar]) -> Int? {
        let lower = Swift.max(range.lowerBound, 0), upper = Swift.min(range.upperBound, text.count)
        var best: Int?
        var start = lower
        while start < upper {
            if let found = firstIndex(at: start, in: text, before: upper), found < (best ?? .max) {
                best = found
                if found == 0 { break }
            }
            start += 1
        }
        return best
    }

    /// The lowest index, among the words `entries` files under `scalar`, of a word that `fits`.
    @inline(__always)
    private func first(in entries: [UInt64], bits: (low: UInt64, high: UInt64), of scalar: Unicode.Scalar,
                       where fits: ([Unicode.Scalar]) -> Bool) -> Int? {
        let value = UInt64(scalar.value)
        guard bits.low & 1 << (value & 63) != 0, bits.high & 1 << ((value >> 6) & 63) != 0 else { return nil }
        // The first entry of the run of `value`, by binary search.
        var low = 0, high = entries.count
        while low < high {
            let mid = (low + high) / 2
            if entries[mid] >> 32 < value { low = mid + 1 } else { high = mid }
        }
        while low < entries.count, entries[low] >> 32 == value {
            let index = Int(truncatingIfNeeded: entries[low] & 0xFFFF_FFFF)
            if fits(words[index]) { return index }
            low += 1
        }
        return nil
    }

    /// Whether `word` is written at `start` of `text`, which holds room for it.
    @inline(__always)
    private static func matches(_ word: [Unicode.Scalar], in text: [Unicode.Scalar], at start: Int) -> Bool {
        var offset = 0
        while offset < word.count, text[start + offset] == word[offset] { offset += 1 }
        return offset == word.count
    }
}
