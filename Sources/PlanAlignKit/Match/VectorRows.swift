/// Sparse unit vectors over interned token ids, one per row of `TokenRows`, laid out in
/// flat arrays: row `r` spans `range(r)` of `ids` and `values`, sorted by id.
struct VectorRows: Sendable {
    private(set) var ids: [Int32]
    private(set) var values: [Double]
    private(set) var starts: [Int]

    /// The unit vectors of `rows`: each token at position `index` weighs `weight(index)`,
    /// and a token whose weight is zero is left out.
    ///
    /// Almost always every weight is positive, and the vectors share their ids with the rows.
    init(_ rows: TokenRows, weight: (Int) -> Double) {
        let size = rows.ids.count
        var kept = 0
        var starts = [Int](repeating: 0, count: rows.starts.count)
        // Written straight into an array of the rows' size, row by row, each scaled to unit
        // length as it is finished.
        let values = [Double](unsafeUninitializedCapacity: size) { values, written in
            for row in 0..<rows.count {
                let first = kept
                for index in rows.range(row) {
                    let value = weight(index)
                    if value > 0 {
                        values[kept] = value
                        kept += 1
                    }
                }
                // Summed in token order, as a vector of its own always was.
                var norm = 0.0
                for index in first..<kept { norm += values[index] * values[index] }
                norm = norm.squareRoot()
                if norm > 0 { for index in first..<kept { values[index] /= norm } }
                starts[row + 1] = kept
            }
            written = kept
        }
        self.values = values
        if kept == size {
            ids = rows.ids
            self.starts = rows.starts
        } else {
            ids = rows.ids.indices.filter { weight($0) > 0 }.map { rows.ids[$0] }
            self.starts = starts
        }
    }

    /// The number of vectors.
    var count: Int { starts.count - 1 }

    /// The positions of vector `row` in `ids` and `values`.
    @inline(__always)
    func range(_ row: Int) -> Range<Int> { starts[row]..<starts[row + 1] }

    /// The cosine of vector `row` with vector `otherRow` of `other`.
    ///
    /// - Complexity: O(a + b) in the numbers of non-zero entries.
    func cosine(_ row: Int, _ other: VectorRows, _ otherRow: Int) -> Double {
        var sum = 0.0
        SortedMerge.forEachMatch(ids, range(row), other.ids, other.range(otherRow)) { left, right in
            sum += values[left] * other.values[right]
            return true
        }
        return sum
    }

    /// The ids vectors `row` and `otherRow` of `other` both hold, with the product of their values.
    func shared(_ row: Int, with other: VectorRows, _ otherRow: Int) -> [(Int32, Double)] {
        var result: [(Int32, Double)] = []
        SortedMerge.forEachMatch(ids, range(row), other.ids, other.range(otherRow)) { left, right in
            result.append((ids[left], values[left] * other.values[right]))
            return true
        }
        return result
    }
}
