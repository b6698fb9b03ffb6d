import PlanAlignKit

/// A command's arguments, parsed against its declaration: the positionals, each option's
/// values under its canonical name, and the flags given.
struct ParsedArguments: Sendable {
    var command: Command
    var positionals: [String] = []
    var values: [String: [String]] = [:]
    var flags: Set<String> = []

    /// Parses `arguments` for `command`.
    ///
    /// - Throws: `UsageError` for an unknown option (with the nearest name), a missing value,
    ///   an option name where a value belongs, a value outside the choices, or a single-valued
    ///   option given twice.
    init(_ arguments: ArraySlice<String>, for command: Command) throws {
        self.command = command
        var rest = arguments
        while let argument = rest.popFirst() {
            guard argument.hasPrefix("-"), argument.count > 1 else {
                positionals.append(argument)
                continue
            }
            var name = argument, inline: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inline = String(argument[argument.index(after: equals)...])
            }
            guard let option = command.option(named: name) else {
                let known = command.options.flatMap(\.names)
                throw UsageError.unknownOption(name, command: command.name, suggestion: Suggestion.nearest(to: name, among: known))
            }
            switch option.kind {
            case .flag:
                if inline != nil { throw UsageError.flagTakesNoValue(option: name) }
                flags.insert(option.name)
            case .value(_, let choices):
                let value = try Self.value(of: name, inline: inline, rest: &rest, command: command)
                if !choices.isEmpty, !choices.contains(value) {
                    throw UsageError.invalidValue(option: name, value: value, accepted: choices)
                }
                if values[option.name] != nil { throw UsageError.givenTwice(option: name) }
                values[option.name] = [value]
            case .repeatable:
                values[option.name, default: []].append(try Self.value(of: name, inline: inline, rest: &rest, command: command))
            }
        }
    }

    /// The value after an option: inline (`--format=json`) or the next argument, which may
    /// not itself be an option of the command.
    private static func value(of name: String, inline: String?, rest: inout ArraySlice<String>, command: Command) throws -> String {
        if let inline { return inline }
        guard let next = rest.first else { throw UsageError.missingValue(option: name) }
        if next.hasPrefix("--") || command.option(named: next) != nil { throw UsageError.optionAsValue(option: name, found: next) }
        rest.removeFirst()
        return next
    }

    /// The value of a single-valued option, if given.
    func value(_ name: String) -> String? { values[name]?.first }

    /// Every value of a repeatable option, in the order given.
    func all(_ name: String) -> [String] { values[name] ?? [] }

    /// Whether a flag was given.
    func flag(_ name: String) -> Bool { flags.contains(name) }

    /// The value of an option with choices, or the first choice when it is not given.
    func choice(_ name: String) -> String {
        if let value = value(name) { return value }
        if case .value(_, let choices) = command.option(named: name)?.kind, let first = choices.first { return first }
        return ""
    }

    /// The one positional argument the command takes.
    func single() throws -> String {
        guard let first = positionals.first else {
            throw UsageError.missingArgument(command.positional?.placeholder ?? "FILE", command: command.name)
        }
        if positionals.count > 1 { throw UsageError.unexpectedArgument(positionals[1], command: command.name) }
        return first
    }

    /// Exactly two positional arguments (`OLD NEW`).
    func two() throws -> (String, String) {
        guard positionals.count >= 2 else {
            throw UsageError.missingArgument(command.positional?.placeholder ?? "FILE FILE", command: command.name)
        }
        if positionals.count > 2 { throw UsageError.unexpectedArgument(positionals[2], command: command.name) }
        return (positionals[0], positionals[1])
    }

    /// No positional arguments.
    func none() throws {
        if let first = positionals.first { throw UsageError.unexpectedArgument(first, command: command.name) }
    }

    /// A required option's value.
    func required(_ name: String) throws -> String {
        guard let value = value(name) else {
            throw UsageError.missingArgument(command.option(named: name)?.synopsis ?? name, command: command.name)
        }
        return value
    }
}
