import Foundation

/// The TF-IDF vectors of two plans' items and sentences, with interned tokens.
///
/// IDF comes from the items of both documents together, so a word common to the
/// genre (`卫生`, `健康`) weighs little wherever it appears.
struct VectorSpace: Sendable {
    let parameters: Parameters
    let tokenizer: Tokenizer
    private(set) var table: TokenTable
    var keys: TokenKeys { table.keys }
    /// Each token's IDF, and the weight of a token for each set of kinds it occurs as (the heaviest kind's).
    let weighing: Weighing
    var idf: [Double] { weighing.idf }
    /// How many items each token occurs in.
    private(set) var frequency: [Int] = []
    /// Each plan's counted tokens, unit by unit: what the vectors are weighed
    /// from, and what evidence and coverage read the concepts an item or sentence names
    /// itself from, when they are asked for. A long district plan's are counted again when read.
    private(set) var municipal: CountedPlan
    let district: DistrictCounts
    /// The TF-IDF vector of each municipal item and unit (title and measures), in the rows of
    /// its counted tokens: stored, since every district sentence is scored against them.
    private(set) var municipalItems: VectorRows
    private(set) var municipalUnits: VectorRows
    /// The inverted indexes of those vectors, which district texts are swept against.
    let municipalItemIndex: PostingIndex
    let municipalUnitIndex: PostingIndex
    /// The vectors of district items, weighed when they are read from their counted tokens.
    func items(_ counted: CountedPlan) -> WeighedItems { WeighedItems(plan: counted, weighing: weighing) }
    /// The vectors of district units (titles and sentences), weighed when they are read.
    func units(_ counted: CountedPlan) -> WeighedRows { WeighedRows(counted: counted.units, weighing: weighing) }
    /// The concepts each priority names directly, in any of its units, as sorted token ids.
    private(set) var municipalConcepts: [[Int32]] = []
    /// The concepts each priority's heading names itself, as sorted token ids: an item's
    /// heading says what it is about.
    private(set) var municipalHeadings: [[Int32]] = []
    /// The concepts each task's heading names, with the broader fields they belong to: a
    /// plan below breaks its priorities into specifics (健康档案 within 基本公共卫生).
    private(set) var districtHeadings: [[Int32]] = []
    /// The concepts each task's heading names itself, without fields.
    private(set) var districtHeadingTerms: [[Int32]] = []

    /// The space of a prepared municipal plan and a district plan.
    ///
    /// The municipal tokens are reused unless a term the district quotes occurs in the
    /// municipal text. A district plan of more than `stretchBytes` bytes of text is counted
    /// a stretch of items at a time (see `DistrictCounts`).
    init(municipal prepared: PreparedPlan, district plan: PlanDocument, parameters: Parameters,
         stretchBytes: Int = DistrictCounts.standardStretchBytes) {
        self.parameters = parameters
        var lexicon = prepared.lexicon
        let added = VectorSpace.addQuotedTerms(of: plan.items, to: &lexicon, quoted: prepared.quoted, rule: parameters.quoting)
        let tokenizer = prepared.tokenizer.extended(lexicon: lexicon, quoted: added.concepts)
        self.tokenizer = tokenizer

        var table: TokenTable
        var municipal: CountedPlan, municipalItemRows: CountedRows
        let retokenized = added.terms.contains(where: prepared.occurs)
        if retokenized {
            // A term the district quotes occurs in the municipal text: tokenize it afresh.
            table = TokenTable()
            municipal = VectorSpace.count(prepared.plan.items[...], tokenizer: tokenizer, into: &table)
            municipalItemRows = municipal.itemRows()
        } else {
            table = prepared.table
            municipal = prepared.counted
            municipalItemRows = prepared.itemRows
            let newlyQuoted = added.concepts.subtracting(prepared.quoted)
            if !newlyQuoted.isEmpty {
                // Concepts the district quotes weigh as quoted terms on both sides.
                let ids = Set(newlyQuoted.compactMap { table.id(of: .concept($0)) })
                for id in ids where table.kinds[Int(id)] == .term { table.setKind(.quoted, of: id) }
                municipal.quote(ids)
                municipalItemRows.quote(ids)
            }
        }
        var frequency = [Int](repeating: 0, count: table.count)
        for id in municipalItemRows.rows.ids { frequency[Int(id)] += 1 }
        var districtHeadings: [[Int32]] = [], districtHeadingTerms: [[Int32]] = []
        districtHeadings.reserveCapacity(plan.items.count)
        districtHeadingTerms.reserveCapacity(plan.items.count)
        let district = DistrictCounts(plan.items, tokenizer: tokenizer, table: &table, stretchBytes: stretchBytes) { counted, table in
            frequency.append(contentsOf: repeatElement(0, count: table.count - frequency.count))
            counted.countItems(into: &frequency)
            for item in 0..<counted.itemCount {
                let heading = counted.headingRow(of: item)
                districtHeadings.append(counted.units.rows.conceptIDs(heading, keys: table.keys, includingFields: true))
                districtHeadingTerms.append(counted.units.rows.conceptIDs(heading, keys: table.keys))
            }
        }
        self.table = table
        self.districtHeadings = districtHeadings
        self.districtHeadingTerms = districtHeadingTerms

        let items = municipal.itemCount + district.itemCount
        // A token's IDF depends only on how many of the items hold it: one logarithm per
        // possible count, not one per token.
        let byFrequency = (0...items).map { TokenWeights.idf(total: items, items: $0) }
        let idf = frequency.map { byFrequency[$0] }
        self.frequency = frequency
        let weighing = Weighing(idf: idf, kindWeights: Weighing.kindWeights(parameters.tokens))
        self.weighing = weighing

        municipalItems = WeighedRows(counted: municipalItemRows, weighing: weighing).stored
        municipalUnits = WeighedRows(counted: municipal.units, weighing: weighing).stored
        // Laid out as the prepared plan's postings are, wherever the vectors hold the same ids
        // row by row (which `PostingIndex` checks): the layout depends on nothing else.
        municipalItemIndex = PostingIndex(municipalItems, layout: prepared.layouts.items)
        municipalUnitIndex = PostingIndex(municipalUnits, layout: prepared.layouts.units)
        if retokenized {
            (municipalConcepts, municipalHeadings) = VectorSpace.conceptIDs(of: municipal, itemRows: municipalItemRows, keys: table.keys)
        } else {
            (municipalConcepts, municipalHeadings) = (prepared.concepts, prepared.headings)
        }
        self.municipal = municipal
        self.district = district
    }

