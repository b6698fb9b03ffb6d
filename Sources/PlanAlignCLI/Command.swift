/// One command of the tool: its name, what it does, its positional argument and its options.
struct Command: Sendable {
    var name: String
    var summary: Text
    /// The positional argument, such as `FILE`, when the command takes one.
    var positional: (placeholder: String, help: Text)?
    var options: [Option]
    var run: @Sendable (ParsedArguments, inout Session) async throws -> Void

    /// The option with `name` among its names, if any.
    func option(named name: String) -> Option? { options.first { $0.names.contains(name) } }

    /// `planalign parse FILE [--format json|markdown] [--encoding ENC]`.
    var usage: String {
        (["planalign", name] + [positional?.placeholder].compactMap { $0 } + options.map { "[\($0.synopsis)]" }).joined(separator: " ")
    }
}
