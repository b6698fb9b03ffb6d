import Foundation

/// Character classes that Chinese official documents mix: Han text, CJK punctuation,
/// ASCII digits and Latin abbreviations.
///
/// Text is read as Unicode scalars rather than `Character`s: Chinese plans hold no
/// combining sequences that matter, and scalars compare and hash as integers.
extension Unicode.Scalar {
    /// A Han ideograph (CJK unified ideographs and their extensions), or 〇.
    var isHan: Bool {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F, 0x3007: return true
        default: return false
        }
    }

    /// An ASCII decimal digit.
    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }

    /// An ASCII Latin letter.
    var isASCIILetter: Bool { (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }

    /// A letter of any script.
    var isLetter: Bool { properties.isAlphabetic }

    /// A digit of any script.
    var isNumber: Bool { properties.numericType != nil }

    /// Punctuation of any script.
    var isPunctuation: Bool {
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }

    /// CJK punctuation, full-width forms and general punctuation used in Chinese text.
    var isCJKPunctuation: Bool {
        switch value {
        case 0x3000...0x303F, 0xFF00...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65,
             0x2014...0x201F, 0x2026, 0x00B7, 0x2030:
            return true
        default: return false
        }
    }


    /// Blank characters, including the no-break and zero-width spaces that web pages leave.
    var isBlank: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200D, 0x2028, 0x2029, 0x202F, 0x205F, 0x2060, 0x3000, 0xFEFF:
            return true
        default: return false
        }
    }

    /// Han text or the punctuation around it: where a Chinese sentence is.
    var isChineseText: Bool { isHan || isCJKPunctuation }
}

extension String {
    /// A string of the given scalars, encoded straight into the string's UTF-8 storage
    /// (appending scalars to a `UnicodeScalarView` one by one is several times slower).
    init<S: Collection>(scalars: S) where S.Element == Unicode.Scalar {
        let capacity = scalars.reduce(0) { $0 + $1.utf8Width }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var count = 0
            for scalar in scalars {
                let value = scalar.value
                switch value {
                case ..<0x80:
                    buffer[count] = UInt8(value)
                    count += 1
                case ..<0x800:
                    buffer[count] = UInt8(0xC0 | value >> 6)
                    buffer[count + 1] = UInt8(0x80 | value & 0x3F)
                    count += 2
                case ..<0x10000:
                    buffer[count] = UInt8(0xE0 | value >> 12)
                    buffer[count + 1] = UInt8(0x80 | (value >> 6) & 0x3F)
                    buffer[count + 2] = UInt8(0x80 | value & 0x3F)
                    count += 3
                default:
                    buffer[count] = UInt8(0xF0 | value >> 18)
                    buffer[count + 1] = UInt8(0x80 | (value >> 12) & 0x3F)
                    buffer[count + 2] = UInt8(0x80 | (value >> 6) & 0x3F)
                    buffer[count + 3] = UInt8(0x80 | value & 0x3F)
                    count += 4
                }
            }
            return count
        }
    }

    /// The text as an array of scalars.
    var scalars: [Unicode.Scalar] { UTF8Scalars.scalars(of: self) }
}

extension [Unicode.Scalar] {
    /// `range` without the blanks at either end (clamped to the array): the one trimming
    /// rule that slicing, splitting and line cleaning share.
    func nonBlankBounds(_ range: Range<Int>) -> Range<Int> {
        let start = Swift.max(0, Swift.min(range.lowerBound, count))
        var lower = start, upper = Swift.max(start, Swift.min(range.upperBound, count))
        while lower < upper, self[lower].isBlank { lower += 1 }
        while upper > lower, self[upper - 1].isBlank { upper -= 1 }
        return lower..<upper
    }
}

extension String {
    /// The text without leading and trailing blank characters.
    var trimmingBlanks: String {
        let view = unicodeScalars
        guard let start = view.firstIndex(where: { !$0.isBlank }),
              let end = view.lastIndex(where: { !$0.isBlank }) else { return "" }
        return String(view[start...end])
    }
}

extension String {
    /// Whether the text holds `other`, comparing UTF-8 bytes: exact and far cheaper than a
    /// Unicode-aware search, which plain Chinese text does not need.
    ///
    /// - Complexity: O(n · m) in the two lengths, in bytes.
    func includes(_ other: String) -> Bool {
        var haystack = self, needle = other
        return haystack.withUTF8 { text in
            needle.withUTF8 { word in String.firstOffset(of: word, in: text, from: 0) != nil }
        }
    }

    /// Whether the two strings hold the same UTF-8 bytes: far faster than `==`'s Unicode
    /// rules, which normalize Han text to compare it, and exact for the normalized text the
    /// pipeline holds.
    func hasSameBytes(as other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        var left = self, right = other
        return left.withUTF8 { a in right.withUTF8 { b in String.sameBytes(a, b) } }
    }

