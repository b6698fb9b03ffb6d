/// How much of a long list or text a rendered report shows: every such number in one place.
enum DisplayLimits {
    /// Shared terms shown as a link's evidence in the Markdown report.
    static let evidenceTerms = 4
    /// Departments suggested as owners of a gap.
    static let owners = 3
    /// Characters of a quoted sentence in a link's evidence, before it is cut with an ellipsis.
    static let quotedSentence = 24
    /// Characters of a node label in a diagram, before it is cut with an ellipsis.
    static let diagramLabel = 22
}
