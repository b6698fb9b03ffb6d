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
        var left = 0, right = 0, sum = 0.0
        while left < ids.count, right < other.ids.count {
            let a = ids[left], b = other.ids[right]
            if a == b {
                sum += values[left] * other.values[right]
                left += 1
                right += 1
            } else if a < b {
                left += 1
            } else {
                right += 1
            }
        }
        return sum
    }

    /// The ids both vectors hold, with the product of their values.
    func shared(with other: SparseVector) -> [(Int32, Double)] {
        var left = 0, right = 0
        var result: [(Int32, Double)] = []
        while left < ids.count, right < other.ids.count {
            let a = ids[left], b = other.ids[right]
            if a == b {
                result.append((a, values[left] * other.values[right]))
                left += 1
                right += 1
            } else if a < b { left += 1 } else { right += 1 }
        }
        return result
    }
}
