import Foundation

/// The TF-IDF vectors of two plans' items and sentences, with interned tokens.
///
/// IDF comes from the items of both documents together, so a word common to the
/// genre (`卫生`, `健康`) weighs little wherever it appears.
struct VectorSpace {
    let parameters: Parameters
    let tokenizer: Tokenizer
    private(set) var table: TokenTable
    var keys: [TokenKey] { table.keys }
    var kinds: [TokenKind] { table.kinds }
    private(set) var idf: [Double] = []
    /// The weight of a token for each set of kinds it occurs as: the heaviest kind's.
    private let kindWeights: [Double]
    /// How many items each token occurs in.
    private(set) var frequency: [Int] = []
    var municipalItems: [SparseVector] = []
    var districtItems: [SparseVector] = []
    var municipalMeasures: [[(text: String, vector: SparseVector)]] = []
    var districtMeasures: [[(text: String, vector: SparseVector)]] = []
    /// Each item's counted tokens, and each district sentence's: what evidence and coverage
    /// read the concepts an item or sentence names itself from, when they are asked for.
    private(set) var municipalCounts: [TokenCounts] = []
    private(set) var districtCounts: [TokenCounts] = []
    private(set) var districtSentenceCounts: [[TokenCounts]] = []
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
    /// municipal text.
    init(municipal: PreparedPlan, district: PlanDocument, parameters: Parameters) {
        self.parameters = parameters
        let weights = parameters.tokens
        kindWeights = (0..<64).map { mask in
            (0..<6).reduce(0.0) { heaviest, bit in
                mask & (1 << bit) == 0 ? heaviest : max(heaviest, TokenKind(rawValue: bit).map(weights.weight(of:)) ?? 0)
            }
        }
        var lexicon = municipal.lexicon
        let added = VectorSpace.addQuotedTerms(of: district.items, to: &lexicon, quoted: municipal.quoted, rule: parameters.quoting)
        let tokenizer = municipal.tokenizer.extended(lexicon: lexicon, quoted: added.concepts)
        self.tokenizer = tokenizer

        var municipalUnits: [[(text: String, counts: TokenCounts)]]
        var municipalCounts: [TokenCounts]
        if added.terms.contains(where: municipal.occurs) {
            // A term the district quotes occurs in the municipal text: tokenize it afresh.
            var fresh = TokenTable()
            (municipalUnits, municipalCounts) = VectorSpace.count(municipal.plan.items, tokenizer: tokenizer, into: &fresh)
            table = fresh
        } else {
            table = municipal.table
            municipalUnits = municipal.units
            municipalCounts = municipal.items
            let newlyQuoted = added.concepts.subtracting(municipal.quoted)
            if !newlyQuoted.isEmpty {
                // Concepts the district quotes weigh as quoted terms on both sides.
                let ids = Set(newlyQuoted.compactMap { table.id(of: .concept($0)) })
                for id in ids where table.kinds[Int(id)] == .term { table.setKind(.quoted, of: id) }
                for item in municipalUnits.indices {
                    for unit in municipalUnits[item].indices { municipalUnits[item][unit].counts.quote(ids) }
                    municipalCounts[item].quote(ids)
                }
            }
        }
        var interned = table
        let (districtUnits, districtCounts) = VectorSpace.count(district.items, tokenizer: tokenizer, into: &interned)
        table = interned

        let itemCounts = municipalCounts + districtCounts
        frequency = [Int](repeating: 0, count: table.count)
        for counts in itemCounts {
            for id in counts.ids { frequency[Int(id)] += 1 }
        }
        // A token's IDF depends only on how many of the items hold it: one logarithm per
        // possible count, not one per token.
        let byFrequency = (0...itemCounts.count).map { TokenWeights.idf(total: itemCounts.count, items: $0) }
        idf = frequency.map { byFrequency[$0] }

        municipalItems = municipalCounts.map(vector)
        districtItems = districtCounts.map(vector)
        municipalMeasures = municipalUnits.map { units in units.map { ($0.text, vector($0.counts)) } }
        districtMeasures = districtUnits.map { units in units.map { ($0.text, vector($0.counts)) } }
        self.municipalCounts = municipalCounts
        self.districtCounts = districtCounts
        districtSentenceCounts = districtUnits.map { units in units.map(\.counts) }
        let keys = table.keys
        municipalHeadings = zip(municipal.plan.items, municipalUnits).map { item, units in
            units[VectorSpace.headingUnit(of: item)].counts.conceptIDs(keys: keys)
        }
        districtHeadings = zip(district.items, districtUnits).map { item, units in
            units[VectorSpace.headingUnit(of: item)].counts.conceptIDs(keys: keys, includingFields: true)
        }
        districtHeadingTerms = zip(district.items, districtUnits).map { item, units in
            units[VectorSpace.headingUnit(of: item)].counts.conceptIDs(keys: keys)
        }
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
            for term in Tokenizer.quotedTerms(in: item.text, lengths: rule.lengths) where !lexicon.generic.contains(term.text) {
                if (term.isWhole || term.text.unicodeScalars.count >= rule.unlistedMinimum) && !lexicon.contains(term.text) {
                    lexicon.add(term.text, concept: term.text)
                    terms.append(term.text)
                }
                if let concept = lexicon.concept[term.text] { concepts.insert(concept) }
            }
        }
        return (terms, concepts)
    }

    /// The counted tokens of each item's units (title and measures) and of each item as a
    /// whole, interned into `table`.
    static func count(_ items: [PlanItem], tokenizer: Tokenizer, into table: inout TokenTable)
        -> (units: [[(text: String, counts: TokenCounts)]], items: [TokenCounts]) {
        var unitTokens: [UInt64] = [], itemTokens: [UInt64] = []
        var units: [[(text: String, counts: TokenCounts)]] = [], counts: [TokenCounts] = []
        units.reserveCapacity(items.count)
        counts.reserveCapacity(items.count)
        for item in items {
            itemTokens.removeAll(keepingCapacity: true)
            units.append(VectorSpace.units(of: item).map { unit in
                unitTokens.removeAll(keepingCapacity: true)
                TokenCounts.pack(unit.characters, tokenizer: tokenizer, table: &table, into: &unitTokens)
                itemTokens.append(contentsOf: unitTokens)
                return (unit.text, TokenCounts(packed: &unitTokens))
            })
            counts.append(TokenCounts(packed: &itemTokens))
        }
        return (units, counts)
    }

    /// The sentences an item is matched by: its title, then its measures; each with its
    /// scalars, read from the measure rather than decoded again.
    static func units(of item: PlanItem) -> [(text: String, characters: [Unicode.Scalar])] {
        let measures = item.measures.map { (text: $0.text, characters: $0.located.characters) }
        return headingMeasure(of: item) == nil ? [(item.title, item.title.scalars)] + measures : measures
    }

    /// The source line of each of `units(of:)`.
    static func unitLines(of item: PlanItem) -> [Int] {
        let measures = item.measures.map(\.line)
        return headingMeasure(of: item) == nil ? [item.lines.start] + measures : measures
    }

    /// The measure that is the item's heading itself, if any.
    static func headingMeasure(of item: PlanItem) -> Int? {
        let title = item.title.utf8
        // Lengths first: a string's byte count is stored, and most measures differ in it.
        return item.measures.firstIndex { $0.text.utf8.count == title.count && $0.text.utf8.elementsEqual(title) }
    }

    /// The position among `units(of:)` of the item's heading: first, unless a measure is the
    /// heading itself.
    static func headingUnit(of item: PlanItem) -> Int { headingMeasure(of: item) ?? 0 }

    /// Sublinear term frequency, 1 + ln(count), for the counts most tokens have.
    static let sublinear: [Double] = (0..<32).map(TokenWeights.frequency)

    /// The TF-IDF vector of counted tokens: sublinear term frequency times IDF times the
    /// weight of the token's kind (the heaviest kind it occurs as).
    func vector(_ counts: TokenCounts) -> SparseVector {
        let size = counts.ids.count
        var kept = 0
        // Written straight into arrays of the counts' size; a token whose weight is zero (one
        // no item holds) is left out.
        let values = [Double](unsafeUninitializedCapacity: size) { values, written in
            for index in 0..<size {
                let value = weight(of: counts, at: index)
                if value > 0 {
                    values[kept] = value
                    kept += 1
                }
            }
            written = kept
        }
        // Almost always every weight is positive, and the vector shares its ids with the counts.
        guard kept < size else { return SparseVector(ids: counts.ids, values: values) }
        return SparseVector(ids: counts.ids.indices.filter { weight(of: counts, at: $0) > 0 }.map { counts.ids[$0] }, values: values)
    }

    /// The TF-IDF weight of the token at `index` of `counts`: sublinear term frequency times
    /// IDF times the weight of the heaviest kind it occurs as.
    @inline(__always)
    private func weight(of counts: TokenCounts, at index: Int) -> Double {
        let count = Int(counts.counts[index])
        let frequency = count < VectorSpace.sublinear.count ? VectorSpace.sublinear[count] : TokenWeights.frequency(count)
        return frequency * idf[Int(counts.ids[index])] * kindWeights[Int(counts.kinds[index])]
    }

    /// For every priority and task, the best cosine of any pair of the priority's measures
    /// and the task's sentences.
    func bestPairScores() -> [[Double]] {
        VectorSpace.bestScores(municipalMeasures.map { $0.map(\.vector) }, districtMeasures.map { $0.map(\.vector) }, tokens: keys.count)
    }

    /// For every priority and task, the cosine of their whole texts.
    func itemScores() -> [[Double]] {
        VectorSpace.bestScores(municipalItems.map { [$0] }, districtItems.map { [$0] }, tokens: keys.count)
    }

    /// For every left group and right group, the best cosine of any vector of the one
    /// with any vector of the other.
    ///
    /// An inverted index over the right vectors scores each left vector against all of them
    /// in one sweep of its tokens' postings.
    ///
    /// - Complexity: O(Σ postings) over the left vectors' tokens, instead of one merge per pair.
    static func bestScores(_ left: [[SparseVector]], _ right: [[SparseVector]], tokens: Int) -> [[Double]] {
        let owner = right.enumerated().flatMap { group, vectors in repeatElement(group, count: vectors.count) }
        let index = PostingIndex(groups: right, tokens: tokens)
        var scratch = PostingIndex.Scratch(for: index)
        return left.map { vectors in
            var row = [Double](repeating: 0, count: right.count)
            for vector in vectors {
                index.forEachScore(vector, scratch: &scratch) { unit, score in
                    if score > row[owner[unit]] { row[owner[unit]] = score }
                }
            }
            return row
        }
    }
}
