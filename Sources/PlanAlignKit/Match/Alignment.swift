/// How firmly a district task carries a municipal priority.
public enum Strength: String, Sendable, Hashable, Comparable {
    case strong, partial

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs == .strong && rhs == .partial }
}

/// A pair of a municipal measure and a district sentence, with their similarity.
public struct MeasurePair: Sendable, Hashable {
    public var municipal: String
    public var district: String
    public var score: Double
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

/// A task's score against one priority, in a priority's ranking.
public struct RankedTask: Sendable, Hashable {
    public var task: ItemRef
    public var score: Double
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
    public var ranking: [ItemRef: [RankedTask]]
    /// Pairs the caller asked the engine to explain that it did not link, scored and explained.
    public var explained: [Link]

    /// The clauses that no district sentence covers.
    public var uncoveredMeasures: [MeasureCoverage] { coverage.filter { !$0.covered } }

    /// The links of one priority.
    public func links(of priority: ItemRef) -> [Link] { links.filter { $0.municipal == priority } }
}
