/// An inverted index over unit vectors: for each token, the vectors that hold it and
/// their weights, laid out in one array (compressed rows).
///
/// Scoring a query walks only the postings of the query's tokens, so its cost grows with
/// the vectors that share a token with it, not with all of them.
struct PostingIndex: Sendable {
    /// Where each token's postings start in `units` and `weights`; token `t` spans `starts[t]..<starts[t + 1]`.
    private var starts: [Int]
    private var units: [Int32]
    private var weights: [Double]
    /// How many vectors were indexed.
    let count: Int

    /// Indexes the vectors of `vectors`, whose ids are below `tokens`: vector `n` is unit `n`.
    ///
    /// Only the ids up to the highest the vectors hold get a start: the municipal side is
    /// indexed, and a district's own tokens, numbered after the municipal plan's, would
    /// each have had an empty one.
    init(_ vectors: VectorRows, tokens: Int) {
        let tokens = min(tokens, (vectors.ids.max().map { Int($0) } ?? -1) + 1)
        var starts = [Int](repeating: 0, count: tokens + 1)
        // Written through buffer pointers: each posting is counted and placed once.
        starts.withUnsafeMutableBufferPointer { starts in
            for id in vectors.ids { starts[Int(id) + 1] += 1 }
            for token in 0..<tokens { starts[token + 1] += starts[token] }
        }
        var fill = starts
        var units = [Int32](repeating: 0, count: starts[tokens])
        var weights = [Double](repeating: 0, count: starts[tokens])
        fill.withUnsafeMutableBufferPointer { fill in
            units.withUnsafeMutableBufferPointer { units in
                weights.withUnsafeMutableBufferPointer { weights in
                    for unit in 0..<vectors.count {
                        for index in vectors.range(unit) {
                            let id = Int(vectors.ids[index])
                            units[fill[id]] = Int32(unit)
                            weights[fill[id]] = vectors.values[index]
                            fill[id] += 1
                        }
                    }
                }
            }
        }
        self.starts = starts
        self.units = units
        self.weights = weights
        count = vectors.count
    }

    /// Scratch space for scoring queries one after another without allocating.
    struct Scratch: Sendable {
        fileprivate var scores: [Double]
        fileprivate var touched: [Int32] = []
        init(for index: PostingIndex) { scores = [Double](repeating: 0, count: index.count) }
        /// Room for no index: what a sweep holds while it lends its own out.
        init() { scores = [] }
    }

    /// Calls `body` with each indexed unit that shares a token with vector `row` of `query`
    /// and its cosine with it, in no particular order.
    ///
    /// Each cosine sums the products in increasing token order, as `VectorRows.cosine`
    /// does, so the two give the same value to the last bit, whichever side is indexed.
    func forEachScore(_ query: VectorRows, _ row: Int, scratch: inout Scratch, _ body: (Int, Double) -> Void) {
        let positions = query.range(row)
        query.ids.withUnsafeBufferPointer { ids in
            query.values.withUnsafeBufferPointer { values in
                forEachScore(ids: UnsafeBufferPointer(rebasing: ids[positions]), values: UnsafeBufferPointer(rebasing: values[positions]),
                             scratch: &scratch, body)
            }
        }
    }

    /// `forEachScore(_:_:scratch:_:)` for a query vector given as its ids, in increasing
    /// order, and its values.
    func forEachScore(ids: UnsafeBufferPointer<Int32>, values: UnsafeBufferPointer<Double>, scratch: inout Scratch,
                      _ body: (Int, Double) -> Void) {
        var touched = scratch.touched
        scratch.touched = []
        scratch.scores.withUnsafeMutableBufferPointer { scores in
            units.withUnsafeBufferPointer { units in
                weights.withUnsafeBufferPointer { weights in
                    starts.withUnsafeBufferPointer { starts in
                        // Ids come in increasing order: past the last indexed one, none has postings.
                        let indexed = starts.count - 1
                        for index in ids.indices {
                            let id = Int(ids[index]), value = values[index]
                            if id >= indexed { break }
                            for posting in starts[id]..<starts[id + 1] {
                                let unit = Int(units[posting])
                                if scores[unit] == 0 { touched.append(Int32(unit)) }
                                scores[unit] += value * weights[posting]
                            }
                        }
                    }
                }
            }
            for unit in touched {
                body(Int(unit), scores[Int(unit)])
                scores[Int(unit)] = 0
            }
        }
        touched.removeAll(keepingCapacity: true)
        scratch.touched = touched
    }
}
