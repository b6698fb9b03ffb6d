/// One priority's ablation: the district plan without every task the labels accept for it,
/// and what the engine then says about the priority.
public struct AblatedPriority: Sendable, Hashable {
    public var priority: ItemRef
    /// Where the labels came from: the evaluation labels, or the pair's review.
    public var labels: String
    /// The tasks taken out.
    public var removed: [ItemRef]
    /// The priority's status in the plan without them.
    public var status: CoverageStatus
    /// The best remaining link, if any, with its strength.
    public var best: Link?

    /// Whether the engine reported the gap the ablation made: anything but covered.
    public var reportsTheGap: Bool { status != .covered }
}

extension PlanPair {
    /// Takes out, for each labelled priority in turn, every task the labels accept for it
    /// (required or acceptable), and reports what the engine's own links then say.
    ///
    /// Priorities without evaluation labels use the pair's review as labels: its accepted
    /// and added links. The honest answer for each is `candidate` or `notCovered`.
    ///
    /// - Complexity: one alignment per labelled priority.
    public func ablation(gold: GoldLinks) -> [AblatedPriority] {
        let engine = self.engine
        let prepared = engine.prepare(municipal)
        var result: [AblatedPriority] = []
        for priority in municipal.items {
            let labels: String
            var accepted: Set<ItemRef>
            if let expectation = gold.priorities[priority.ref] {
                labels = "gold"
                accepted = expectation.required.union(expectation.acceptable)
            } else if let review {
                labels = "review"
                accepted = Set(review.entries.filter { $0.municipal == priority.ref && ($0.decision == .accepted || $0.decision == .added) }.map(\.district))
            } else {
                continue
            }
            accepted.formIntersection(district.items.map(\.ref))
            guard !accepted.isEmpty else { continue }
            let ablated = district.removingItems(accepted)
            let analysis = Pipeline.analyse(prepared, district: ablated, engine: engine, review: nil, detail: .links)
            let coverage = analysis.priorities.first { $0.priority == priority.ref }
            result.append(AblatedPriority(priority: priority.ref, labels: labels, removed: accepted.sorted(),
                                          status: coverage?.status ?? .notCovered, best: coverage?.links.first))
        }
        return result
    }
}
