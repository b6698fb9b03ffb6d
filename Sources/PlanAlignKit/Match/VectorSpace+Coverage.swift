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
    func coverage(municipal: PlanDocument, district: PlanDocument, carriers: Set<LinkPair>) -> [MeasureCoverage] {
        var result: [MeasureCoverage] = []
        // The district sentences in plan order, each with its task and its position in the task.
        var places: [(task: Int, position: Int)] = []
        for (task, sentences) in districtMeasures.enumerated() {
            for position in sentences.indices { places.append((task, position)) }
        }
        let index = PostingIndex(groups: districtMeasures.map { $0.map(\.vector) }, tokens: keys.count)
        var scratch = PostingIndex.Scratch(for: index)
        let taskRefs = district.items.map(\.ref)
        for item in municipal.items {
            for clause in VectorSpace.clauses(of: item) {
                let counts = TokenCounts(tokenizer.tokens(clause).compactMap { token in table.id(of: token.key).map { ($0, token.kind) } })
                let specific = counts.directConcepts(keys: keys).filter { concept in
                    table.id(of: .concept(concept)).map { frequency[Int($0)] <= parameters.coverage.specificConceptItems } ?? false
                }
                let best = index.best(vector(counts), scratch: &scratch).map { best in
                    let place = places[best.unit]
                    let shares = !specific.isDisjoint(with: districtSentenceCounts[place.task][place.position].directConcepts(keys: keys))
                    return (task: taskRefs[place.task], sentence: districtMeasures[place.task][place.position].text, score: best.score, shares: shares)
                }
                let score = Score.rounded(best?.score ?? 0)
                let carried = best.map { carriers.contains(LinkPair(item.ref, $0.task)) } ?? false
                let covered = score >= parameters.coverage.score || (score >= parameters.coverage.floor && best?.shares == true && carried)
                result.append(MeasureCoverage(priority: item.ref, measure: clause, nearestTask: best?.task,
                                              nearestSentence: best?.sentence, score: score, covered: covered))
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
