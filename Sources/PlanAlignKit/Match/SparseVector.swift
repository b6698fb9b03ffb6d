/// A sparse vector over interned token ids, sorted by id, with unit length.
struct SparseVector: Sendable {
    var ids: [Int32] = []
    var values: [Double] = []

    /// A unit vector from ids in increasing order and their positive weights.
    init(ids: [Int32], values: [Double]) {
        let norm = values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        self.ids = ids
        self.values = values
        if norm > 0 {
            // Scaled in place: the values are this vector's own, so no second array is made.
            for index in self.values.indices { self.values[index] /= norm }
        }
    }

    /// The cosine of two unit vectors.
    ///
    /// - Complexity: O(a + b) in the numbers of non-zero entries.
    func cosine(_ other: SparseVector) -> Double {
        var sum = 0.0
        SortedMerge.forEachMatch(ids, other.ids) { left, right in
            sum += values[left] * other.values[right]
            return true
        }
        return sum
    }

    /// The ids both vectors hold, with the product of their values.
    func shared(with other: SparseVector) -> [(Int32, Double)] {
        var result: [(Int32, Double)] = []
        SortedMerge.forEachMatch(ids, other.ids) { left, right in
            result.append((ids[left], values[left] * other.values[right]))
            return true
        }
        return result
    }
}
