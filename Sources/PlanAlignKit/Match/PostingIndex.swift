import Foundation

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

    /// Indexes the vectors of `vectors`: vector `n` is unit `n`. `layout`, when it was laid
    /// out from vectors with the same ids in the same rows (checked here), spares laying
    /// them out again: only the weights are read.
    init(_ vectors: VectorRows, layout: Layout? = nil) {
        let layout = layout.flatMap { $0.fits(vectors) ? $0 : nil } ?? Layout(vectors)
        starts = layout.starts
        units = layout.units
        weights = vectors.values.withUnsafeBufferPointer { values in
            layout.sources.map { values[Int($0)] }
        }
        count = vectors.count
    }

    /// Where each posting of an index goes and which weight it holds, for vectors whose
    /// tokens are fixed and whose weights change: a municipal plan's, weighed again with the
    /// IDF of each district it is aligned with, lays its postings out once.
    struct Layout: Sendable {
        /// Where each token's postings start; token `t` spans `starts[t]..<starts[t + 1]`.
        fileprivate let starts: [Int]
        fileprivate let units: [Int32]
        /// The position in the vectors' `values` of each posting's weight.
        fileprivate let sources: [Int32]
        /// The vectors' ids and row starts, which a layout fits only if they are the same.
        private let ids: [Int32]
        private let rows: [Int]

        /// The layout of the postings of `vectors`.
        ///
        /// Only the ids up to the highest the vectors hold get a start: the municipal side is
        /// indexed, and a district's own tokens, numbered after the municipal plan's, would
        /// each have had an empty one.
        init(_ vectors: VectorRows) {
            let tokens = (vectors.ids.max().map { Int($0) } ?? -1) + 1
            var starts = [Int](repeating: 0, count: tokens + 1)
            // Written through buffer pointers: each posting is counted and placed once.
            starts.withUnsafeMutableBufferPointer { starts in
                for id in vectors.ids { starts[Int(id) + 1] += 1 }
                for token in 0..<tokens { starts[token + 1] += starts[token] }
            }
            var fill = starts
            var units = [Int32](repeating: 0, count: starts[tokens])
            var sources = [Int32](repeating: 0, count: starts[tokens])
            fill.withUnsafeMutableBufferPointer { fill in
                units.withUnsafeMutableBufferPointer { units in
                    sources.withUnsafeMutableBufferPointer { sources in
                        for unit in 0..<vectors.count {
                            for index in vectors.range(unit) {
                                let id = Int(vectors.ids[index])
                                units[fill[id]] = Int32(unit)
                                sources[fill[id]] = Int32(index)
                                fill[id] += 1
                            }
                        }
                    }
                }
            }
            self.starts = starts
            self.units = units
            self.sources = sources
            ids = vectors.ids
            rows = vectors.starts
        }

        /// Whether `vectors` hold the ids, row by row, that this layout was made from.
        func fits(_ vectors: VectorRows) -> Bool {
            func same<Element>(_ left: [Element], _ right: [Element]) -> Bool {
                left.count == right.count && left.withUnsafeBytes { left in
                    right.withUnsafeBytes { right in left.count == 0 || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0 }
                }
            }
            return same(ids, vectors.ids) && same(rows, vectors.starts)
        }
    }

    /// Scratch space for scoring queries one after another without allocating.
    struct Scratch: Sendable {
        fileprivate var scores: [Double]
        /// The units a query has scored so far, in the order first scored: room for every
        /// unit, so that each is written in place, without an append's checks.
        fileprivate var touched: [Int32]
        init(for index: PostingIndex) {
            scores = [Double](repeating: 0, count: index.count)
            touched = [Int32](repeating: 0, count: index.count)
        }
        /// Room for no index: what a sweep holds while it lends its own out.
        init() { (scores, touched) = ([], []) }
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
            touched.withUnsafeMutableBufferPointer { touched in
                var scored = 0
                units.withUnsafeBufferPointer { units in
                    weights.withUnsafeBufferPointer { weights in
                        starts.withUnsafeBufferPointer { starts in
                            // Ids come in increasing order: past the last indexed one, none has postings.
                            let indexed = starts.count - 1
                            for index in ids.indices {
                                let id = Int(ids[index]), value = values[index]
                                if id >= indexed { break }
                                for posting in starts[id]..<starts[id + 1] {
                                    // Weights are above zero, and so is a product unless it
                                    // underflows: one that does adds nothing and is passed
                                    // over, so that a unit scored once stays above zero and is
                                    // listed once, within room for every unit.
                                    let unit = Int(units[posting]), product = value * weights[posting]
                                    guard product > 0 else { continue }
                                    if scores[unit] == 0 {
                                        touched[scored] = Int32(unit)
                                        scored += 1
                                    }
                                    scores[unit] += product
                                }
                            }
                        }
                    }
                }
                for unit in touched[..<scored] {
                    body(Int(unit), scores[Int(unit)])
                    scores[Int(unit)] = 0
                }
            }
        }
        scratch.touched = touched
    }
}
