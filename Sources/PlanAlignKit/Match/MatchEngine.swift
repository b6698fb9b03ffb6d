/// Links district tasks to municipal priorities by keyword and target-type similarity,
/// and says why.
///
/// The score of a pair is a weighted sum of three signals (see `MatchWeights`):
/// the TF-IDF cosine of the two whole texts, the cosine of their best-matching pair of
/// a municipal measure and a district sentence, and a bonus for a shared indicator.
public struct MatchEngine: Sendable {
    public var mappings: Mappings
    public var weights: MatchWeights

    public init(mappings: Mappings, weights: MatchWeights = .standard) {
        self.mappings = mappings
        self.weights = weights
    }

    /// Aligns `district` to `municipal`.
    ///
    /// - Complexity: O(p · t · s) in priorities, tasks and sentences per item, each
    ///   sentence pair a merge of two sparse vectors.
    public func align(municipal: PlanDocument, district: PlanDocument) -> Alignment {
        let space = VectorSpace(municipal: municipal, district: district, mappings: mappings, weights: weights)
        let identity = IndicatorIdentity(aliases: mappings.indicators)
        let normalize = { (item: PlanItem) in item.targets.map { ($0, identity.normalized($0.indicator)) } }
        let districtTargets = district.items.map(normalize)
        var links: [Link] = []
        var ranking: [ItemRef: [(task: ItemRef, score: Double)]] = [:]
        let priorities = municipal.items, tasks = district.items
        for (priorityIndex, priority) in priorities.enumerated() {
            let priorityTargets = normalize(priority)
            var scored: [(index: Int, score: Double, indicators: [String])] = []
            for taskIndex in tasks.indices {
                let itemCosine = space.municipalItems[priorityIndex].cosine(space.districtItems[taskIndex])
                let bestPair = space.bestPairScore(priority: priorityIndex, task: taskIndex)
                let indicators = MatchEngine.sharedIndicators(priorityTargets, districtTargets[taskIndex])
                let score = weights.itemShare * itemCosine + weights.measureShare * bestPair
                    + (indicators.isEmpty ? 0 : weights.targetBonus)
                scored.append((taskIndex, score, indicators))
            }
            scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
            ranking[priority.ref] = scored.map { (tasks[$0.index].ref, $0.score) }
            let best = scored.first?.score ?? 0
            for (rank, candidate) in scored.prefix(weights.maximumLinks).enumerated()
            where (candidate.score >= weights.minimumScore && candidate.score >= weights.relativeToBest * best)
                || (rank == 0 && candidate.score >= weights.bestFloor) {
                let task = tasks[candidate.index]
                let pairs = space.measurePairs(priority: priorityIndex, task: candidate.index)
                let evidence = Evidence(
                    terms: space.sharedTerms(priority: priorityIndex, task: candidate.index),
                    indicators: candidate.indicators, measures: Array(pairs.prefix(2)))
                links.append(Link(municipal: priority.ref, district: task.ref, score: MatchEngine.round(candidate.score),
                                  strength: candidate.score >= weights.strongScore ? .strong : .partial, evidence: evidence))
            }
        }
        let linkedPriorities = Set(links.map(\.municipal)), linkedTasks = Set(links.map(\.district))
        return Alignment(
            links: links,
            unmappedPriorities: municipal.items.map(\.ref).filter { !linkedPriorities.contains($0) },
            unlinkedTasks: district.items.map(\.ref).filter { !linkedTasks.contains($0) },
            coverage: space.coverage(municipal: municipal, district: district),
            ranking: ranking)
    }

    /// Indicators that both items set targets for, as `municipal ~ district`.
    static func sharedIndicators(_ priority: [(Target, IndicatorIdentity.Normalized)],
                                 _ task: [(Target, IndicatorIdentity.Normalized)]) -> [String] {
        var shared: [String] = []
        for (municipal, left) in priority {
            for (district, right) in task where district.kind == municipal.kind && IndicatorIdentity.unitsAgree(municipal.unit, district.unit) {
                let threshold = municipal.kind == .intensive ? IndicatorIdentity.sameThreshold : IndicatorIdentity.relatedThreshold
                if IndicatorIdentity.similarity(left, right).score >= threshold {
                    shared.append("\(municipal.indicator) ~ \(district.indicator)")
                }
            }
        }
        return shared
    }

    /// Scores are reported to three decimals, so output does not depend on the last bits.
    static func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
