/// Decoding a string's UTF-8 straight into scalars.
///
/// A string's storage is valid UTF-8 already, so each scalar is read from its bytes without
/// the checks (and the per-scalar iterator) of `String.UnicodeScalarView`.
enum UTF8Scalars {
    /// The number of scalars in valid UTF-8 `bytes`: the bytes that are not continuation bytes.
    static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// Calls `body` with each scalar of the valid UTF-8 `bytes`, in order, while it returns true.
    @inline(__always)
    static func forEach(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Unicode.Scalar) -> Bool) {
        guard var byte = bytes.baseAddress else { return }
        let end = byte + bytes.count
        while byte < end {
            let lead = UInt32(byte.pointee)
            let value: UInt32
            switch lead {
            case ..<0x80:
                value = lead
                byte += 1
            case ..<0xE0:
                value = (lead & 0x1F) << 6 | UInt32(byte[1] & 0x3F)
                byte += 2
            case ..<0xF0:
                value = (lead & 0x0F) << 12 | UInt32(byte[1] & 0x3F) << 6 | UInt32(byte[2] & 0x3F)
                byte += 3
            default:
                value = (lead & 0x07) << 18 | UInt32(byte[1] & 0x3F) << 12 | UInt32(byte[2] & 0x3F) << 6 | UInt32(byte[3] & 0x3F)
                byte += 4
            }
            // Valid UTF-8 never encodes a surrogate or a value past U+10FFFF.
            guard body(unsafeBitCast(value, to: Unicode.Scalar.self)) else { return }
        }
    }

    /// Writes the scalars of the valid UTF-8 `bytes` to `output`, which has room for
    /// `bytes.count` of them, and returns how many it wrote.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutablePointer<Unicode.Scalar>) -> Int {
        var written = 0
        forEach(bytes) { scalar in
            (output + written).initialize(to: scalar)
            written += 1
            return true
        }
        return written
    }

    /// Whether a scalar of `text` satisfies `predicate`, decoded in place.
    @inline(__always)
    static func contains(_ text: Substring, where predicate: (Unicode.Scalar) -> Bool) -> Bool {
        var text = text, found = false
        text.withUTF8 { bytes in
            forEach(bytes) { scalar in
                found = predicate(scalar)
                return !found
            }
        }
        return found
    }

    /// The scalars of the valid UTF-8 `bytes`; `capacity` is their number when known, else
    /// the number of bytes (room for any text).
    static func scalars(of bytes: UnsafeBufferPointer<UInt8>, capacity: Int? = nil) -> [Unicode.Scalar] {
        [Unicode.Scalar](unsafeUninitializedCapacity: capacity ?? bytes.count) { buffer, count in
            count = buffer.baseAddress.map { decode(bytes, into: $0) } ?? 0
        }
    }

    /// Replaces the contents of `buffer` with the scalars of the valid UTF-8 `bytes`, keeping
    /// its room: a buffer reused from line to line allocates only for the longest line.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, replacing buffer: inout [Unicode.Scalar]) {
        buffer.removeAll(keepingCapacity: true)
        buffer.reserveCapacity(bytes.count)
        buffer.append(contentsOf: repeatElement("\0", count: bytes.count))
        let written = buffer.withUnsafeMutableBufferPointer { output in output.baseAddress.map { decode(bytes, into: $0) } ?? 0 }
        buffer.removeLast(bytes.count - written)
    }

    /// Replaces the contents of `buffer` with the scalars of `text`, keeping its room.
    static func decode(_ text: Substring, replacing buffer: inout [Unicode.Scalar]) {
        var text = text
        text.withUTF8 { decode($0, replacing: &buffer) }
    }

    /// The scalars of a string, in an array of exactly their number.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in scalars(of: bytes, capacity: count(bytes)) }
    }

    /// The scalars of a slice of a string, in an array of exactly their number.
    static func scalars(of text: Substring) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in scalars(of: bytes, capacity: count(bytes)) }
    }
}