    /// The concepts each item of `counted` names directly (in its merged `itemRows`), and
    /// those its heading names itself, as sorted token ids.
    static func conceptIDs(of counted: CountedPlan, itemRows: CountedRows, keys: TokenKeys) -> (items: [[Int32]], headings: [[Int32]]) {
        let items = (0..<counted.itemCount).map { itemRows.rows.conceptIDs($0, keys: keys) }
        let headings = (0..<counted.itemCount).map { item in counted.units.rows.conceptIDs(counted.headingRow(of: item), keys: keys) }
        return (items, headings)
    }

    /// Adds the terms that `items` quote to `lexicon`, and returns the terms it did not
    /// know with every quoted concept (`quoted` and the new ones).
    ///
    /// A whole quotation is a term; a part of a quoted list only when it is three
    /// characters or more, or already known.
    static func addQuotedTerms(of items: [PlanItem], to lexicon: inout Lexicon, quoted: Set<Int32>,
                               rule: QuotedTermRule) -> (terms: [String], concepts: Set<Int32>) {
        var concepts = quoted, terms: [String] = []
        for item in items {
            for term in Tokenizer.quotedTerms(in: item.text, lengths: rule.lengths) where !lexicon.isGeneric(term.text) {
                var concept = lexicon.concept(of: term.text)
                if concept == nil, term.isWhole || term.text.unicodeScalars.count >= rule.unlistedMinimum {
                    concept = lexicon.add(term.text, concept: term.text)
                    terms.append(term.text)
                }
                if let concept { concepts.insert(concept) }
            }
        }
        return (terms, concepts)
    }

    /// The counted tokens of each item's units (title and measures), interned into `table`.
    static func count(_ items: ArraySlice<PlanItem>, tokenizer: Tokenizer, into table: inout TokenTable) -> CountedPlan {
        var unitTokens: [UInt64] = []
        var counted = CountedPlan()
        counted.unitStarts.reserveCapacity(items.count + 1)
        // A unit holds about 0.8 distinct tokens a Han character, three bytes: room for a
        // little more, reserved at once, spares a long plan's rows the copies and the unused
        // half that growing by doubling leaves.
        counted.units.reserveCapacity(tokens: items.reduce(0) { $0 + $1.text.utf8.count + $1.titleSlice.utf8.count } * 3 / 10)
        // Each unit's scalars are decoded into one buffer reused from unit to unit.
        var scalars: [Unicode.Scalar] = []
        for item in items {
            let heading = headingMeasure(of: item)
            if heading == nil {
                UTF8Scalars.decode(item.titleSlice, replacing: &scalars)
                count(scalars, into: &counted.units, table: &table, unit: &unitTokens, tokenizer)
            }
            for measure in item.measures {
                measure.decode(into: &scalars)
                count(scalars, into: &counted.units, table: &table, unit: &unitTokens, tokenizer)
            }
            counted.unitStarts.append(counted.units.count)
            counted.headingUnits.append(heading ?? 0)
        }
        counted.units.shrinkToFit()
        return counted
    }

