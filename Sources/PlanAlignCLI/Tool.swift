import Foundation
import PlanAlignKit

/// What one run of the tool printed and how it ended.
public struct ToolResult: Sendable, Equatable {
    /// The exit status: 0 on success, 1 for bad input, 64 for bad usage.
    public var status: Int32
    /// What went to standard output.
    public var stdout: String
    /// What went to standard error.
    public var stderr: String
}

/// The command layer of `planalign`: parses arguments, runs a command, and turns every
/// failure into one or two plain lines and an exit status.
public enum Tool {
    /// The tool's version.
    public static let version = "0.4.0"

    /// Runs the tool with `CommandLine.arguments` (the program name first), prints its
    /// output, and returns the exit status.
    public static func run(_ commandLine: [String]) async -> Int32 {
        let result = await execute(Array(commandLine.dropFirst()))
        FileHandle.standardOutput.write(Data(result.stdout.utf8))
        FileHandle.standardError.write(Data(result.stderr.utf8))
        return result.status
    }

    /// Runs the tool with `arguments` (no program name) and captures what it prints.
    public static func execute(_ arguments: [String]) async -> ToolResult {
        var session = Session()
        do {
            try await dispatch(arguments[...], session: &session)
            return ToolResult(status: 0, stdout: session.output, stderr: session.warnings)
        } catch let error as UsageError {
            return ToolResult(status: 64, stdout: "", stderr: session.warnings + "planalign: \(error)\n")
        } catch let error as InputError {
            return ToolResult(status: 1, stdout: "", stderr: session.warnings + "planalign: \(error)\n")
        } catch {
            return ToolResult(status: 1, stdout: "", stderr: session.warnings + "planalign: \(error)\n")
        }
    }

    static func dispatch(_ arguments: ArraySlice<String>, session: inout Session) async throws {
        var rest = arguments
        guard let name = rest.popFirst() else { throw UsageError.noCommand }
        switch name {
        case "--help", "-h":
            session.output = Help.overview
        case "--version", "-V":
            session.output = "planalign \(version)\n"
        case "help":
            if let topic = rest.popFirst() {
                guard let command = Commands.named(topic) else { throw UsageError.unknownCommand(topic) }
                session.output = Help.page(for: command)
            } else {
                session.output = Help.overview
            }
        default:
            guard let command = Commands.named(name) else { throw UsageError.unknownCommand(name) }
            if rest.contains("--help") || rest.contains("-h") {
                session.output = Help.page(for: command)
                return
            }
            let parsed = try Arguments(rest, command: name, valued: command.valued, switches: command.switches)
            try await command.run(parsed, &session)
        }
    }
}

/// What a command has printed so far.
struct Session {
    var output = ""
    var warnings = ""

    mutating func warn(_ line: String) { warnings += "planalign: warning: \(line)\n" }
}
