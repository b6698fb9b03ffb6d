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