    /// Whether two buffers of equal length hold the same bytes.
    static func sameBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < a.count, a[index] == b[index] { index += 1 }
        return index == a.count
    }

    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first, let last = needle.last else { return start }
        guard haystack.count >= needle.count, start <= haystack.count - needle.count, let base = haystack.baseAddress else { return nil }
        // The needle's last byte is looked for with `memchr`, which skips many bytes at a
        // time: Han characters share their lead bytes, while a last byte is one of 64 and a
        // quotation mark's lead byte is rare in Chinese text. Each hit is checked whole.
        let span = needle.count - 1
        var end = start + span
        while end < haystack.count {
            guard let hit = memchr(base + end, Int32(last), haystack.count - end) else { return nil }
            end = base.distance(to: UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)))
            let index = end - span
            if haystack[index] == first {
                var offset = 1
                while offset < span, haystack[index + offset] == needle[offset] { offset += 1 }
                if offset >= span { return index }
            }
            end += 1
        }
        return nil
    }

    static func firstOffset(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        needle.withUnsafeBufferPointer { word in
            haystack.withUnsafeBufferPointer { text in firstOffset(of: word, in: text, from: start) }
        }
    }

    /// Whether the string ends with `suffix`, byte for byte: far faster than `hasSuffix`'s
    /// Unicode rules, and exact for the normalized text the pipeline holds.
    func endsWithBytes(of suffix: String) -> Bool {
        utf8.count >= suffix.utf8.count && utf8.reversed().starts(with: suffix.utf8.reversed())
    }

    /// The text with every occurrence of `target` replaced, comparing UTF-8 bytes.
    func replacingAll(_ target: String, with replacement: String) -> String {
        let haystack = Array(utf8), needle = Array(target.utf8), substitute = Array(replacement.utf8)
        guard !needle.isEmpty else { return self }
        var output: [UInt8] = []
        output.reserveCapacity(haystack.count)
        var index = 0
        while let found = String.firstOffset(of: needle, in: haystack, from: index) {
            output.append(contentsOf: haystack[index..<found])
            output.append(contentsOf: substitute)
            index = found + needle.count
        }
        output.append(contentsOf: haystack[index...])
        return String(decoding: output, as: UTF8.self)
    }
}

extension Substring {
    /// Whether the slice holds the same UTF-8 bytes as `other` (see `String.hasSameBytes(as:)`).
    func hasSameBytes(as other: String) -> Bool { hasSameBytes(as: other[...]) }

    /// Whether the two slices hold the same UTF-8 bytes.
    func hasSameBytes(as other: Substring) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        var left = self, right = other
        return left.withUTF8 { a in right.withUTF8 { b in String.sameBytes(a, b) } }
    }
}

extension Substring {
    /// The first range of the text whose bytes are `other`'s (see `String.firstOffset(of:in:from:)`),
    /// or nil; an empty `other` is not looked for. A match of whole UTF-8 sequences starts and
    /// ends on scalar boundaries.
    func byteRange(of other: Substring) -> Range<Index>? {
        guard !other.isEmpty else { return nil }
        var text = self, pattern = other
        let length = other.utf8.count
        guard let offset = text.withUTF8({ bytes in pattern.withUTF8 { String.firstOffset(of: $0, in: bytes, from: 0) } }) else { return nil }
        let view = utf8
        return view.index(startIndex, offsetBy: offset)..<view.index(startIndex, offsetBy: offset + length)
    }
}

extension String {
    /// The slices of the string at `ranges` of its scalar offsets, which must be in order and
    /// not overlap; `scalars` are the string's own. One walk of the scalars finds their byte
    /// offsets, and a native string's UTF-8 index moves by a byte offset at once.
    ///
    /// - Complexity: O(n) in the length of the string.
    func slices(atScalarRanges ranges: [Range<Int>], of scalars: [Unicode.Scalar]) -> [Substring] {
        var bytes = 0, position = 0
        let view = utf8
        return scalars.withUnsafeBufferPointer { scalars in
            // Read through a buffer pointer: this walks every scalar of a plan's items.
            func byteOffset(of target: Int) -> Int {
                let end = Swift.min(target, scalars.count)
                while position < end {
                    bytes += scalars[position].utf8Width
                    position += 1
                }
                return bytes
            }
            return ranges.map { range in
                let lower = byteOffset(of: range.lowerBound), upper = byteOffset(of: range.upperBound)
                return self[view.index(view.startIndex, offsetBy: lower)..<view.index(view.startIndex, offsetBy: upper)]
            }
        }
    }
}

extension Unicode.Scalar {
    /// The number of bytes the scalar takes in UTF-8, by three comparisons inlined where it
    /// is asked: a plan's text asks it of every scalar.
    @inline(__always)
    var utf8Width: Int {
        let value = self.value
        return value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x1_0000 ? 3 : 4
    }
}
