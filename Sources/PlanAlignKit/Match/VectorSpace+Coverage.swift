/// Clause-level coverage: which commitments inside a priority have a district counterpart.
extension VectorSpace {
    /// The priorities' clauses, indexed for the district's sentences to be swept against
    /// (`NearestSentences.offer`) before `coverage(municipal:district:nearest:carriers:)`.
    func nearestSentences(municipal plan: PlanDocument) -> NearestSentences {
        var clauses: [(priority: Int, text: String)] = []
        for (priority, item) in plan.items.enumerated() {
            for clause in VectorSpace.clauses(of: item) { clauses.append((priority, clause)) }
        }
        let counts = CountedRows(clauses.map { clause in
            tokenizer.tokens(clause.text).compactMap { token in table.id(of: token.key).map { ($0, token.kind) } }
        })
        return NearestSentences(clauses: clauses, counts: counts, index: PostingIndex(vectors(counts)))
    }

    /// For each clause of each priority, the nearest district sentence and whether it covers
    /// the clause, once `nearest` has been offered every district sentence.
    ///
    /// A clause is covered when a district sentence scores `coverage.score` against it, or
    /// `coverage.floor` while naming one of its specific concepts (one that few items name)
    /// in a task that carries the clause's priority: a task on party theory study that
    /// mentions 健康中国 in passing does not carry 深化健康中国行动.
    func coverage(municipal plan: PlanDocument, district tasks: PlanDocument, nearest sentences: NearestSentences,
                  carriers: Set<LinkPair>) -> [MeasureCoverage] {
        // Read through locals: a closure that reads the space's fields copies the whole space.
        let (keys, interned, frequency) = (self.keys, self.table, self.frequency)
        let rule = parameters.coverage
        // The nearest tasks' rows, each counted once however many clauses it is nearest to.
        var nearestTasks: [Int: CountedPlan] = [:]
        for case let best? in sentences.nearest where nearestTasks[best.task] == nil { nearestTasks[best.task] = district.item(best.task) }
        return sentences.clauses.enumerated().map { position, clause in
            let priority = plan.items[clause.priority]
            let specific = sentences.counts.rows.directConcepts(position, keys: keys).filter { concept in
                interned.id(of: .concept(concept)).map { frequency[Int($0)] <= rule.specificConceptItems } ?? false
            }
            let best = sentences.nearest[position].map { best in
                let unit = best.unit - district.unitStarts[best.task]
                let shares = nearestTasks[best.task].map { !specific.isDisjoint(with: $0.units.rows.directConcepts(unit, keys: keys)) } ?? false
                let sentence = VectorSpace.unitText(of: tasks.items[best.task], at: unit)
                return (task: tasks.items[best.task].ref, sentence: sentence, score: best.score, shares: shares)
            }
            let score = Score.rounded(best?.score ?? 0)
            let carried = best.map { carriers.contains(LinkPair(priority.ref, $0.task)) } ?? false
            let covered = score >= rule.score || (score >= rule.floor && best?.shares == true && carried)
            return MeasureCoverage(priority: priority.ref, measure: clause.text, nearestTask: best?.task,
                                   nearestSentence: best?.sentence, score: score, covered: covered)
        }
    }

    /// The clauses a priority commits to: its measures split at `，`, with framing
    /// clauses (`在“强基”方面`, `通过数字化手段`) and fragments joined to the clause they lead.
    static func clauses(of item: PlanItem) -> [String] {
        var clauses: [String] = []
        for measure in item.measures {
            let start = clauses.count
            var pending = ""
            for clause in SentenceSplitter.clauses(LocatedText(characters: measure.scalars, line: measure.line)).map(\.string) {
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

/// The nearest district sentence of each priority clause, found as the district's sentences
/// are offered one at a time: the clauses are indexed and each sentence scored against them
/// all, so a long district plan's sentences are never indexed, nor held.
///
/// - Complexity: O(Σ postings) over the sentences' tokens.
struct NearestSentences: Sendable {
    /// Each clause, with the priority it belongs to.
    let clauses: [(priority: Int, text: String)]
    /// The clauses' counted tokens, a row each.
    let counts: CountedRows
    private let index: PostingIndex
    private var scratch: PostingIndex.Scratch
    /// Each clause's nearest sentence so far, as its unit among all the district's units,
    /// with its task: the highest cosine, the first sentence offered on a tie.
    private(set) var nearest: [(unit: Int, task: Int, score: Double)?]

    init(clauses: [(priority: Int, text: String)], counts: CountedRows, index: PostingIndex) {
        self.clauses = clauses
        self.counts = counts
        self.index = index
        scratch = PostingIndex.Scratch(for: index)
        nearest = Array(repeating: nil, count: clauses.count)
    }

    /// Takes the nearest sentences `later` found, among sentences offered after all of this
    /// one's: where they are nearer, not where they only tie.
    mutating func merge(_ later: NearestSentences) {
        for (clause, candidate) in later.nearest.enumerated() {
            guard let candidate else { continue }
            if let current = nearest[clause], candidate.score <= current.score { continue }
            nearest[clause] = candidate
        }
    }

    /// Scores the sentence `unit` of task `task`, weighed as `ids` and `values`, against every clause.
    mutating func offer(unit: Int, task: Int, ids: UnsafeBufferPointer<Int32>, values: UnsafeBufferPointer<Double>) {
        // Moved out and back, so that the closure below writes them in place.
        var nearest: [(unit: Int, task: Int, score: Double)?] = [], scratch = PostingIndex.Scratch()
        swap(&nearest, &self.nearest)
        swap(&scratch, &self.scratch)
        defer {
            swap(&nearest, &self.nearest)
            swap(&scratch, &self.scratch)
        }
        index.forEachScore(ids: ids, values: values, scratch: &scratch) { clause, score in
            if let current = nearest[clause], score <= current.score { return }
            nearest[clause] = (unit, task, score)
        }
    }
}
