/// A district plan's counted tokens, read a stretch of items at a time.
///
/// A plan of up to `stretchBytes` bytes of text is one stretch: it is counted once and its
/// rows are held. A longer plan is counted once to intern its tokens, count how many items
/// hold each and read its headings, a stretch at a time, and its rows are let go; each
/// sweep counts it again, a stretch at a time. A 50 MB plan's rows took 90 MB, about twice
/// its text, through a whole report; now a stretch's rows are held at a time.
///
/// Counting again gives the same rows: the tokenizer and the text are the same, and every
/// token is already interned, so the table is only read.
struct DistrictCounts: Sendable {
    /// How much text a stretch holds, in UTF-8 bytes, unless an item alone holds more.
    /// Far above any real plan, which holds well under a megabyte.
    static let standardStretchBytes = 4 << 20

    private let items: [PlanItem]
    private let tokenizer: Tokenizer
    private let table: TokenTable
    /// Every row, when the plan is one stretch.
    private let held: CountedPlan?
    /// The items of each stretch, in order.
    let stretches: [Range<Int>]
    /// Where each item's units start among all the plan's units, and one past the last
    /// unit: item `i` spans `unitStarts[i]..<unitStarts[i + 1]`.
    let unitStarts: [Int]

    /// Counts `items` into `table` a stretch at a time, calling `body` with each stretch's
    /// counted rows, in order, and the table as it then is.
    init(_ items: [PlanItem], tokenizer: Tokenizer, table: inout TokenTable, stretchBytes: Int,
         _ body: (_ counted: CountedPlan, _ table: TokenTable) -> Void) {
        let stretches = DistrictCounts.stretches(of: items, bytes: stretchBytes)
        var unitStarts = [0]
        unitStarts.reserveCapacity(items.count + 1)
        var held: CountedPlan?
        for stretch in stretches {
            let counted = VectorSpace.count(items[stretch], tokenizer: tokenizer, into: &table)
            for item in 0..<counted.itemCount { unitStarts.append(unitStarts[unitStarts.count - 1] + counted.units(of: item).count) }
            body(counted, table)
            if stretches.count == 1 { held = counted }
        }
        self.items = items
        self.tokenizer = tokenizer
        self.table = table
        self.held = held
        self.stretches = stretches
        self.unitStarts = unitStarts
    }

    /// The number of items.
    var itemCount: Int { unitStarts.count - 1 }

    /// The units of item `item`, among all the plan's units.
    func units(of item: Int) -> Range<Int> { unitStarts[item]..<unitStarts[item + 1] }

    /// Consecutive runs of items of about `bytes` bytes of text each; none when there are no items.
    static func stretches(of items: [PlanItem], bytes: Int) -> [Range<Int>] {
        var stretches: [Range<Int>] = [], start = 0, size = 0
        for (index, item) in items.enumerated() {
            size += item.text.utf8.count + item.titleSlice.utf8.count
            if size >= bytes, index + 1 < items.count {
                stretches.append(start..<index + 1)
                (start, size) = (index + 1, 0)
            }
        }
        if start < items.count { stretches.append(start..<items.count) }
        return stretches
    }

    /// The counted rows of stretch `index`: held when the plan is one stretch, counted again when not.
    func stretch(_ index: Int) -> CountedPlan {
        if let held { return held }
        // Every token is interned already: the copy is only read, so it shares the table's storage.
        var table = self.table
        return VectorSpace.count(items[stretches[index]], tokenizer: tokenizer, into: &table)
    }

    /// Item `item`'s counted rows on their own, as a plan of one item.
    func item(_ item: Int) -> CountedPlan {
        if let held { return held.item(item) }
        var table = self.table
        return VectorSpace.count(items[item...item], tokenizer: tokenizer, into: &table)
    }
}
