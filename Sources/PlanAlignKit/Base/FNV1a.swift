/// The 64-bit FNV-1a hash of bytes: stable across runs and processes, unlike `Hasher`,
/// and it reads bytes as they are, where hashing a `String` normalizes it first.
struct FNV1a {
    /// The hash of the bytes added so far.
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    /// Adds one byte.
    @inline(__always)
    mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// Adds the UTF-8 bytes of `text`.
    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { for byte in $0 { add(byte) } }
    }
}
