/// The nearest known name to a mistyped one, for "did you mean …?".
public enum Suggestion {
    /// The name among `known` within two edits of `name` (the closest, then the first), if any.
    ///
    /// - Complexity: O(k · n · m) for k names of lengths m against `name` of length n.
    public static func nearest(to name: String, among known: [String]) -> String? {
        let candidates = known.map { ($0, distance(Array(name), Array($0))) }.filter { $0.1 <= 2 && $0.1 < max(name.count, 2) }
        return candidates.min { $0.1 < $1.1 }?.0
    }

    /// The Levenshtein distance between two strings.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count), current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
