import Foundation

/// The TF-IDF vectors of two plans' items and sentences, with interned tokens.
///
/// IDF comes from the items of both documents together, so a word common to the
/// genre (`卫生`, `健康`) weighs little wherever it appears.
struct VectorSpace {
    let weights: MatchWeights
    let tokenizer: Tokenizer
    private(set) var ids: [TokenKey: Int32] = [:]
    private(set) var keys: [TokenKey] = []
    private(set) var kinds: [TokenKind] = []
    private(set) var idf: [Double] = []
    var municipalItems: [SparseVector] = []
    var districtItems: [SparseVector] = []
    var municipalMeasures: [[(text: String, vector: SparseVector)]] = []
    var districtMeasures: [[(text: String, vector: SparseVector)]] = []

    init(municipal: PlanDocument, district: PlanDocument, mappings: Mappings, weights: MatchWeights) {
        self.weights = weights
        var lexicon = mappings.lexicon
        var quoted = Set<Int32>()
        for item in municipal.items + district.items {
            for term in Tokenizer.quotedTerms(in: item.text) where !lexicon.generic.contains(term.text) {
                if term.isWhole || term.text.unicodeScalars.count >= 3 { lexicon.add(term.text, concept: term.text) }
                if let concept = lexicon.concept[term.text] { quoted.insert(concept) }
            }
        }
        tokenizer = Tokenizer(lexicon: lexicon, quoted: quoted)

        let items = municipal.items + district.items
        let unitTokens = items.map { item in VectorSpace.units(of: item).map { ($0, intern(tokenizer.tokens($0))) } }
        var frequency = [Int](repeating: 0, count: keys.count)
        for units in unitTokens {
            for id in Set(units.flatMap { $0.1.map(\.0) }) { frequency[Int(id)] += 1 }
        }
        let count = Double(items.count)
        idf = frequency.map { $0 == 0 ? 0 : Foundation.log(1 + count / Double($0)) }

        let itemVectors = unitTokens.map { vector($0.flatMap(\.1)) }
        let unitVectors = unitTokens.map { units in units.map { ($0.0, vector($0.1)) } }
        let split = municipal.items.count
        municipalItems = Array(itemVectors[..<split])
        districtItems = Array(itemVectors[split...])
        municipalMeasures = Array(unitVectors[..<split])
        districtMeasures = Array(unitVectors[split...])
    }

    /// The sentences an item is matched by: its title, then its measures.
    static func units(of item: PlanItem) -> [String] {
        let measures = item.measures.map(\.text)
        return measures.contains(item.title) ? measures : [item.title] + measures
    }

    /// Interns tokens, giving each new one an id.
    private mutating func intern(_ tokens: [Token]) -> [(Int32, TokenKind)] {
        tokens.map { token in
            if let id = ids[token.key] { return (id, token.kind) }
            let id = Int32(keys.count)
            ids[token.key] = id
            keys.append(token.key)
            kinds.append(token.kind)
            return (id, token.kind)
        }
    }

    /// The TF-IDF vector of interned tokens: sublinear term frequency times IDF times the
    /// weight of the token's kind (the heaviest kind it occurs as).
    func vector(_ tokens: [(Int32, TokenKind)]) -> SparseVector {
        var counts: [Int32: (count: Int, weight: Double)] = [:]
        for (id, kind) in tokens {
            let entry = counts[id] ?? (0, 0)
            counts[id] = (entry.count + 1, max(entry.weight, weights.weight(of: kind)))
        }
        var values: [Int32: Double] = [:]
        for (id, entry) in counts {
            values[id] = (1 + Foundation.log(Double(entry.count))) * idf[Int(id)] * entry.weight
        }
        return SparseVector(values)
    }

    /// The vector of a text, ignoring tokens neither plan's items hold.
    func vectorize(_ text: String) -> SparseVector {
        vector(tokenizer.tokens(text).compactMap { token in ids[token.key].map { ($0, token.kind) } })
    }

    /// Pairs of a priority's measures and a task's sentences, best first.
    func measurePairs(priority: Int, task: Int) -> [MeasurePair] {
        var pairs: [MeasurePair] = []
        for municipal in municipalMeasures[priority] {
            for district in districtMeasures[task] {
                let score = municipal.vector.cosine(district.vector)
                if score > 0 { pairs.append(MeasurePair(municipal: municipal.text, district: district.text, score: MatchEngine.round(score))) }
            }
        }
        return pairs.sorted { $0.score != $1.score ? $0.score > $1.score : ($0.municipal, $0.district) < ($1.municipal, $1.district) }
    }

    /// The best score of any pair of a priority's measures and a task's sentences.
    func bestPairScore(priority: Int, task: Int) -> Double {
        var best = 0.0
        for municipal in municipalMeasures[priority] {
            for district in districtMeasures[task] { best = max(best, municipal.vector.cosine(district.vector)) }
        }
        return best
    }

    /// The shared tokens that weighed most, terms before the bigrams inside them.
    func sharedTerms(priority: Int, task: Int, limit: Int = 6) -> [String] {
        let shared = municipalItems[priority].shared(with: districtItems[task])
            .filter { kinds[Int($0.0)] != .genericBigram && kinds[Int($0.0)] != .broader }
            .map { (name: tokenizer.text(of: keys[Int($0.0)]), weight: $0.1) }
            .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.name < $1.name }
        var terms: [String] = []
        for (name, _) in shared {
            if terms.contains(where: { $0.includes(name) || name.includes($0) }) { continue }
            terms.append(name)
            if terms.count == limit { break }
        }
        return terms
    }

    /// For each clause of each priority, the nearest district sentence and whether it covers the clause.
    func coverage(municipal: PlanDocument, district: PlanDocument) -> [MeasureCoverage] {
        var result: [MeasureCoverage] = []
        let tasks = district.items
        for item in municipal.items {
            for clause in VectorSpace.clauses(of: item) {
                let vector = vectorize(clause)
                var best: (task: ItemRef, sentence: String, score: Double)?
                for (taskIndex, task) in tasks.enumerated() {
                    for sentence in districtMeasures[taskIndex] {
                        let score = vector.cosine(sentence.vector)
                        if score > (best?.score ?? 0) { best = (task.ref, sentence.text, score) }
                    }
                }
                let score = MatchEngine.round(best?.score ?? 0)
                result.append(MeasureCoverage(priority: item.ref, measure: clause, nearestTask: best?.task,
                                              nearestSentence: best?.sentence, score: score,
                                              covered: score >= weights.coverageScore))
            }
        }
        return result
    }

    /// The clauses a priority commits to: its measures split at `，`, with framing
    /// clauses (`在“强基”方面`, `通过数字化手段`) and fragments joined to the clause they lead.
    static func clauses(of item: PlanItem) -> [String] {
        var clauses: [String] = []
        for measure in item.measures {
            let start = clauses.count
            var pending = ""
            for clause in SentenceSplitter.clauses(measure.located).map(\.string) {
                let framing = clause.unicodeScalars.count < 6 || clause.hasPrefix("通过") || (clause.hasPrefix("在") && clause.hasSuffix("方面"))
                if framing {
                    pending += clause + "，"
                } else {
                    clauses.append(pending + clause)
                    pending = ""
                }
            }
            if !pending.isEmpty {
                let tail = String(pending.dropLast())
                if clauses.count > start, let last = clauses.popLast() { clauses.append(last + "，" + tail) } else { clauses.append(tail) }
            }
        }
        return clauses
    }
}
