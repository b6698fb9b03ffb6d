/// Clause-level coverage: which commitments inside a priority have a district counterpart.
extension VectorSpace {
    /// For each clause of each priority, the nearest district sentence and whether it covers the clause.
    ///
    /// A clause is covered when a district sentence scores `coverage.score` against it, or
    /// `coverage.floor` while naming one of its specific concepts (one that few items name)
    /// in a task that carries the clause's priority: a task on party theory study that
    /// mentions 健康中国 in passing does not carry 深化健康中国行动.
    ///
    /// - Complexity: O(Σ postings) over the clauses' tokens: an inverted index over the
    ///   district sentences scores each clause against all of them in one sweep.
    func coverage(municipal plan: PlanDocument, district tasks: PlanDocument, carriers: Set<LinkPair>) -> [MeasureCoverage] {
        var clauses: [(priority: Int, text: String)] = []
        for (priority, item) in plan.items.enumerated() {
            for clause in VectorSpace.clauses(of: item) { clauses.append((priority, clause)) }
        }
        let counts = CountedRows(clauses.map { clause in
            tokenizer.tokens(clause.text).compactMap { token in table.id(of: token.key).map { ($0, token.kind) } }
        })
        // The nearest district sentence of each clause: the highest cosine, the first sentence
        // on a tie. The clauses are indexed and each sentence scored against them all, so a
        // long district plan's sentences are never indexed.
        let index = PostingIndex(vectors(counts), tokens: keys.count)
        var scratch = PostingIndex.Scratch(for: index)
        var nearest = [(unit: Int, score: Double)?](repeating: nil, count: clauses.count)
        var vector = VectorScratch()
        let districtUnits = self.districtUnits
        for unit in 0..<districtUnits.count {
            districtUnits.withVector(unit, scratch: &vector) { ids, values in
                index.forEachScore(ids: ids, values: values, scratch: &scratch) { clause, score in
                    if let current = nearest[clause], score <= current.score { return }
                    nearest[clause] = (unit, score)
                }
            }
        }
        // Read through locals: a closure that reads the space's fields copies the whole space.
        let owners = district.unitOwners, units = district.units.rows, unitStarts = district.unitStarts
        let (keys, interned, frequency) = (self.keys, self.table, self.frequency)
        let rule = parameters.coverage
        return clauses.enumerated().map { position, clause in
            let priority = plan.items[clause.priority]
            let specific = counts.rows.directConcepts(position, keys: keys).filter { concept in
                interned.id(of: .concept(concept)).map { frequency[Int($0)] <= rule.specificConceptItems } ?? false
            }
            let best = nearest[position].map { best in
                let task = owners[best.unit]
                let shares = !specific.isDisjoint(with: units.directConcepts(best.unit, keys: keys))
                let sentence = VectorSpace.unitText(of: tasks.items[task], at: best.unit - unitStarts[task])
                return (task: tasks.items[task].ref, sentence: sentence, score: best.score, shares: shares)
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
