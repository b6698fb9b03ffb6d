/// A failure a user can act on: it names the file, and the line where there is one.
///
/// Rendering the message is separate from raising the error, so tests compare
/// the whole sentence a planner will read.
public enum InputError: Error, Equatable, Sendable {
    case fileNotFound(path: String)
    case isDirectory(path: String, expected: String)
    case emptyFile(path: String, expected: String)
    case tooLarge(path: String, bytes: Int, limit: Int)
    case binaryFile(path: String)
    case notUTF8(path: String, line: Int)
    case unreadable(path: String, reason: String)
    case noOutline(path: String)
    case malformed(path: String, line: Int, column: Int, expected: String, found: String)
    case cannotWrite(path: String, reason: String)
    case samePlanTwice(path: String)
}

extension InputError {
    /// The file the error is about.
    public var path: String {
        switch self {
        case .fileNotFound(let path), .isDirectory(let path, _), .emptyFile(let path, _), .binaryFile(let path), .notUTF8(let path, _),
             .unreadable(let path, _), .noOutline(let path), .malformed(let path, _, _, _, _), .cannotWrite(let path, _),
             .samePlanTwice(let path), .tooLarge(let path, _, _):
            return path
        }
    }
}

extension InputError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .fileNotFound(let path):
            return "\(path): no such file"
        case .isDirectory(let path, let expected):
            return "\(path): is a directory, expected a file holding \(expected)"
        case .emptyFile(let path, let expected):
            return "\(path): the file is empty, expected \(expected)"
        case .tooLarge(let path, let bytes, let limit):
            return "\(path): the file is \(Limits.describe(bytes: bytes)), larger than the \(Limits.describe(bytes: limit)) read by default; pass --max-size to read it"
        case .binaryFile(let path):
            return "\(path): looks like a binary file, expected the text of a work plan"
        case .notUTF8(let path, let line):
            return "\(path):\(line): the file is not UTF-8 text (convert it to UTF-8 first)"
        case .unreadable(let path, let reason):
            return "\(path): cannot be read: \(reason)"
        case .noOutline(let path):
            return "no numbered items found in \(path)"
        case .malformed(let path, let line, let column, let expected, let found):
            return "\(path):\(line):\(column): expected \(expected), found \(found)"
        case .cannotWrite(let path, let reason):
            return "\(path): cannot write the output: \(reason)"
        case .samePlanTwice(let path):
            return "\(path): given as both the municipal and the district plan; pass two different plans"
        }
    }
}
