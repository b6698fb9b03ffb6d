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
    public static let version = "0.5.0"

    /// Runs the tool with `CommandLine.arguments` (the program name first), prints its
    /// output, and returns the exit status.
    public static func run(_ commandLine: [String]) async -> Int32 {
        Allocator.mapLargeBlocks()
        let result = await execute(Array(commandLine.dropFirst()), environment: ProcessInfo.processInfo.environment)
        // Each text's own bytes are written: a long report is never copied to be printed.
        for (text, descriptor) in [(result.stdout, STDOUT_FILENO), (result.stderr, STDERR_FILENO)] {
            var text = text
            _ = text.withUTF8 { OutputFile.write(UnsafeRawBufferPointer($0), toDescriptor: descriptor) }
        }
        return result.status
    }

    /// Runs the tool with `arguments` (no program name) and captures what it prints.
    ///
    /// `environment` decides the language of help and usage errors (`LC_ALL`, `LC_MESSAGES`,
    /// `LANG`); none gives English.
    public static func execute(_ arguments: [String], environment: [String: String] = [:]) async -> ToolResult {
        let language = HelpLanguage.chosen(by: arguments[...], environment: environment)
        var session = Session(language: language)
        do {
            try await dispatch(arguments[...], session: &session)
            if let failure = session.failure {
                return ToolResult(status: 1, stdout: session.output, stderr: session.warnings + "planalign: \(failure)\n")
            }
            return ToolResult(status: 0, stdout: session.output, stderr: session.warnings)
        } catch let error as UsageError {
            return ToolResult(status: 64, stdout: "", stderr: session.warnings + "planalign: \(error.message(language))\n")
        } catch {
            return ToolResult(status: 1, stdout: "", stderr: session.warnings + "planalign: \(error)\n")
        }
    }

    static func dispatch(_ arguments: ArraySlice<String>, session: inout Session) async throws {
        var rest = arguments
        guard let name = rest.popFirst() else { throw UsageError.noCommand }
        switch name {
        case "--help", "-h":
            session.output = Help.overview(session.language)
        case "--version", "-V", "-v", "version":
            session.output = "planalign \(version)\n"
        case "help":
            guard let topic = rest.popFirst() else {
                session.output = Help.overview(session.language)
                return
            }
            if topic == "help" {
                session.output = Help.aboutHelp(session.language)
                return
            }
            guard let command = Commands.named(topic) else {
                throw UsageError.unknownCommand(topic, suggestion: Suggestion.nearest(to: topic, among: Commands.all.map(\.name)))
            }
            session.output = Help.page(for: command, language: session.language)
        default:
            guard let command = Commands.named(name) else {
                throw UsageError.unknownCommand(name, suggestion: Suggestion.nearest(to: name, among: Commands.all.map(\.name)))
            }
            if rest.contains("--help") || rest.contains("-h") {
                session.output = Help.page(for: command, language: session.language)
                return
            }
            try await command.run(ParsedArguments(rest, for: command), &session)
        }
    }
}

/// What a command has printed so far, and the files it read, which it may not overwrite.
struct Session {
    var language: HelpLanguage
    var output = ""
    var warnings = ""
    /// The files the command read: an output path naming one of them is refused.
    var inputs: [String] = []
    /// Why a command that still delivered its output ends with status 1.
    var failure: String?

    mutating func warn(_ line: String) { warnings += "planalign: warning: \(line)\n" }

    /// Warns about the notes the reader made on `plan`, naming the file and line: the first
    /// `shownNotes` of them, then how many more the report lists.
    mutating func warn(about plan: PlanDocument) {
        warn(notes: plan.notes, in: plan.path)
    }

    /// Warns about `notes` of the file at `path`, at most `shownNotes` of them one by one.
    mutating func warn(notes: [ParseNote], in path: String) {
        for note in notes.prefix(Session.shownNotes) { warn("\(path):\(note.line): \(note.message)") }
        if notes.count > Session.shownNotes {
            warn("\(path): \(notes.count - Session.shownNotes) more notes like these; 'planalign parse' lists them all in its JSON")
        }
    }

    /// How many of a file's notes are warned about one by one.
    static let shownNotes = 20

    /// Prints `text`, or writes it to `path` atomically; never over a file the command read.
    /// Writes a binary document (a Word file) to `path`, which it needs: binary output is never
    /// written to a terminal.
    mutating func deliver(bytes: [UInt8], to path: String?, format: String) throws {
        guard let path else { throw UsageError.needsOutput(format: format) }
        if let input = inputs.first(where: { FilePath.same($0, path) }) {
            throw UsageError.outputIsInput(output: path, input: input)
        }
        try OutputFile.write(bytes: bytes, to: path)
    }

    mutating func deliver(_ text: String, to path: String?) throws {
        guard let path else {
            output = text
            return
        }
        if let input = inputs.first(where: { FilePath.same($0, path) }) {
            throw UsageError.outputIsInput(output: path, input: input)
        }
        try OutputFile.write(text, to: path)
    }
}
