/// Arguments split into positionals, valued options and flags, popped one at a time.
struct Arguments {
    var positionals: [String] = []
    var options: [String: String] = [:]
    var flags: Set<String> = []

    /// Splits `arguments` for `command`, which takes the options in `valued` and the flags in `switches`.
    init(_ arguments: ArraySlice<String>, command: String, valued: Set<String>, switches: Set<String>) throws {
        var rest = arguments
        while let argument = rest.popFirst() {
            if argument.hasPrefix("-") && argument.count > 1 {
                var name = argument, inline: String?
                if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                    name = String(argument[..<equals])
                    inline = String(argument[argument.index(after: equals)...])
                }
                if valued.contains(name) {
                    guard let value = inline ?? rest.popFirst() else { throw UsageError.missingValue(option: name) }
                    options[name] = value
                } else if switches.contains(name) && inline == nil {
                    flags.insert(name)
                } else {
                    throw UsageError.unknownOption(name, command: command)
                }
            } else {
                positionals.append(argument)
            }
        }
    }

    /// The value of a choice option, checked against the accepted values.
    func choice(_ option: String, among accepted: [String], default fallback: String) throws -> String {
        guard let value = options[option] else { return fallback }
        guard accepted.contains(value) else {
            throw UsageError.invalidValue(option: option, value: value, accepted: accepted)
        }
        return value
    }

    /// Exactly one positional argument.
    func single(_ what: String, command: String) throws -> String {
        guard let first = positionals.first else { throw UsageError.missingArgument(what, command: command) }
        if positionals.count > 1 { throw UsageError.unexpectedArgument(positionals[1], command: command) }
        return first
    }

    /// No positional arguments.
    func none(command: String) throws {
        if let first = positionals.first { throw UsageError.unexpectedArgument(first, command: command) }
    }
}
