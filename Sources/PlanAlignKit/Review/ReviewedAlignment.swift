/// Why a planner's decision may no longer hold.
public enum StaleReason: Sendable, Hashable {
    /// The municipal ref is gone from the plan.
    case municipalGone(ItemRef)
    /// The district ref is gone from the plan.
    case districtGone(ItemRef)
    /// The municipal item's text changed since the decision.
    case municipalChanged(ItemRef)
    /// The district item's text changed since the decision.
    case districtChanged(ItemRef)
}

extension StaleReason: CustomStringConvertible {
    /// The reason as the review file records it.
    public var description: String {
        switch self {
        case .municipalGone(let ref): return "municipal ref \(ref) no longer exists"
        case .districtGone(let ref): return "district ref \(ref) no longer exists"
        case .municipalChanged(let ref): return "municipal item \(ref) changed since the decision"
        case .districtChanged(let ref): return "district item \(ref) changed since the decision"
        }
    }
}

extension ReviewEntry {
    /// Why the decision no longer holds, or nil when both items are as they were: the one
    /// definition of staleness, read by the review step, `planalign review` and `validate`.
    public func staleness(priority: PlanItem?, task: PlanItem?) -> StaleReason? {
        guard let priority else { return .municipalGone(municipal) }
        guard let task else { return .districtGone(district) }
        if Fingerprint.of(priority) != municipalFingerprint { return .municipalChanged(municipal) }
        if Fingerprint.of(task) != districtFingerprint { return .districtChanged(district) }
        return nil
    }
}

/// A link a planner turned down, with the planner's reason.
public struct RejectedLink: Sendable, Hashable {
    public var link: Link
    public var note: String
}

/// A planner's decision whose items changed or disappeared since it was made.
public struct StaleDecision: Sendable, Hashable {
    public var entry: ReviewEntry
    public var reason: StaleReason
}

/// The engine's alignment with the planners' decisions applied, once: what reports show.
///
/// Accepted and added links are confirmed (and kept even where the engine would not
/// propose them), rejected links leave the links for `rejected` with their notes, and
/// stale decisions are listed with their reasons. A stale decision still applies: the
/// planner is asked to confirm it again, not overruled.
public struct ReviewedAlignment: Sendable {
    /// Links sorted by municipal ref, then by score, highest first, each with its origin.
    public var links: [Link]
    /// Links planners rejected: left out of `links`, listed in the report's appendix.
    public var rejected: [RejectedLink]
    /// Decisions whose items changed or disappeared since they were made.
    public var stale: [StaleDecision]
    /// Priorities no link carries.
    public var unmappedPriorities: [ItemRef]
    /// Tasks that carry no priority.
    public var unlinkedTasks: [ItemRef]
    /// Every clause of every priority, covered or not, as the engine found it.
    public var coverage: [MeasureCoverage]
    /// Every task's score against each priority, highest first.
    public var ranking: Ranking

    /// The clauses that no district sentence covers.
    public var uncoveredMeasures: [MeasureCoverage] { coverage.filter { !$0.covered } }

    /// The links of one priority.
    public func links(of priority: ItemRef) -> [Link] { links.filter { $0.municipal == priority } }

    /// Applies `review`'s decisions to the engine's `alignment` of the two plans; without a
    /// review the engine's links are taken as they are.
    ///
    /// The engine must have been asked to explain every decided pair (`decidedPairs`), so
    /// that an added link has its score and evidence.
    ///
    /// - Complexity: O(e + l log l) in decisions and links.
    public init(_ alignment: Alignment, review: ReviewFile?, municipal: PlanDocument, district: PlanDocument,
                strongScore: Double = Parameters.standard.decision.strongScore) {
        coverage = alignment.coverage
        ranking = alignment.ranking
        rejected = []
        stale = []
        guard let review else {
            links = alignment.links
            unmappedPriorities = alignment.unmappedPriorities
            unlinkedTasks = alignment.unlinkedTasks
            return
        }
        let priorities = Dictionary(municipal.items.enumerated().map { ($1.ref, $0) }, uniquingKeysWith: { first, _ in first })
        let tasks = Dictionary(district.items.enumerated().map { ($1.ref, $0) }, uniquingKeysWith: { first, _ in first })
        var byPair = Dictionary(alignment.links.map { ($0.pair, $0) }, uniquingKeysWith: { first, _ in first })
        let explained = Dictionary(alignment.explained.map { ($0.pair, $0) }, uniquingKeysWith: { first, _ in first })
        for entry in review.entries where entry.isDecision {
            let p = priorities[entry.municipal], t = tasks[entry.district]
            if let reason = entry.staleness(priority: p.map { municipal.items[$0] }, task: t.map { district.items[$0] }) {
                stale.append(StaleDecision(entry: entry, reason: reason))
            }
            let pair = LinkPair(entry.municipal, entry.district)
            guard var decided = byPair.removeValue(forKey: pair) ?? explained[pair] else { continue }
            switch entry.decision {
            case .rejected: rejected.append(RejectedLink(link: decided, note: entry.note))
            case .accepted, .added:
                decided.origin = entry.decision == .accepted ? .accepted : .added
                // A planner's confirmation is evidence of substance: a confirmed link covers.
                decided.evidence.substance.append(.confirmed)
                if decided.strength == .weak { decided.strength = decided.score >= strongScore ? .strong : .partial }
                byPair[pair] = decided
            case .suggested: break
            }
        }
        links = byPair.values.sorted {
            (priorities[$0.municipal] ?? 0, -$0.score, $0.district) < (priorities[$1.municipal] ?? 0, -$1.score, $1.district)
        }
        let linkedPriorities = Set(links.map(\.municipal)), linkedTasks = Set(links.map(\.district))
        unmappedPriorities = municipal.items.map(\.ref).filter { !linkedPriorities.contains($0) }
        unlinkedTasks = district.items.map(\.ref).filter { !linkedTasks.contains($0) }
    }
}

extension ReviewFile {
    /// The pairs a planner decided on: the engine explains them so the decisions can apply.
    public var decidedPairs: [LinkPair] { entries.filter(\.isDecision).map { LinkPair($0.municipal, $0.district) } }
}
