import Foundation

/// A plan file's text, decoded, with the name used in messages.
public struct PlanSource: Sendable, Hashable {
    /// The path as the user gave it.
    public var path: String
    /// The decoded text.
    public var text: String
    /// The text as written, when it was in traditional characters and `text` holds it in
    /// simplified ones: what the planner wrote, shown beside what the tool matched.
    public var original: String?

    /// Whether the text was written in traditional characters and read in simplified ones.
    public var convertedFromTraditional: Bool { original != nil }

    /// A source held in memory, for tests and generated corpora.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The text, handed over: the source holds it no longer, so that it goes as soon as the
    /// one who takes it lets it go.
    mutating func handingOverText() -> String {
        defer { text = "" }
        return text
    }
}
