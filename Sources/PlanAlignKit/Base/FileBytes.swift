import Foundation

/// Reads a file's bytes from disk, with the failures a user can act on.
public enum FileBytes {
    /// The raw bytes of `path`.
    ///
    /// - Throws: `InputError` when the file is missing, a directory, unreadable or empty.
    public static func read(path: String) throws -> [UInt8] {
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

    /// The last component of a path: the file name reports show.
    public static func name(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }
}

/// Checks on UTF-8 bytes.
public enum UTF8Bytes {
    /// The 1-based line of the first byte that is not valid UTF-8, or the last line when all are.
    ///
    /// - Complexity: O(n) in the number of bytes.
    public static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
        var line = 1, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return line
            }
            if index + length > bytes.count { return line }
            for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return line }
            if byte == 0x0A { line += 1 }
            index += length
        }
        return line
    }
}
