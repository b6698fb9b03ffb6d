/// Every limit on what the tool reads, named in one place. Past each, reading stops at
/// once with an error that names the file and the limit, well before memory or time run out.
public struct Limits: Sendable, Hashable {
    /// The largest file read, in bytes; `--max-size` raises it.
    public var fileBytes = 64 << 20
    /// The deepest nesting of arrays and objects in a JSON file (mappings, reviews, labels).
    public var jsonDepth = 200
    /// The most entries a zip archive (a `.docx`) may list.
    public var zipEntries = 10_000
    /// The most bytes all the entries read from one archive may inflate to.
    public var zipExpandedBytes = 64 << 20
    /// The most one entry may expand relative to its compressed size: a zip bomb expands
    /// a thousandfold, while Word's XML expands ten- to fiftyfold.
    public var zipRatio = 200
    /// The most items one plan may hold.
    public var items = 100_000

    public init() {}

    /// The largest text the tool reads at all, in bytes: 2 GiB less a byte, so that every
    /// offset and line number inside a text fits in 32 bits. `--max-size` cannot go past it.
    public static let largestText = Int(Int32.max)

    /// The limits the tool ships with.
    public static let standard = Limits()

    /// `67108864` as `64 MiB`, for messages.
    public static func describe(bytes: Int) -> String {
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }
}
