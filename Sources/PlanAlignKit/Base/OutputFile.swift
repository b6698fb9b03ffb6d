import Foundation

/// Writes output files whole or not at all.
public enum OutputFile {
    /// Writes `text` to `path` through a temporary file in the same directory and a rename,
    /// so a reader never sees half a report and a failure leaves nothing behind.
    ///
    /// - Throws: `InputError.cannotWrite` naming the path and the reason.
    public static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError.cannotWrite(path: path, reason: "the directory \(directory) does not exist")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw InputError.cannotWrite(path: path, reason: "it is a directory")
        }
        let temporary = directory + "/." + url.lastPathComponent + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else {
            throw InputError.cannotWrite(path: path, reason: "permission denied in \(directory)")
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw InputError.cannotWrite(path: path, reason: reason)
        }
    }
}
