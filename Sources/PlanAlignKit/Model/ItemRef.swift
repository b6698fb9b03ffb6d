/// The reference of a section or an item: its own number (`"4"`, `"16"`) when numbering
/// runs through the document, or `section.index` (`"2.1"`) when it does not.
///
/// Refs sort by their numeric components, so `"2.10"` comes after `"2.9"`.
public struct ItemRef: Hashable, Sendable, Comparable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The ref as written in reports and review files.
    public let rawValue: String

    /// The numeric components, read from the written form as they are compared: a long plan
    /// has a ref for every item, and stored they took an array each. A component that is no
    /// number sorts last; empty components are skipped.
    var components: Components { Components(rest: rawValue[...]) }

    /// A ref from its written form.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
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
    public var head: Int {
        var components = components
        return components.next() ?? 0
    }

    public static func < (lhs: ItemRef, rhs: ItemRef) -> Bool {
        lhs.components.elementsEqual(rhs.components) ? lhs.rawValue < rhs.rawValue : lhs.components.lexicographicallyPrecedes(rhs.components)
    }

    /// A ref's numeric components, read one at a time from its text, without storage.
    struct Components: Sequence, IteratorProtocol {
        var rest: Substring

        mutating func next() -> Int? {
            while !rest.isEmpty {
                let end = rest.firstIndex(of: ".") ?? rest.endIndex
                let component = rest[..<end]
                rest = end == rest.endIndex ? rest[end...] : rest[rest.index(after: end)...]
                if !component.isEmpty { return Int(component) ?? Int.max }
            }
            return nil
        }
    }

    public static func == (lhs: ItemRef, rhs: ItemRef) -> Bool { lhs.rawValue == rhs.rawValue }

    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
}
