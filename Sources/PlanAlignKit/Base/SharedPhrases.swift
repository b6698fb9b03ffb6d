/// The longest runs of Han characters that two texts both contain: what a reader sees two
/// texts share, in place of scattered character pairs.
enum SharedPhrases {
    /// Every maximal common run of at least `minimum` Han characters, longest first (then in
    /// the order they appear in `left`), without a run that lies inside a longer one.
    ///
    /// Match lengths are kept only where the two texts hold the same character: for each
    /// character of `left`, the positions of `right` that hold it, visited last to first so
    /// that the previous row's length at `j - 1` is still there.
    ///
    /// - Complexity: O(n + m + k) in the lengths of the texts and the number k of matching
    ///   character pairs, instead of O(n · m) for the full table.
    static func longest(_ left: [Unicode.Scalar], _ right: [Unicode.Scalar], minimum: Int) -> [String] {
        guard !left.isEmpty, !right.isEmpty else { return [] }
        // Each Han character of `right` with its position, packed and sorted: a character's
        // positions are one run of the array, found by a binary search, in increasing order.
        var positions: [UInt64] = []
        positions.reserveCapacity(right.count)
        for (j, scalar) in right.enumerated() where scalar.isHan { positions.append(UInt64(scalar.value) << 32 | UInt64(j)) }
        positions.sortPacked()
        /// The first index of `positions` whose character is at least `value`.
        func lowerBound(_ value: UInt32) -> Int {
            var low = 0, high = positions.count
            let key = UInt64(value) << 32
            while low < high {
                let mid = (low + high) / 2
                if positions[mid] < key { low = mid + 1 } else { high = mid }
            }
            return low
        }
        var run = [Int](repeating: 0, count: right.count), row = [Int](repeating: -2, count: right.count)
        var found: [(text: String, start: Int)] = []
        var seen = Set<String>()
        for i in left.indices where left[i].isHan {
            let value = left[i].value
            let first = lowerBound(value)
            var last = first
            while last < positions.count, positions[last] >> 32 == UInt64(value) { last += 1 }
            for position in stride(from: last - 1, through: first, by: -1) {
                let j = Int(positions[position] & 0xFFFF_FFFF)
                let length = (j > 0 && row[j - 1] == i - 1 ? run[j - 1] : 0) + 1
                run[j] = length
                row[j] = i
                guard length >= minimum else { continue }
                // A run ends here when the next characters of the two texts differ.
                let extends = i + 1 < left.count && j + 1 < right.count && left[i + 1] == right[j + 1] && left[i + 1].isHan
                guard !extends else { continue }
                let start = i + 1 - length
                let text = String(scalars: Array(left[start...i]))
                if seen.insert(text).inserted { found.append((text, start)) }
            }
        }
        let ordered = found.sorted { $0.text.unicodeScalars.count != $1.text.unicodeScalars.count
            ? $0.text.unicodeScalars.count > $1.text.unicodeScalars.count : $0.start < $1.start }
        var kept: [String] = []
        for phrase in ordered.map(\.text) where !kept.contains(where: { $0.includes(phrase) }) { kept.append(phrase) }
        return kept
    }
}
