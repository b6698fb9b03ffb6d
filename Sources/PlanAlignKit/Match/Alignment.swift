/// How firmly a district task carries a municipal priority.
public enum Strength: String, Sendable, Hashable, Comparable, CaseIterable {
    /// Evidence of substance and a high score.
    case strong
    /// Evidence of substance at a lower score.
    case partial
    /// Only words in common, no evidence of substance: a candidate for a planner to
    /// review, and no coverage in any figure.
    case weak

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int { Strength.allCases.firstIndex(of: self) ?? 0 }

    /// Whether the link counts as coverage.
    public var covers: Bool { self != .weak }
}

extension Strength {
    /// The strength of a link with `score`: weak without substance, else strong at or above
    /// the rule's strong score and partial below it.
    public init(score: Double, substantive: Bool, rule: DecisionRule) {
        self = !substantive ? .weak : score >= rule.strongScore ? .strong : .partial
    }
}

/// What makes a link more than shared words: the evidence of substance a covering link needs.
public enum Substance: String, Sendable, Hashable, CaseIterable {
    /// A district sentence restates a municipal measure: their cosine is high.
    case sentence
    /// Both items set a target for the same indicator.
    case indicator
    /// The task's heading names the priority heading's most specific concept, or a concept in its field.
    case heading
    /// The task's heading names a specific concept (one few items name) that the priority names.
    case headingTerm
    /// A planner confirmed or added the link.
    case confirmed
}

/// A pair of a municipal measure and a district sentence, with their similarity.
public struct MeasurePair: Sendable, Hashable {
    public var municipal: String
    public var district: String
    public var score: Double
    /// The source line of the district sentence.
    public var districtLine: Int = 0
}

/// Why the engine linked two items.
public struct Evidence: Sendable, Hashable {
    /// The shared terms that weighed most, heaviest first.
    public var terms: [String]
    /// Shared indicators, as `municipal ~ district`.
    public var indicators: [String]
    /// Concepts the priority's heading names that the task's heading names or falls under.
    public var headings: [String] = []
    /// The best-matching pairs of a municipal measure and a district sentence.
    public var measures: [MeasurePair]
    /// What makes the link more than shared words; empty for a weak link.
    public var substance: [Substance] = []
}

/// Where a link came from: the engine, or a planner's review.
public enum LinkOrigin: String, Sendable, Hashable {
    /// Proposed by the engine and not yet reviewed.
    case engine
    /// Proposed by the engine and accepted by a planner.
    case accepted
    /// Added by a planner where the engine proposed nothing.
    case added
}

/// A district task that carries a municipal priority.
public struct Link: Sendable, Hashable {
    public var municipal: ItemRef
    public var district: ItemRef
    public var score: Double
    public var strength: Strength
    public var evidence: Evidence
    public var origin: LinkOrigin = .engine

    /// The two refs the link joins.
    public var pair: LinkPair { LinkPair(municipal, district) }
}

/// A municipal ref and a district ref: the two ends of a link or of a review decision.
public struct LinkPair: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var municipal: ItemRef
    public var district: ItemRef

    public init(_ municipal: ItemRef, _ district: ItemRef) {
        self.municipal = municipal
        self.district = district
    }

    /// `2.1:4`, as the review command takes it.
    public var description: String { "\(municipal):\(district)" }

    public static func < (lhs: LinkPair, rhs: LinkPair) -> Bool { (lhs.municipal, lhs.district) < (rhs.municipal, rhs.district) }
}

/// One clause of a municipal priority and the district sentence nearest to it.
public struct MeasureCoverage: Sendable, Hashable {
    public var priority: ItemRef
    public var measure: String
    public var nearestTask: ItemRef?
    public var nearestSentence: String?
    public var score: Double
    public var covered: Bool
}

/// The engine's alignment of a district plan to a municipal plan, before any planner's decision.
public struct Alignment: Sendable {
    /// Links sorted by municipal ref, then by score, highest first.
    public var links: [Link]
    /// Priorities no task carries.
    public var unmappedPriorities: [ItemRef]
    /// Tasks that carry no priority.
    public var unlinkedTasks: [ItemRef]
    /// Every clause of every priority, covered or not.
    public var coverage: [MeasureCoverage]
    /// Every task's score against each priority, highest first: the nearest tasks even below the threshold.
    public var ranking: Ranking
    /// Pairs the caller asked the engine to explain that it did not link, scored and explained.
    public var explained: [Link]

    /// The clauses that no district sentence covers.
    public var uncoveredMeasures: [MeasureCoverage] { coverage.filter { !$0.covered } }

    /// The links of one priority.
    public func links(of priority: ItemRef) -> [Link] { links.filter { $0.municipal == priority } }
}
