/// One plan's counted tokens: each unit (an item's title and measures, as
/// `VectorSpace.unitTexts(of:)` lists them) a row, with how often each token occurs in its
/// row: what the plan's TF-IDF vectors are weighed from.
///
/// An item's row (all its units' tokens together) is merged from its units' rows when it is
/// read, and never stored: a long plan's item rows held nearly as many tokens as its units.
struct CountedPlan: Sendable {
    /// Every unit of every item, item after item.
    var units = CountedRows()
    /// Where each item's units end among `units`: item `i` spans `unitStarts[i]..<unitStarts[i + 1]`.
    var unitStarts: [Int] = [0]
    /// The position among its item's units of each item's heading: the title, first, unless
    /// a measure is the heading itself (see `VectorSpace.headingMeasure(of:)`).
    var headingUnits: [Int] = []

    /// The number of items.
    var itemCount: Int { unitStarts.count - 1 }

    /// The rows of `units` of item `item`.
    func units(of item: Int) -> Range<Int> { unitStarts[item]..<unitStarts[item + 1] }

    /// The positions among the units' tokens of item `item`'s tokens.
    func tokenPositions(of item: Int) -> Range<Int> {
        let rows = units(of: item)
        return units.rows.starts[rows.lowerBound]..<units.rows.starts[rows.upperBound]
    }

    /// The row of `units` that is item `item`'s heading.
    func headingRow(of item: Int) -> Int { unitStarts[item] + headingUnits[item] }

    /// The item of each unit.
    var unitOwners: [Int] {
        var owners: [Int] = []
        owners.reserveCapacity(units.count)
        for item in 0..<itemCount { owners.append(contentsOf: repeatElement(item, count: unitStarts[item + 1] - unitStarts[item])) }
        return owners
    }

    /// Records that the named tokens among `ids` now count as quoted, in every row.
    mutating func quote(_ ids: Set<Int32>) { units.quote(ids) }

    /// Adds one to `frequency[id]` for every item that holds token `id`, once an item
    /// however many of its units hold it.
    ///
    /// - Complexity: O(t) in the number of tokens.
    func countItems(into frequency: inout [Int]) {
        // The last item each token was counted for.
        var counted = [Int](repeating: -1, count: frequency.count)
        let ids = units.rows.ids
        for item in 0..<itemCount {
            for position in tokenPositions(of: item) where counted[Int(ids[position])] != item {
                counted[Int(ids[position])] = item
                frequency[Int(ids[position])] += 1
            }
        }
    }

    /// The concepts item `item` names directly (as a term or a quoted term) in any unit:
    /// one pass over its units' tokens, into one set.
    func directConcepts(ofItem item: Int, keys: TokenKeys) -> Set<Int32> {
        var concepts = Set<Int32>()
        let rows = units.rows
        for position in tokenPositions(of: item) where rows.occurs(at: position, as: .term) || rows.occurs(at: position, as: .quoted) {
            if let concept = keys.concept(Int(rows.ids[position])) { concepts.insert(concept) }
        }
        return concepts
    }

    /// Item `item`'s rows on their own, as a plan of one item.
    func item(_ item: Int) -> CountedPlan {
        var single = CountedPlan()
        for row in units(of: item) { units.withRows(units.rows.range(row)) { single.units.append($0) } }
        single.unitStarts.append(single.units.count)
        single.headingUnits.append(headingUnits[item])
        return single
    }

    /// Every item's row, stored: for a municipal plan's few items, read for every district.
    func itemRows() -> CountedRows {
        var rows = CountedRows(), scratch = ItemRowScratch()
        for item in 0..<itemCount { withItemRow(item, scratch: &scratch) { rows.append($0) } }
        rows.shrinkToFit()
        return rows
    }

    /// Calls `body` with item `item`'s row: each token any of its units holds, in increasing
    /// id order, with its counts summed and its kind bits joined. A one-unit item's row is
    /// its unit's; a longer one is merged in `scratch`.
    ///
    /// - Complexity: O(t · u) in the item's tokens and units.
    func withItemRow<Result>(_ item: Int, scratch: inout ItemRowScratch, _ body: (CountedRow) -> Result) -> Result {
        let positions = tokenPositions(of: item), rows = units(of: item)
        return units.withRows(positions) { row in
            guard rows.count > 1 else { return body(row) }
            // Where each unit ends, counted from the item's first token.
            return scratch.merge(row, ends: units.rows.starts[(rows.lowerBound + 1)...(rows.upperBound)].lazy.map { $0 - positions.lowerBound }, body)
        }
    }
}

