/// Reads a plan file of any supported format into text.
///
/// Plain text is decoded as it is; other formats are turned into text first.
public enum FormatReader {
    /// Reads `path` according to its format.
    public static func read(path: String, encoding: TextEncoding? = nil) throws -> PlanSource {
        try PlanReader.read(path: path, encoding: encoding)
    }
}
