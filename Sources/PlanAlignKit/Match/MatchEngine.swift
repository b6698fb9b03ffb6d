/// Links district tasks to municipal priorities by keyword and target-type similarity,
/// and says why.
///
/// The score of a pair is a weighted sum of four signals (see `MatchWeights`):
/// the TF-IDF cosine of the two whole texts, the cosine of their best-matching pair of
/// a municipal measure and a district sentence, a bonus for a shared indicator, and a
/// bonus when the task's heading names a concept of the priority's heading or its field.
public struct MatchEngine: Sendable {
    public var mappings: Mappings
    public var weights: MatchWeights

    public init(mappings: Mappings, weights: MatchWeights = .standard) {
        self.mappings = mappings
        self.weights = weights
    }

    /// Tokenizes `municipal` once, for aligning many district plans against it.
    public func prepare(_ municipal: PlanDocument) -> PreparedPlan {
        PreparedPlan(municipal, mappings: mappings)
    }

    /// Aligns `district` to `municipal`.
    ///
    /// - Complexity: O(p · t · s) in priorities, tasks and sentences per item, each
    ///   sentence pair a merge of two sparse vectors.
    /// With a review, planners' decisions are applied: accepted and added links are
    /// confirmed (and kept even where the engine would not propose them), rejected links
    /// leave the alignment for its `rejected` list, and stale decisions are flagged.
    /// Without `coverage`, the clause-level coverage is skipped: a portfolio of many plans
    /// needs the links, not each clause's nearest sentence.
    public func align(municipal: PlanDocument, district: PlanDocument, review: ReviewFile? = nil, coverage: Bool = true,
                      evidence: Bool = true) -> Alignment {
        align(municipal: prepare(municipal), district: district, review: review, coverage: coverage, evidence: evidence)
    }

    /// Aligns `district` to a municipal plan prepared by `prepare(_:)`; the result is the
    /// same as aligning to the plan itself.
    public func align(municipal prepared: PreparedPlan, district: PlanDocument, review: ReviewFile? = nil, coverage: Bool = true,
                      evidence: Bool = true) -> Alignment {
        align(municipal: prepared, district: district, targets: IndicatorIdentity(aliases: mappings.indicators).normalizedTargets(of: district),
              review: review, coverage: coverage, evidence: evidence)
    }

    /// Aligns `district`, whose targets' indicators are normalized already.
    func align(municipal prepared: PreparedPlan, district: PlanDocument, targets districtTargets: [[(Target, IndicatorIdentity.Normalized)]],
               review: ReviewFile? = nil, coverage: Bool = true, evidence: Bool = true) -> Alignment {
        let municipal = prepared.plan
        let space = VectorSpace(municipal: prepared, district: district, weights: weights)
        var links: [Link] = []
        var ranking: [ItemRef: [(task: ItemRef, score: Double)]] = [:]
        var table: [[(score: Double, indicators: [String])]] = []
        let priorities = municipal.items, tasks = district.items
        let bestPairs = space.bestPairScores(), itemScores = space.itemScores()
        let taskIndicators = districtTargets.map(IndicatorSet.init)
        for (priorityIndex, priority) in priorities.enumerated() {
            let priorityIndicators = IndicatorSet(prepared.targets[priorityIndex])
            var scored: [(index: Int, score: Double, indicators: [String])] = []
            for taskIndex in tasks.indices {
                let itemCosine = itemScores[priorityIndex][taskIndex]
                let bestPair = bestPairs[priorityIndex][taskIndex]
                let indicators = MatchEngine.sharedIndicators(priorityIndicators, taskIndicators[taskIndex])
                let score = weights.itemShare * itemCosine + weights.measureShare * bestPair
                    + (indicators.isEmpty ? 0 : weights.targetBonus)
                    + (space.sharesHeadingConcept(priority: priorityIndex, task: taskIndex) ? weights.headingBonus : 0)
                scored.append((taskIndex, score, indicators))
            }
            table.append(scored.map { ($0.score, $0.indicators) })
            scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
            ranking[priority.ref] = scored.map { (tasks[$0.index].ref, $0.score) }
            let best = scored.first?.score ?? 0
            for (rank, candidate) in scored.prefix(weights.maximumLinks).enumerated()
            where (candidate.score >= weights.minimumScore && candidate.score >= weights.relativeToBest * best)
                || (rank == 0 && candidate.score >= weights.bestFloor) {
                links.append(link(space, priority: priorityIndex, task: candidate.index, of: (priorities, tasks),
                                  score: candidate.score, indicators: candidate.indicators, evidence: evidence))
            }
        }
        var rejected: [Link] = [], stale: [ReviewEntry] = []
        if let review {
            let priorityIndex = Dictionary(priorities.enumerated().map { ($1.ref, $0) }, uniquingKeysWith: { first, _ in first })
            let taskIndex = Dictionary(tasks.enumerated().map { ($1.ref, $0) }, uniquingKeysWith: { first, _ in first })
            for entry in review.entries where entry.isDecision {
                let p = priorityIndex[entry.municipal], t = taskIndex[entry.district]
                if let reason = ReviewFile.staleness(entry, priority: p.map { priorities[$0] }, task: t.map { tasks[$0] }) {
                    var flagged = entry
                    flagged.stale = reason
                    stale.append(flagged)
                }
                guard let p, let t else { continue }
                let position = links.firstIndex { $0.municipal == entry.municipal && $0.district == entry.district }
                let entryScore = (table[p][t].score, table[p][t].indicators)
                var decided = position.map { links[$0] }
                    ?? link(space, priority: p, task: t, of: (priorities, tasks), score: entryScore.0, indicators: entryScore.1)
                if let position { links.remove(at: position) }
                switch entry.decision {
                case .rejected: rejected.append(decided)
                case .accepted, .added:
                    decided.origin = entry.decision == .accepted ? LinkOrigin.accepted : LinkOrigin.added
                    links.append(decided)
                case .suggested: break
                }
            }
            let order = priorityIndex
            links.sort { (order[$0.municipal] ?? 0, -$0.score, $0.district) < (order[$1.municipal] ?? 0, -$1.score, $1.district) }
        }
        let linkedPriorities = Set(links.map(\.municipal)), linkedTasks = Set(links.map(\.district))
        return Alignment(
            links: links,
            unmappedPriorities: municipal.items.map(\.ref).filter { !linkedPriorities.contains($0) },
            unlinkedTasks: district.items.map(\.ref).filter { !linkedTasks.contains($0) },
            coverage: coverage ? space.coverage(municipal: municipal, district: district) : [],
            ranking: ranking, rejected: rejected, stale: stale)
    }

