/// The reference of a section or an item: its own number (`"4"`, `"16"`) when numbering
/// runs through the document, or `section.index` (`"2.1"`) when it does not.
///
/// Refs sort by their numeric components, so `"2.10"` comes after `"2.9"`.
public struct ItemRef: Hashable, Sendable, Comparable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The ref as written in reports and review files.
    public let rawValue: String
    let components: [Int]

    /// A ref from its written form.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
        components = rawValue.split(separator: ".").map { Int($0) ?? Int.max }
    }

    /// A ref from its numeric components: `ItemRef(2, 1)` is `"2.1"`.
    public init(_ components: Int...) {
        self.init(components.map(String.init).joined(separator: "."))
    }

    public init(stringLiteral value: String) { self.init(value) }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    /// The first component: the section of a `section.index` ref.
    public var head: Int { components.first ?? 0 }

    public static func < (lhs: ItemRef, rhs: ItemRef) -> Bool {
        lhs.components == rhs.components ? lhs.rawValue < rhs.rawValue : lhs.components.lexicographicallyPrecedes(rhs.components)
    }

    public static func == (lhs: ItemRef, rhs: ItemRef) -> Bool { lhs.rawValue == rhs.rawValue }

    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
}
