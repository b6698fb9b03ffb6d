import Foundation

/// Writes output files whole or not at all.
public enum OutputFile {
    /// Writes `text` to `path` through a temporary file in the same directory and a rename,
    /// so a reader never sees half a file and a failure leaves nothing behind. Temporary
    /// files that a killed run left in the directory are removed first.
    ///
    /// - Throws: `InputError.cannotWrite` naming the path and the reason.
    public static func write(_ text: String, to path: String) throws {
        var text = text
        // The text's own bytes are written: a long report is never copied to be written.
        try text.withUTF8 { try write(buffer: UnsafeRawBufferPointer($0), to: path) }
    }

    /// Writes `bytes` to `path` whole or not at all, as `write(_:to:)` does text.
    public static func write(bytes: [UInt8], to path: String) throws {
        try bytes.withUnsafeBytes { try write(buffer: $0, to: path) }
    }

    /// Writes all of `buffer` to an open file, retrying short and interrupted writes.
    ///
    /// - Returns: 0, or the `errno` of the write that failed.
    public static func write(_ buffer: UnsafeRawBufferPointer, toDescriptor descriptor: Int32) -> Int32 {
        guard let base = buffer.baseAddress else { return 0 }
        var written = 0
        while written < buffer.count {
            let count = Foundation.write(descriptor, base + written, buffer.count - written)
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            written += count
        }
        return 0
    }

    private static func write(buffer: UnsafeRawBufferPointer, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError.cannotWrite(path: path, reason: "the directory \(directory) does not exist")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw InputError.cannotWrite(path: path, reason: "it is a directory")
        }
        removeStaleTemporaries(in: directory)
        let temporary = directory + "/" + temporaryPrefix + url.lastPathComponent + ".\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw InputError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        var failure = write(buffer, toDescriptor: descriptor)
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw InputError.cannotWrite(path: path, reason: String(cString: strerror(failure)))
        }
    }

    /// What every temporary file of `write(_:to:)` is named after: `.planalign-NAME.PID.tmp`.
    static let temporaryPrefix = ".planalign-"

    /// Removes the temporary files of runs that are no longer alive: ours by their process
    /// id, and Foundation's `.dat.nosync…` files an older version left, once a minute old.
    static func removeStaleTemporaries(in directory: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names {
            let path = directory + "/" + name
            if name.hasPrefix(temporaryPrefix), name.hasSuffix(".tmp"),
               let pid = Int32(name.dropLast(4).split(separator: ".").last ?? ""), kill(pid, 0) != 0, errno == ESRCH {
                unlink(path)
            } else if name.hasPrefix(".dat.nosync"),
                      let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
                      Date().timeIntervalSince(modified) > 60 {
                unlink(path)
            }
        }
    }
}

/// An advisory lock (`flock`) on a lock file, held while a file is read, merged and
/// replaced, so that two runs at once never lose each other's changes.
public enum FileLock {
    /// Runs `body` holding the exclusive lock of `path` (the lock file is created if needed).
    ///
    /// - Throws: `InputError.cannotWrite` when the lock file cannot be opened, or what `body` throws.
    public static func withLock<T>(_ path: String, _ body: () throws -> T) throws -> T {
        let descriptor = open(path, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else { throw InputError.cannotWrite(path: path, reason: "cannot open the lock file: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw InputError.cannotWrite(path: path, reason: "cannot lock: \(String(cString: strerror(errno)))") }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
