/// When two targets measure the same indicator: overlaps of their normalized wordings.
public struct IndicatorThresholds: Sendable, Hashable {
    /// The overlap at or above which two intensive indicators are the same.
    public var same = 0.6
    /// The overlap at or above which a district count is related to a municipal count.
    public var related = 0.45
    /// The overlap a wording held whole in the other is raised to (`居民健康素养` in `居民健康素养水平`).
    public var heldWhole = 0.75
    /// A held wording needs at least this many characters to count.
    public var heldWholeLength = 3
    /// An approximate target (`45%左右`) meets one it differs from by at most this share of its value.
    public var approximateTolerance = 0.05

    public init() {}

    /// The thresholds PlanAlign ships with.
    public static let standard = IndicatorThresholds()

    /// The threshold for targets of `kind`.
    func threshold(for kind: TargetKind) -> Double { kind == .intensive ? same : related }
}
