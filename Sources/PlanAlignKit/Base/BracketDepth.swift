/// How deep a scan of scalars is inside brackets (and, with the quote set, quotation
/// marks): the one place where bracket depth is counted.
struct BracketDepth {
    let openers: ScalarSet
    let closers: ScalarSet
    /// How many brackets are open at the current position.
    private(set) var depth = 0

    init(openers: ScalarSet, closers: ScalarSet) {
        self.openers = openers
        self.closers = closers
    }

    /// Round brackets only: `（…）` and `(…)`.
    static let parentheses = BracketDepth(openers: CharacterSets.openingParentheses, closers: CharacterSets.closingParentheses)

    /// Brackets, book-title marks and quotation marks: `“…”`, `《…》`, `（…）`, `「…」`, `【…】`, `‘…’`.
    static let bracketsAndQuotes = BracketDepth(openers: CharacterSets.allOpeners, closers: CharacterSets.allClosers)

    /// Steps over `scalar` and says whether it stands outside every bracket without being one;
    /// an unmatched closer never makes the depth negative.
    @inline(__always)
    mutating func isTopLevel(_ scalar: Unicode.Scalar) -> Bool {
        if openers.contains(scalar) {
            depth += 1
            return false
        }
        if closers.contains(scalar) {
            depth = max(0, depth - 1)
            return false
        }
        return depth == 0
    }

    /// The offsets in `scalars` of the members of `set` that stand outside every bracket.
    ///
    /// - Complexity: O(n) in the number of scalars.
    func topLevelOffsets(of set: ScalarSet, in scalars: [Unicode.Scalar]) -> [Int] {
        var scan = self, offsets: [Int] = []
        for (index, scalar) in scalars.enumerated() where scan.isTopLevel(scalar) && set.contains(scalar) { offsets.append(index) }
        return offsets
    }

    /// The offset of the opener that the closer at `end` closes, scanning back; nil when it is unmatched.
    ///
    /// - Complexity: O(n) in the number of scalars before `end`.
    func opener(matching end: Int, in scalars: [Unicode.Scalar]) -> Int? {
        var depth = 0
        for index in stride(from: end, through: 0, by: -1) {
            if closers.contains(scalars[index]) { depth += 1 }
            if openers.contains(scalars[index]) {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }
}

/// One merge over two ascending arrays, for the intersections that matching, headings and
/// indicator identity take.
enum SortedMerge {
    /// Calls `body` with the positions of each value that `left` and `right` both hold, in
    /// order, while it returns true. Repeated values pair off one to one, as in a multiset.
    ///
    /// - Complexity: O(a + b) in the two lengths.
    @inline(__always)
    static func forEachMatch<T: Comparable>(_ left: [T], _ right: [T], _ body: (Int, Int) -> Bool) {
        forEachMatch(left, left.indices, right, right.indices, body)
    }

    /// `forEachMatch` over the positions `leftRange` of `left` and `rightRange` of `right`:
    /// two rows of flat arrays, compared in place.
    @inline(__always)
    static func forEachMatch<T: Comparable>(_ left: [T], _ leftRange: Range<Int>, _ right: [T], _ rightRange: Range<Int>,
                                            _ body: (Int, Int) -> Bool) {
        var i = leftRange.lowerBound, j = rightRange.lowerBound
        while i < leftRange.upperBound, j < rightRange.upperBound {
            let a = left[i], b = right[j]
            if a < b { i += 1 }
            else if b < a { j += 1 }
            else {
                guard body(i, j) else { return }
                i += 1
                j += 1
            }
        }
    }
}
