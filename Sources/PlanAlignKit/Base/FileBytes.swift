import Foundation

/// Reads a file's bytes from disk, with the failures a user can act on.
public enum FileBytes {
    /// The raw bytes of `path`, refusing a file larger than `maxBytes` before reading it.
    ///
    /// - Throws: `InputError` when the file is missing, a link loop, a directory, too
    ///   large, unreadable or empty; `expecting` says what the file should have held.
    public static func read(path: String, maxBytes: Int = Limits.standard.fileBytes, expecting: String = "the text of a work plan") throws -> [UInt8] {
        var status = stat()
        if stat(path, &status) != 0 {
            if errno == ELOOP { throw InputError.unreadable(path: path, reason: "a loop of symbolic links") }
            var link = stat()
            if lstat(path, &link) == 0 { throw InputError.unreadable(path: path, reason: "a symbolic link to a file that does not exist") }
            throw InputError.fileNotFound(path: path)
        }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw InputError.isDirectory(path: path, expected: expecting) }
        if Int(status.st_size) > maxBytes {
            throw InputError.tooLarge(path: path, bytes: Int(status.st_size), limit: maxBytes)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError.unreadable(path: path, reason: "permission denied or not a regular file")
        }
        if data.count > maxBytes { throw InputError.tooLarge(path: path, bytes: data.count, limit: maxBytes) }
        if data.isEmpty { throw InputError.emptyFile(path: path, expected: expecting) }
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
