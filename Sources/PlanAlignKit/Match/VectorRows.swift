/// Sparse unit vectors over interned token ids, one per row of `TokenRows`, laid out in
/// flat arrays: row `r` spans `range(r)` of `ids` and `values`, sorted by id.
struct VectorRows: Sendable {
    private(set) var ids: [Int32]
    private(set) var values: [Double]
    private(set) var starts: [Int]

    /// Vectors laid out as `init(_:write:)` lays them out.
    private init(ids: [Int32], values: [Double], starts: [Int]) {
        self.ids = ids
        self.values = values
        self.starts = starts
    }

    /// The one vector of `ids` and `values`.
    init(ids: UnsafeBufferPointer<Int32>, values: UnsafeBufferPointer<Double>) {
        self.init(ids: Array(ids), values: Array(values), starts: [0, ids.count])
    }

    /// `count` vectors of `size` tokens in all at most, written by `write`: given a row and
    /// room for its tokens, it writes the ids and weights it keeps and returns how many.
    init(count: Int, size: Int, write: (_ row: Int, _ ids: UnsafeMutablePointer<Int32>, _ values: UnsafeMutablePointer<Double>) -> Int) {
        var ids = [Int32](repeating: 0, count: size), values = [Double](repeating: 0, count: size)
        var starts = [Int](repeating: 0, count: count + 1)
        var kept = 0
        if size > 0 {
            ids.withUnsafeMutableBufferPointer { ids in
                values.withUnsafeMutableBufferPointer { values in
                    for row in 0..<count {
                        kept += write(row, ids.baseAddress! + kept, values.baseAddress! + kept)
                        starts[row + 1] = kept
                    }
                }
            }
        }
        ids.removeLast(size - kept)
        values.removeLast(size - kept)
        self.ids = ids
        self.values = values
        self.starts = starts
    }

