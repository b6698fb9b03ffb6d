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
    /// Characters of a box label in a web page's diagram.
    static let svgLabel = 22


    /// `text` cut to `limit` characters with an ellipsis. A cut never falls inside brackets or
    /// quotes: it moves back to before the opening one, so `加强“健康…` never shows half a name.
    static func cut(_ text: String, to limit: Int) -> String {
        let scalars = text.scalars
        guard scalars.count > limit else { return text }
        var cut = limit - 1
        var scan = BracketDepth.bracketsAndQuotes, outermost: Int?
        for (index, scalar) in scalars.prefix(cut).enumerated() {
            let before = scan.depth
            _ = scan.isTopLevel(scalar)
            if before == 0 && scan.depth > 0 { outermost = index }
            if scan.depth == 0 { outermost = nil }
        }
        if let outermost, outermost > 0 { cut = outermost }
        return String(scalars: Array(scalars.prefix(cut))) + "…"
    }
}