/// One counted row, read in place: ids in increasing order, with each token's kind bits and count.
struct CountedRow {
    let ids: UnsafeBufferPointer<Int32>
    let kinds: UnsafeBufferPointer<UInt8>
    /// Each token's count, or `TokenCounts.aside` where it is kept in `large`.
    let counts: UnsafeBufferPointer<UInt8>
    /// The counts of 255 and more, by position plus `start`.
    let large: [Int: Int]
    /// The position of the row's first token where `large` counts positions.
    let start: Int

    /// Calls `body` with the tokens at `positions` of `ids`, `kinds` and `counts`, read in place.
    static func with<Result>(ids: [Int32], kinds: [UInt8], counts: TokenCounts, _ positions: Range<Int>,
                             _ body: (CountedRow) -> Result) -> Result {
        ids.withUnsafeBufferPointer { ids in
            kinds.withUnsafeBufferPointer { kinds in
                counts.small.withUnsafeBufferPointer { small in
                    body(CountedRow(ids: UnsafeBufferPointer(rebasing: ids[positions]), kinds: UnsafeBufferPointer(rebasing: kinds[positions]),
                                    counts: UnsafeBufferPointer(rebasing: small[positions]), large: counts.large, start: positions.lowerBound))
                }
            }
        }
    }

    /// The count of the token at `index`.
    @inline(__always)
    func count(at index: Int) -> Int { TokenCounts.count(counts[index], at: start + index, large: large) }
}

/// Room to merge an item's unit rows in, grown to the longest item merged and kept for the next.
struct ItemRowScratch: Sendable {
    /// A token of a row merged so far: its id, kind bits and full count.
    private struct Token: Sendable {
        var id: Int32
        var kinds: UInt8
        var total: Int
    }

    /// The row merged so far, and the row the next unit is merged into; they swap after each unit.
    private var merged: [Token] = [], next: [Token] = []
    /// The merged row as a `CountedRow` reads it.
    private var ids: [Int32] = [], kinds: [UInt8] = [], counts = TokenCounts()

    init() {}

    /// Merges the tokens of `source` (an item's unit rows one after another, each sorted by
    /// id, unit `u` ending at `ends[u]`) by id, and calls `body` with the merged row.
    ///
    /// Each unit is merged into the row of those before it, so an item of k units costs
    /// O(t · k) comparisons for t tokens, where sorting them cost O(t log t) with a larger
    /// constant: items hold a few units each.
    fileprivate mutating func merge<Result>(_ source: CountedRow, ends: some Sequence<Int>, _ body: (CountedRow) -> Result) -> Result {
        let size = source.ids.count
        if merged.count < size {
            let room = max(size, 2 * merged.count)
            let empty = Token(id: 0, kinds: 0, total: 0)
            (merged, next) = ([Token](repeating: empty, count: room), [Token](repeating: empty, count: room))
            (ids, kinds) = ([Int32](repeating: 0, count: room), [UInt8](repeating: 0, count: room))
        }
        var length = 0, start = 0
        for end in ends {
            length = ItemRowScratch.merge(source, start..<end, with: merged, length: length, into: &next)
            swap(&merged, &next)
            start = end
        }
        counts.removeAll()
        counts.appendZeros(length)
        let merged = self.merged
        ids.withUnsafeMutableBufferPointer { ids in
            kinds.withUnsafeMutableBufferPointer { kinds in
                counts.write(from: 0) { counts in
                    for index in 0..<length {
                        ids[index] = merged[index].id
                        kinds[index] = merged[index].kinds
                        counts.set(index, merged[index].total)
                    }
                }
            }
        }
        return CountedRow.with(ids: ids, kinds: kinds, counts: counts, 0..<length, body)
    }

    /// Merges the tokens at `positions` of `source` with the first `length` of `row`,
    /// writing the result to `output`; returns its length.
    private static func merge(_ source: CountedRow, _ positions: Range<Int>, with row: [Token], length: Int, into output: inout [Token]) -> Int {
        row.withUnsafeBufferPointer { row in
            output.withUnsafeMutableBufferPointer { output in
                var left = 0, right = positions.lowerBound, written = 0
                while left < length || right < positions.upperBound {
                    if right == positions.upperBound || (left < length && row[left].id < source.ids[right]) {
                        output[written] = row[left]
                        left += 1
                    } else if left == length || source.ids[right] < row[left].id {
                        output[written] = Token(id: source.ids[right], kinds: source.kinds[right], total: source.count(at: right))
                        right += 1
                    } else {
                        output[written] = Token(id: row[left].id, kinds: row[left].kinds | source.kinds[right],
                                                total: row[left].total + source.count(at: right))
                        left += 1
                        right += 1
                    }
                    written += 1
                }
                return written
            }
        }
    }
}
