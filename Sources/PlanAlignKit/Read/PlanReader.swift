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

/// Reads a plan file from disk and decodes it to text.
public enum PlanReader {
    /// Reads `path`, rejecting what is not a readable text file.
    ///
    /// - Throws: `InputError` naming the file when it is missing, a directory,
    ///   empty, binary or in an encoding that cannot be decoded.
    public static func read(path: String, encoding: TextEncoding? = nil) throws -> PlanSource {
        let bytes = try readBytes(path: path)
        let text = try TextDecoder.decode(bytes, path: path, forcing: encoding)
        if text.unicodeScalars.allSatisfy(\.isBlank) { throw InputError.emptyFile(path: path) }
        return PlanSource(path: path, text: text)
    }

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
