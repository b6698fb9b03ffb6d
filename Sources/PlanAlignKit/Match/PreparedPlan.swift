/// A municipal plan tokenized once, so that many district plans can be aligned against it
/// without redoing that work (see `MatchEngine.prepare(_:)`).
///
/// What depends on the district is left for each alignment: the weights (IDF comes from
/// both plans), the district's quoted terms, and the district's own tokens. Aligning
/// against a prepared plan gives exactly what aligning against the plan itself gives.
public struct PreparedPlan: Sendable {
    /// The plan.
    public let plan: PlanDocument
    /// The mappings' lexicon with the plan's quoted terms added.
    let lexicon: Lexicon
    /// The concepts the plan quotes.
    let quoted: Set<Int32>
    let tokenizer: Tokenizer
    /// The plan's tokens, interned in order of first sight.
    let table: TokenTable
    /// The plan's counted tokens, unit by unit (title and measures).
    let counted: CountedPlan
    /// The plan's counted tokens item by item, merged once from its units'.
    let itemRows: CountedRows
    /// The layout of the postings of the plan's item and unit vectors, which keep their
    /// tokens whatever IDF they are weighed with: every municipal token is in a municipal
    /// item, so its IDF is above zero.
    let layouts: (items: PostingIndex.Layout, units: PostingIndex.Layout)
    /// Every unit's text without quotation marks, as the lexicon matches it, joined by line
    /// breaks: a term that a district adds only changes these tokens if it occurs here.
    let matchedText: String
    /// Every pair of adjacent scalars in `matchedText`, packed: a term with a pair not among
    /// them cannot occur there, which rules most terms out without a search.
    let pairs: PackedSet
    /// The concepts each item names directly, and those its heading names itself, as sorted
    /// token ids of `table`: what every alignment that keeps the table reads (quoting a
    /// named concept adds a kind to its token, and it stays a concept named directly).
    let concepts: [[Int32]], headings: [[Int32]]
    /// Each item's targets with their normalized indicators.
    public let targets: NormalizedTargets
    /// Each item's targets laid out for comparing with a district's, as alignment reads them.
    let indicators: [MatchEngine.IndicatorSet]

    init(_ plan: PlanDocument, mappings: Mappings, parameters: Parameters) {
        self.plan = plan
        var lexicon = mappings.lexicon
        let quoted = VectorSpace.addQuotedTerms(of: plan.items, to: &lexicon, quoted: [], rule: parameters.quoting)
        // Each district adds its own quoted terms to a copy.
        lexicon.reserveCapacity(256)
        self.lexicon = lexicon
        self.quoted = quoted.concepts
        let tokenizer = Tokenizer(lexicon: lexicon, quoted: quoted.concepts)
        self.tokenizer = tokenizer
        var table = TokenTable()
        counted = VectorSpace.count(plan.items[...], tokenizer: tokenizer, into: &table)
        itemRows = counted.itemRows()
        self.table = table
        (concepts, headings) = VectorSpace.conceptIDs(of: counted, itemRows: itemRows, keys: table.keys)
        // Weighed with any IDF above zero, the vectors keep the tokens they keep with every district's.
        let weighing = Weighing(idf: [Double](repeating: 1, count: table.count), kindWeights: Weighing.kindWeights(parameters.tokens))
        layouts = (PostingIndex.Layout(WeighedRows(counted: itemRows, weighing: weighing).stored),
                   PostingIndex.Layout(WeighedRows(counted: counted.units, weighing: weighing).stored))
        let quotes = CharacterSets.doubleQuotes
        matchedText = String(scalars: plan.items.flatMap(VectorSpace.unitTexts(of:)).joined(separator: "\n").scalars.filter { !quotes.contains($0) })
        let scalars = matchedText.scalars
        pairs = PackedSet(Set(Bigram.all(of: scalars).map(\.key)))
        let targets = NormalizedTargets(plan, aliases: mappings.indicators)
        self.targets = targets
        indicators = (0..<targets.itemCount).map { MatchEngine.IndicatorSet(targets, item: $0) }
    }

    /// Whether `term` occurs in the text the lexicon matches.
    func occurs(_ term: String) -> Bool {
        let scalars = term.scalars
        for (first, second) in zip(scalars, scalars.dropFirst()) where !pairs.contains(Bigram(first, second).key) {
            return false
        }
        return matchedText.includes(term)
    }
}
