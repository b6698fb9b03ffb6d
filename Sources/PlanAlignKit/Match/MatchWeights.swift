/// Every number that shapes a link score, in one place.
///
/// The values were chosen on the development labels (municipal areas 1 to 4) as a small
/// grid over each weight, preferring round values on a plateau over the single best
/// point, so that they hold on plans not seen. The README explains each one.
public struct MatchWeights: Sendable, Hashable {
    /// Weight of a plain character bigram.
    public var bigram = 1.0
    /// Weight of a bigram that only says how (`加强`): planning verbs carry no topic.
    public var genericBigram = 0.15
    /// Weight of a Latin or digit word.
    public var word = 1.0
    /// Weight of a lexicon concept: a whole domain term counts more than its bigrams.
    public var term = 2.0
    /// Weight of a quoted term: plans quote their named programmes.
    public var quoted = 5.0
    /// Weight of a broader field a named concept belongs to.
    public var broader = 2.0

    /// Share of the link score from the cosine of the whole texts.
    public var itemShare = 0.5
    /// Share from the best-matching pair of a municipal measure and a district sentence.
    public var measureShare = 0.5
    /// Bonus when the two items hold a target of the same indicator.
    public var targetBonus = 0.15
    /// Bonus when the task's heading names a concept the priority's heading names, or one in
    /// that concept's field (实施医疗卫生强基工程 for 落实“强基、稳二、控三”要求): a heading
    /// says what an item is about.
    public var headingBonus = 0.25

    /// A link needs at least this score.
    public var minimumScore = 0.18
    /// … and at least this fraction of the priority's best score.
    public var relativeToBest = 0.3
    /// At most this many links per priority.
    public var maximumLinks = 4
    /// The best task of a priority is linked, as partial, down to this score: a short
    /// priority scores low against every task, but its best match is still its match.
    public var bestFloor = 0.07
    /// A link at or above this score is strong; below, partial.
    public var strongScore = 0.3
    /// A municipal clause counts as covered when some district sentence scores this much against it.
    public var coverageScore = 0.25
    /// … or this much while naming one of the clause's specific concepts.
    public var coverageFloor = 0.12
    /// A concept named by at most this many items of the two plans is specific.
    public var specificConceptItems = 4

    public init() {}

    /// The weights PlanAlign ships with.
    public static let standard = MatchWeights()

    func weight(of kind: TokenKind) -> Double {
        switch kind {
        case .bigram: return bigram
        case .genericBigram: return genericBigram
        case .word: return word
        case .term: return term
        case .quoted: return quoted
        case .broader: return broader
        }
    }
}
