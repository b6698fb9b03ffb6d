/// An inverted index over unit vectors: for each token, the vectors that hold it and
/// their weights, laid out in one array (compressed rows).
///
/// Scoring a query walks only the postings of the query's tokens, so its cost grows with
/// the vectors that share a token with it, not with all of them.
struct PostingIndex {
    /// Where each token's postings start in `units` and `weights`; token `t` spans `starts[t]..<starts[t + 1]`.
    private var starts: [Int]
    private var units: [Int32]
    private var weights: [Double]
    /// How many vectors were indexed.
    let count: Int

    /// Indexes the vectors of `groups` in order, group after group: the `n`th vector met is
    /// unit `n`. The groups are walked by index, twice, without flattening them into a sequence.
    init(groups: [[SparseVector]], tokens: Int) {
        var starts = [Int](repeating: 0, count: tokens + 1)
        var unit = 0
        for group in groups {
            for vector in group {
                for id in vector.ids { starts[Int(id) + 1] += 1 }
                unit += 1
            }
        }
        for token in 0..<tokens { starts[token + 1] += starts[token] }
        var fill = starts
        var units = [Int32](repeating: 0, count: starts[tokens])
        var weights = [Double](repeating: 0, count: starts[tokens])
        var position: Int32 = 0
        for group in groups {
            for vector in group {
                for index in vector.ids.indices {
                    let id = Int(vector.ids[index])
                    units[fill[id]] = position
                    weights[fill[id]] = vector.values[index]
                    fill[id] += 1
                }
                position += 1
            }
        }
        self.starts = starts
        self.units = units
        self.weights = weights
        count = unit
    }

    /// Scratch space for scoring queries one after another without allocating.
    struct Scratch {
        fileprivate var scores: [Double]
        fileprivate var touched: [Int32] = []
        init(for index: PostingIndex) { scores = [Double](repeating: 0, count: index.count) }
    }

    /// Calls `body` with each indexed unit that shares a token with `query` and its cosine
    /// with it, in no particular order.
    ///
    /// Each cosine sums the products in the query's token order, as `SparseVector.cosine`
    /// does, so the two give the same value to the last bit.
    func forEachScore(_ query: SparseVector, scratch: inout Scratch, _ body: (Int, Double) -> Void) {
        var touched = scratch.touched
        scratch.touched = []
        scratch.scores.withUnsafeMutableBufferPointer { scores in
            units.withUnsafeBufferPointer { units in
                weights.withUnsafeBufferPointer { weights in
                    starts.withUnsafeBufferPointer { starts in
                        for index in query.ids.indices {
                            let id = Int(query.ids[index]), value = query.values[index]
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

    /// The unit with the highest cosine with `query`, the first one on a tie; nil when no
    /// unit shares a token with it.
    func best(_ query: SparseVector, scratch: inout Scratch) -> (unit: Int, score: Double)? {
        var best: (unit: Int, score: Double)?
        forEachScore(query, scratch: &scratch) { unit, score in
            if let current = best, score < current.score || (score == current.score && unit > current.unit) { return }
            best = (unit, score)
        }
        return best
    }
}
