/// The longest runs of Han characters that two texts both contain: what a reader sees two
/// texts share, in place of scattered character pairs.
enum SharedPhrases {
    /// Every maximal common run of at least `minimum` Han characters, longest first (then in
    /// the order they appear in `left`), without a run that lies inside a longer one.
    ///
    /// - Complexity: O(n · m) in the lengths of the two texts, with two rows of match lengths.
    static func longest(_ left: [Unicode.Scalar], _ right: [Unicode.Scalar], minimum: Int) -> [String] {
        guard !left.isEmpty, !right.isEmpty else { return [] }
        var previous = [Int](repeating: 0, count: right.count + 1), current = previous
        var found: [(text: String, start: Int)] = []
        var seen = Set<String>()
        for i in left.indices {
            let scalar = left[i]
            for j in right.indices {
                current[j + 1] = scalar.isHan && scalar == right[j] ? previous[j] + 1 : 0
            }
            for j in right.indices where current[j + 1] >= minimum {
                // A run ends here when the next characters of the two texts differ.
                let extends = i + 1 < left.count && j + 1 < right.count && left[i + 1] == right[j + 1] && left[i + 1].isHan
                guard !extends else { continue }
                let length = current[j + 1], start = i + 1 - length
                let text = String(scalars: left[start...i])
                if seen.insert(text).inserted { found.append((text, start)) }
            }
            swap(&previous, &current)
        }
        let ordered = found.sorted { $0.text.unicodeScalars.count != $1.text.unicodeScalars.count
            ? $0.text.unicodeScalars.count > $1.text.unicodeScalars.count : $0.start < $1.start }
        var kept: [String] = []
        for phrase in ordered.map(\.text) where !kept.contains(where: { $0.includes(phrase) }) { kept.append(phrase) }
        return kept
    }
}
