/// The reference of a section or an item: its own number (`"4"`, `"16"`) when numbering
/// runs through the document, or `section.index` (`"2.1"`) when it does not.
///
/// Refs sort by their numeric components, so `"2.10"` comes after `"2.9"`.
public struct ItemRef: Hashable, Sendable, Comparable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The ref as written in reports and review files.
    public let rawValue: String

    /// The numeric components are read from the written form as refs are compared: a long
    /// plan has a ref for every item, and stored they took an array each. A component that
    /// is no number sorts last; empty components are skipped.

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
        var text = rawValue
        return text.withUTF8 { bytes in
            var position = 0
            return ItemRef.component(of: bytes, from: &position) ?? 0
        }
    }

    public static func < (lhs: ItemRef, rhs: ItemRef) -> Bool {
        var left = lhs.rawValue, right = rhs.rawValue
        let order = left.withUTF8 { a in right.withUTF8 { b in componentOrder(a, b) } }
        return order == 0 ? lhs.rawValue < rhs.rawValue : order < 0
    }

    /// How two refs' numeric components compare, in order, a ref that runs out first coming
    /// first: -1, 0 or 1. Read from the bytes, with no string made.
    static func componentOrder(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Int {
        var leftPosition = 0, rightPosition = 0
        while true {
            switch (component(of: left, from: &leftPosition), component(of: right, from: &rightPosition)) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case let (a?, b?) where a != b: return a < b ? -1 : 1
            default: continue
            }
        }
    }

    /// The next non-empty component at or after `position`, moving past it and its dot: its
    /// number as `Int(_:)` reads it (an optional sign, then ASCII digits), or `Int.max` for
    /// one that is no number or does not fit; nil when none is left.
    static func component(of bytes: UnsafeBufferPointer<UInt8>, from position: inout Int) -> Int? {
        while position < bytes.count, bytes[position] == UInt8(ascii: ".") { position += 1 }
        guard position < bytes.count else { return nil }
        var end = position
        while end < bytes.count, bytes[end] != UInt8(ascii: ".") { end += 1 }
        defer { position = end }
        var index = position, negative = false
        if bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        guard index < end else { return Int.max }
        var value = 0
        while index < end {
            let digit = Int(bytes[index]) - 0x30
            guard (0...9).contains(digit) else { return Int.max }
            // Built toward the sign, so that Int.min is read as `Int(_:)` reads it.
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            let (next, carry) = negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            guard !overflow, !carry else { return Int.max }
            value = next
            index += 1
        }
        return value
    }
}
