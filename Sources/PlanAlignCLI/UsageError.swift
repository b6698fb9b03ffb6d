/// A mistake in how the tool was called; it exits with status 64.
public enum UsageError: Error, Equatable, Sendable {
    case noCommand
    case unknownCommand(String)
    case unknownOption(String, command: String)
    case missingValue(option: String)
    case invalidValue(option: String, value: String, accepted: [String])
    case missingArgument(String, command: String)
    case unexpectedArgument(String, command: String)
    case missingDefault(what: String, option: String)
}

extension UsageError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .noCommand:
            return "no command given; run 'planalign --help' for the commands"
        case .unknownCommand(let name):
            return "unknown command '\(name)'; run 'planalign --help' for the commands"
        case .unknownOption(let option, let command):
            return "'\(command)' has no option '\(option)'; run 'planalign help \(command)'"
        case .missingValue(let option):
            return "option '\(option)' needs a value"
        case .invalidValue(let option, let value, let accepted):
            return "option '\(option)' does not accept '\(value)'; use one of: \(accepted.joined(separator: ", "))"
        case .missingArgument(let what, let command):
            return "'\(command)' needs \(what); run 'planalign help \(command)'"
        case .unexpectedArgument(let argument, let command):
            return "'\(command)' does not take the argument '\(argument)'; run 'planalign help \(command)'"
        case .missingDefault(let what, let option):
            return "no \(what) in the current directory; pass \(option)"
        }
    }
}
