import Foundation

/// Every number that shapes a link score, a link decision, measure coverage or indicator
/// identity, in one value, grouped by concern. Display limits live with the renderers
/// (`DisplayLimits`).
///
/// The matching values were chosen on the development labels (municipal areas 1 to 4) as a
/// small grid over each weight, preferring round values on a plateau over the single best
/// point, so that they hold on plans not seen. The README explains each one.
public struct Parameters: Sendable, Hashable {
    /// How much each kind of token weighs in a text's vector.
    public var tokens = TokenWeights()
    /// How the signals add up to a link score.
    public var score = ScoreWeights()
    /// Which scored tasks become links, and which links are strong.
    public var decision = DecisionRule()
    /// When a municipal clause counts as covered.
    public var coverage = CoverageRule()
    /// What counts as evidence of substance, which a covering link needs.
    public var substance = SubstanceRule()
    /// When two targets measure the same indicator.
    public var identity = IndicatorThresholds()
    /// Which quoted phrases become strong keywords.
    public var quoting = QuotedTermRule()
    /// How much evidence a link records.
    public var evidence = EvidenceLimits()

    public init() {}

    /// The parameters PlanAlign ships with.
    public static let standard = Parameters()
}

/// The weight of each kind of token.
public struct TokenWeights: Sendable, Hashable {
    /// A plain character bigram.
    public var bigram = 1.0
    /// A bigram that only says how (`加强`): planning verbs carry no topic.
    public var genericBigram = 0.15
    /// A Latin or digit word.
    public var word = 1.0
    /// A lexicon concept: a whole domain term counts more than its bigrams.
    public var term = 2.0
    /// A quoted term: plans quote their named programmes.
    public var quoted = 5.0
    /// A broader field a named concept belongs to.
    public var broader = 2.0

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

    /// The inverse document frequency of a token held by `items` of `total` items: smoothed,
    /// so that a token in every item still weighs a little.
    static func idf(total: Int, items: Int) -> Double { items == 0 ? 0 : Foundation.log(1 + Double(total) / Double(items)) }

    /// The sublinear weight of a token seen `count` times in one text: 1 + ln(count).
    static func frequency(_ count: Int) -> Double { count == 0 ? 0 : 1 + Foundation.log(Double(count)) }
}

/// How the four signals add up to a link score.
public struct ScoreWeights: Sendable, Hashable {
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
}

/// Which scored tasks a priority links, and which links are strong.
public struct DecisionRule: Sendable, Hashable {
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
}

/// What counts as evidence of substance. A link without any is weak: shown as a candidate,
/// never counted as coverage.
///
/// The sentence threshold comes from how scores behave when the answer is known to be
/// "nothing": with every task a planner accepts for a priority taken out of the district
/// plan, the best remaining sentence pair of any seed priority scores at most 0.41, while
/// the restatements that carry a priority score 0.47 and up. 0.44 sits between.
public struct SubstanceRule: Sendable, Hashable {
    /// A measure pair at or above this cosine is a restatement.
    public var sentenceScore = 0.44
}

/// When a municipal clause counts as covered by a district sentence.
public struct CoverageRule: Sendable, Hashable {
    /// Covered when some district sentence scores this much against the clause.
    public var score = 0.25
    /// … or this much while naming one of the clause's specific concepts.
    public var floor = 0.12
    /// A concept named by at most this many items of the two plans is specific.
    public var specificConceptItems = 4
    /// A gap is given the departments of its nearest task as owners only when that task
    /// scores this much against it; below, the owner is to be decided.
    public var ownerScore = 0.12
}

/// How much evidence the engine records for a link.
public struct EvidenceLimits: Sendable, Hashable {
    /// The shared terms kept, heaviest first.
    public var terms = 6
    /// The best pairs of a municipal measure and a district sentence kept.
    public var measurePairs = 2
    /// A phrase both texts contain is shown from this many characters: shorter runs are
    /// as often pieces of two different words (民健 of 居民健康 and 全民健身) as a word.
    public var phraseLength = 4
}

/// Which phrases a plan writes in quotation marks become strong keywords.
public struct QuotedTermRule: Sendable, Hashable {
    /// A quoted piece of this many characters counts (`“强基”` to a programme's full name).
    public var lengths = 2...10
    /// A quoted term the lexicon does not hold needs this many characters, unless it is quoted whole.
    public var unlistedMinimum = 3
}
