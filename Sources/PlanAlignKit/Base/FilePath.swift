import Foundation

/// Questions about paths that several stages ask.
public enum FilePath {
    /// Whether a file or directory exists at `path`.
    public static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    /// Whether two paths name the same file, through symbolic links and `.`/`..` spellings.
    public static func same(_ a: String, _ b: String) -> Bool { canonical(a) == canonical(b) }

    /// The absolute path with links resolved, as far as the file system knows it.
    public static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