    /// A link between two items, with its evidence.
    func link(_ space: VectorSpace, priority: Int, task: Int, of items: ([PlanItem], [PlanItem]), score: Double, indicators: [String],
              evidence explain: Bool = true) -> Link {
        let headings = space.headingConcepts(priority: priority, task: task).map { space.tokenizer.text(of: space.keys[Int($0)]) }
        let evidence = explain
            ? Evidence(terms: space.sharedTerms(priority: priority, task: task), indicators: indicators, headings: headings,
                       measures: Array(space.measurePairs(priority: priority, task: task).prefix(2)))
            : Evidence(terms: [], indicators: indicators, headings: headings, measures: [])
        return Link(municipal: items.0[priority].ref, district: items.1[task].ref, score: MatchEngine.round(score),
                    strength: score >= weights.strongScore ? .strong : .partial, evidence: evidence)
    }

    /// One item's targets laid out for comparing many pairs: kinds, units and normalized
    /// indicators in plain arrays, read in place without copying whole targets.
    struct IndicatorSet {
        var kinds: [TargetKind] = []
        var units: [String] = []
        var normalized: [IndicatorIdentity.Normalized] = []
        var names: [String] = []

        init(_ targets: [(Target, IndicatorIdentity.Normalized)]) {
            for (target, normalized) in targets {
                kinds.append(target.kind)
                units.append(target.unit)
                self.normalized.append(normalized)
                names.append(target.indicator)
            }
        }
    }

    /// Indicators that both items set targets for, as `municipal ~ district`.
    static func sharedIndicators(_ priority: IndicatorSet, _ task: IndicatorSet) -> [String] {
        var shared: [String] = []
        for i in priority.kinds.indices {
            for j in task.kinds.indices where task.kinds[j] == priority.kinds[i] && IndicatorIdentity.unitsAgree(priority.units[i], task.units[j]) {
                let threshold = priority.kinds[i] == .intensive ? IndicatorIdentity.sameThreshold : IndicatorIdentity.relatedThreshold
                if IndicatorIdentity.score(priority.normalized[i], task.normalized[j]) >= threshold {
                    shared.append("\(priority.names[i]) ~ \(task.names[j])")
                }
            }
        }
        return shared
    }

    /// Scores are reported to three decimals, so output does not depend on the last bits.
    static func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
