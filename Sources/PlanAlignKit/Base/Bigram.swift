/// Two adjacent scalars packed into one integer, for hashing and comparing pairs cheaply.
///
/// The bit layout (first scalar in the high half) lives here and nowhere else.
public struct Bigram: Sendable, Hashable {
    /// The packed integer: what sets and sorts of bigrams hold.
    public let key: UInt64

    /// The pair `first`, `second`.
    @inline(__always)
    public init(_ first: Unicode.Scalar, _ second: Unicode.Scalar) {
        key = UInt64(first.value) << 32 | UInt64(second.value)
    }

    /// The bigram a packed key holds.
    public init(key: UInt64) { self.key = key }

    /// The first scalar's value.
    public var first: UInt32 { UInt32(key >> 32) }
    /// The second scalar's value.
    public var second: UInt32 { UInt32(key & 0xFFFF_FFFF) }

    /// The two scalars as text.
    public var text: String { String(scalars: [first, second].compactMap(Unicode.Scalar.init)) }

    /// Every bigram of `scalars`, in order.
    public static func all(of scalars: [Unicode.Scalar]) -> [Bigram] {
        scalars.count < 2 ? [] : (0..<(scalars.count - 1)).map { Bigram(scalars[$0], scalars[$0 + 1]) }
    }
}
