/// The commands, in the order help lists them.
enum Commands {
    static let all: [Command] = [report, draft, diff, parse, targets, compare, match, evaluate, review, validate, graph, portfolio]

    static func named(_ name: String) -> Command? { all.first { $0.name == name } }
}