    /// Counts one unit's tokens as a row of `rows`.
    @inline(__always)
    private static func count(_ characters: [Unicode.Scalar], into rows: inout CountedRows, table: inout TokenTable,
                              unit: inout [UInt64], _ tokenizer: Tokenizer) {
        unit.removeAll(keepingCapacity: true)
        TokenRows.pack(characters, tokenizer: tokenizer, table: &table, into: &unit)
        rows.append(packed: &unit)
    }

    /// The texts an item is matched by: its title, then its measures. The `n`th is the
    /// item's `n`th unit in its counted plan.
    static func unitTexts(of item: PlanItem) -> [String] {
        let measures = item.measures.map(\.text)
        return headingMeasure(of: item) == nil ? [item.title] + measures : measures
    }

    /// The `position`th of `unitTexts(of:)`, without making the others.
    static func unitText(of item: PlanItem, at position: Int) -> String {
        guard headingMeasure(of: item) == nil else { return item.measures[position].text }
        return position == 0 ? item.title : item.measures[position - 1].text
    }

    /// The source line of each of `unitTexts(of:)`.
    static func unitLines(of item: PlanItem) -> [Int] {
        let measures = item.measures.map(\.line)
        return headingMeasure(of: item) == nil ? [item.lines.start] + measures : measures
    }

    /// The measure that is the item's heading itself, if any.
    static func headingMeasure(of item: PlanItem) -> Int? {
        // Compared in place, byte counts first: most measures differ in them.
        let title = item.titleSlice
        return item.measures.firstIndex { $0.hasText(title) }
    }

    /// The TF-IDF vectors of texts' interned tokens, one text a row, in this space.
    func vectors(_ rows: CountedRows) -> VectorRows { WeighedRows(counted: rows, weighing: weighing).stored }

    /// A sweep of the district's tasks against the priorities' measures: for a task's
    /// sentences, the best cosine of any of them with any of each priority's measures.
    func bestPairSweep() -> GroupSweep {
        GroupSweep(municipalUnitIndex, owners: municipal.unitOwners, groups: municipal.itemCount)
    }

    /// The best cosine of any of the priority's measures with any of the task's sentences,
    /// read on its own: the same to the last bit as a sweep gives it.
    func bestPair(priority: Int, task: Int) -> Double {
        let counted = district.item(task), districtUnits = units(counted)
        var best = 0.0
        for unit in counted.units(of: 0) {
            let vector = districtUnits.vector(unit)
            for row in municipal.units(of: priority) { best = max(best, municipalUnits.cosine(row, vector, 0)) }
        }
        return best
    }
}

/// Scores groups of right vectors (a task's sentences, or its whole text) one group at a
/// time against an inverted index of left vectors (a municipal plan's, which are few): each
/// left group gets the best cosine of any of its vectors with any of the group's.
///
/// The right side is never indexed, and only one group's scores are held: a district plan
/// of 100,000 sentences holds no index of them, and no table of its best pairs.
struct GroupSweep: Sendable {
    private let index: PostingIndex
    private let owners: [Int]
    private var scratch: PostingIndex.Scratch
    private var vectorScratch = VectorScratch()
    /// The best score with each left group, of the group swept last.
    private(set) var best: [Double]

    /// A sweep against the vectors `index` holds, whose vector `v` belongs to left group `owners[v]`.
    init(_ index: PostingIndex, owners: [Int], groups: Int) {
        self.index = index
        self.owners = owners
        scratch = PostingIndex.Scratch(for: index)
        best = [Double](repeating: 0, count: groups)
    }

    /// Sweeps the vectors `rows` of `right`; `best` then holds each left group's best score
    /// with any of them. `reading` is called with each vector as it is weighed, for another
    /// sweep over the same vectors to read without weighing them again.
    mutating func sweep(_ right: some WeighedVectors, rows: Range<Int>,
                        reading: (_ row: Int, _ ids: UnsafeBufferPointer<Int32>, _ values: UnsafeBufferPointer<Double>) -> Void = { _, _, _ in }) {
        // Moved out and back, so that the closures below write them in place.
        var best: [Double] = [], scratch = PostingIndex.Scratch(), vectorScratch = VectorScratch()
        swap(&best, &self.best)
        swap(&scratch, &self.scratch)
        swap(&vectorScratch, &self.vectorScratch)
        defer {
            swap(&best, &self.best)
            swap(&scratch, &self.scratch)
            swap(&vectorScratch, &self.vectorScratch)
        }
        for group in best.indices { best[group] = 0 }
        let (index, owners) = (self.index, self.owners)
        best.withUnsafeMutableBufferPointer { best in
            for vector in rows {
                right.withVector(vector, scratch: &vectorScratch) { ids, values in
                    index.forEachScore(ids: ids, values: values, scratch: &scratch) { unit, score in
                        let group = owners[unit]
                        if score > best[group] { best[group] = score }
                    }
                    reading(vector, ids, values)
                }
            }
        }
    }
}
