import Foundation

/// A plan file's text, decoded, with the name used in messages.
public struct PlanSource: Sendable, Hashable {
    /// The path as the user gave it.
    public var path: String
    /// The decoded text.
    public var text: String

    /// A source held in memory, for tests and generated corpora.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}

/// Reads a plan file's bytes from disk; `FormatReader` turns them into text.
public enum PlanReader {
    /// Reads the raw bytes of `path`.
    static func readBytes(path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError.fileNotFound(path: path)
        }
        if isDirectory.boolValue { throw InputError.isDirectory(path: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError.unreadable(path: path, reason: "permission denied or not a regular file")
        }
        if data.isEmpty { throw InputError.emptyFile(path: path) }
        return [UInt8](data)
    }
}