    /// Scales the first `count` weights to unit length, summing their squares in token
    /// order, as every vector is scaled, so that each cosine comes out the same to the last bit.
    @inline(__always)
    static func scaleToUnitLength(_ values: UnsafeMutablePointer<Double>, count: Int) {
        var norm = 0.0
        for index in 0..<count { norm += values[index] * values[index] }
        norm = norm.squareRoot()
        if norm > 0 { for index in 0..<count { values[index] /= norm } }
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

/// Room to weigh one vector in, grown to the longest row weighed and kept for the next.
struct VectorScratch: Sendable {
    fileprivate var ids: [Int32] = []
    fileprivate var values: [Double] = []
    /// Room to merge an item's row in, before it is weighed.
    fileprivate var items = ItemRowScratch()

    init() {}

    /// Calls `write` with room for `size` ids and values; it writes those it keeps and
    /// returns how many; `body` is then called with them.
    fileprivate mutating func fill<Result>(size: Int, _ write: (UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Double>) -> Int,
                                           _ body: (UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Double>) -> Result) -> Result {
        if ids.count < max(size, 1) {
            ids = [Int32](repeating: 0, count: max(size, 2 * ids.count, 1))
            values = [Double](repeating: 0, count: ids.count)
        }
        return ids.withUnsafeMutableBufferPointer { ids in
            values.withUnsafeMutableBufferPointer { values in
                let kept = write(ids.baseAddress!, values.baseAddress!)
                return body(UnsafeBufferPointer(rebasing: ids[0..<kept]), UnsafeBufferPointer(rebasing: values[0..<kept]))
            }
        }
    }
}

/// What a TF-IDF vector is weighed from, besides its counted tokens: a token weighs its
/// sublinear term frequency times its IDF times the weight of the heaviest kind it occurs as.
struct Weighing: Sendable {
    /// Each token's IDF, by id.
    let idf: [Double]
    /// The weight of each set of kinds a token occurs as, by its kind bits.
    let kindWeights: [Double]

    /// The weight of each set of kinds (bits of `TokenKind` raw values): the heaviest kind's.
    /// Each alignment weighs its own, so it is built in plain loops: closures over 64 sets
    /// of six kinds allocated hundreds of contexts an alignment.
    static func kindWeights(_ weights: TokenWeights) -> [Double] {
        var byKind = [Double](repeating: 0, count: 6)
        for bit in byKind.indices { byKind[bit] = TokenKind(rawValue: bit).map(weights.weight(of:)) ?? 0 }
        var result = [Double](repeating: 0, count: 64)
        for mask in result.indices {
            for bit in byKind.indices where mask & (1 << bit) != 0 { result[mask] = max(result[mask], byKind[bit]) }
        }
        return result
    }

    /// Sublinear term frequency, 1 + ln(count), for the counts most tokens have.
    static let sublinear: [Double] = (0..<32).map(TokenWeights.frequency)

    /// Writes the ids and weights of `row`'s tokens that weigh more than zero, scaled to
    /// unit length, and returns how many.
    @inline(__always)
    func weigh(_ row: CountedRow, ids output: UnsafeMutablePointer<Int32>, values: UnsafeMutablePointer<Double>) -> Int {
        let sublinear = Weighing.sublinear
        // Read through buffer pointers: this runs for every token of a district plan.
        let kept = idf.withUnsafeBufferPointer { idf in
            kindWeights.withUnsafeBufferPointer { kindWeights in
                var kept = 0
                for index in row.ids.indices {
                    let count = row.count(at: index)
                    let frequency = count < sublinear.count ? sublinear[count] : TokenWeights.frequency(count)
                    let value = frequency * idf[Int(row.ids[index])] * kindWeights[Int(row.kinds[index])]
                    if value > 0 {
                        output[kept] = row.ids[index]
                        values[kept] = value
                        kept += 1
                    }
                }
                return kept
            }
        }
        VectorRows.scaleToUnitLength(values, count: kept)
        return kept
    }
}

/// Vectors weighed when they are read, one at a time, into scratch room: what the posting
/// index scores a plan's sentences or items with.
protocol WeighedVectors {
    /// The number of vectors.
    var count: Int { get }

    /// Calls `body` with the ids (in increasing order) and values of vector `row`, weighed
    /// into `scratch`.
    func withVector<Result>(_ row: Int, scratch: inout VectorScratch,
                            _ body: (UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Double>) -> Result) -> Result
}

extension WeighedVectors {
    /// Vector `row` on its own, in storage of its own.
    func vector(_ row: Int) -> VectorRows {
        var scratch = VectorScratch()
        return withVector(row, scratch: &scratch, VectorRows.init(ids:values:))
    }
}

/// TF-IDF vectors weighed from counted rows when they are read: a long district plan's
/// vectors are never all held, only its counted tokens (six bytes a token, where a stored
/// vector added eight more).
struct WeighedRows: WeighedVectors, Sendable {
    let counted: CountedRows
    let weighing: Weighing

    var count: Int { counted.count }

    /// Calls `body` with row `row` read in place.
    @inline(__always)
    private func withRow<Result>(_ row: Int, _ body: (CountedRow) -> Result) -> Result {
        counted.withRows(counted.rows.range(row), body)
    }

    /// Every vector, weighed at once and stored: for the few rows of a municipal plan, read
    /// for every district sentence.
    var stored: VectorRows {
        VectorRows(count: count, size: counted.rows.ids.count) { row, ids, values in
            withRow(row) { weighing.weigh($0, ids: ids, values: values) }
        }
    }

    func withVector<Result>(_ row: Int, scratch: inout VectorScratch,
                            _ body: (UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Double>) -> Result) -> Result {
        scratch.fill(size: counted.rows.range(row).count, { ids, values in withRow(row) { weighing.weigh($0, ids: ids, values: values) } }, body)
    }
}

/// The TF-IDF vectors of a plan's items, each weighed from its units' rows merged when it is read.
struct WeighedItems: WeighedVectors, Sendable {
    let plan: CountedPlan
    let weighing: Weighing

    var count: Int { plan.itemCount }

    func withVector<Result>(_ item: Int, scratch: inout VectorScratch,
                            _ body: (UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Double>) -> Result) -> Result {
        // The merge room is moved out and back, not copied: a copy would share its buffers.
        var merging = ItemRowScratch()
        swap(&merging, &scratch.items)
        defer { swap(&merging, &scratch.items) }
        return scratch.fill(size: plan.tokenPositions(of: item).count, { ids, values in
            plan.withItemRow(item, scratch: &merging) { weighing.weigh($0, ids: ids, values: values) }
        }, body)
    }
}
