/// A text's physical lines, read from its UTF-8 bytes.
extension TextCleaner {
    /// The physical lines of a text, split at LF, CR, CRLF and the Unicode line separators.
    ///
    /// - Complexity: O(n) in the number of scalars.
    static func physicalLines(_ text: String) -> [[Unicode.Scalar]] {
        var lines: [[Unicode.Scalar]] = []
        forEachPhysicalLine(of: text) { lines.append($0) }
        return lines
    }

    /// How many physical lines of `text` hold anything but ASCII blanks: at least as many as
    /// cleaning keeps, wherever lines break at LF, CR or CRLF, so that a long plan's lines are
    /// stored at once, without the half-empty room and the copies of an array grown by
    /// doubling. Lines split at the rarer Unicode separators are not counted; storage then
    /// grows as usual.
    ///
    /// - Complexity: O(n) in the number of bytes.
    static func contentLineCount(of text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return 0 }
            var count = 0, hasContent = false, index = 0
            while index < bytes.count {
                // Eight bytes at a time while none is a blank or a control byte (a Han
                // character's never is): a byte below 0x21 sets its high bit in `low`.
                if index + 8 <= bytes.count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    let low = (word &- 0x2121_2121_2121_2121) & ~word & 0x8080_8080_8080_8080
                    if low == 0 {
                        hasContent = true
                        index += 8
                        continue
                    }
                }
                switch bytes[index] {
                case 0x0A...0x0D:
                    if hasContent { count += 1 }
                    hasContent = false
                case 0x09, 0x20: break
                default: hasContent = true
                }
                index += 1
            }
            return hasContent ? count + 1 : count
        }
    }

    /// Calls `body` with each physical line of `text`, decoded straight from its bytes into
    /// one buffer reused from line to line. A body may keep a line: the next line then gets
    /// a buffer of its own.
    ///
    /// - Complexity: O(n) in the number of scalars.
    static func forEachPhysicalLine(of text: String, _ body: ([Unicode.Scalar]) -> Void) {
        var text = text
        var line: [Unicode.Scalar] = []
        text.withUTF8 { bytes in
            var start = 0, index = 0
            // Decodes the bytes since the last break as one line.
            func emit(upTo end: Int) {
                UTF8Scalars.decode(UnsafeBufferPointer(rebasing: bytes[start..<end]), replacing: &line)
                body(line)
            }
            while index < bytes.count {
                let byte = bytes[index]
                // Most bytes break no line: only control bytes, 0xC2 (U+0085) and 0xE2 (U+2028, U+2029) can.
                if byte > 0x0D && byte != 0xC2 && byte != 0xE2 {
                    index += 1
                    continue
                }
                switch byte {
                case 0x0A, 0x0B, 0x0C:
                    emit(upTo: index)
                    index += 1
                case 0x0D:
                    emit(upTo: index)
                    index += index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85:
                    emit(upTo: index)
                    index += 2
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    emit(upTo: index)
                    index += 3
                default:
                    index += 1
                    continue
                }
                start = index
            }
            emit(upTo: bytes.count)
        }
    }
}
