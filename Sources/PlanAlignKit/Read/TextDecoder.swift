import Foundation

/// The text encodings a plan file may come in.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case gb18030 = "gb18030"

    /// Reads an `--encoding` value, accepting common spellings (`UTF8`, `gbk`, `gb2312`).
    public init?(name: String) {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": self = .utf8
        case "utf-16le", "utf16le": self = .utf16LE
        case "utf-16be", "utf16be": self = .utf16BE
        case "gb18030", "gbk", "gb2312", "cp936": self = .gb18030
        default: return nil
        }
    }
}

/// Decodes a file's bytes, detecting the encoding unless one is forced.
enum TextDecoder {
    /// Foundation's GB18030 encoding on every platform.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// Decodes `bytes`: a BOM decides first, then valid UTF-8, then GB18030.
    ///
    /// - Complexity: O(n) in the number of bytes.
    static func decode(_ bytes: [UInt8], path: String, forcing forced: TextEncoding?) throws -> String {
        if bytes.starts(with: [0xFF, 0xFE]) && (forced == nil || forced == .utf16LE) {
            return try utf16(Array(bytes.dropFirst(2)), bigEndian: false, path: path)
        }
        if bytes.starts(with: [0xFE, 0xFF]) && (forced == nil || forced == .utf16BE) {
            return try utf16(Array(bytes.dropFirst(2)), bigEndian: true, path: path)
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        switch forced {
        case .utf16LE: return try utf16(body, bigEndian: false, path: path)
        case .utf16BE: return try utf16(body, bigEndian: true, path: path)
        case .gb18030: return try gb(body, path: path)
        case .utf8: return try utf8(body, path: path)
        case nil: break
        }
        if let byteOrder = utf16WithoutByteOrderMark(body) {
            throw InputError.unreadable(path: path, reason: "looks like UTF-16 text without a byte order mark; pass --encoding \(byteOrder.rawValue)")
        }
        if looksBinary(body) { throw InputError.binaryFile(path: path) }
        if let text = String(validating: body, as: UTF8.self) { return text }
        if let text = String(data: Data(body), encoding: gb18030), plausibleChinese(text) { return text }
        throw InputError.notUTF8(path: path, line: UTF8Bytes.firstInvalidLine(body))
    }

    static func utf8(_ bytes: [UInt8], path: String) throws -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        throw InputError.notUTF8(path: path, line: UTF8Bytes.firstInvalidLine(bytes))
    }

    static func gb(_ bytes: [UInt8], path: String) throws -> String {
        guard let text = String(data: Data(bytes), encoding: gb18030) else {
            throw InputError.unreadable(path: path, reason: "the bytes are not valid GB18030")
        }
        return text
    }

    static func utf16(_ bytes: [UInt8], bigEndian: Bool, path: String) throws -> String {
        guard bytes.count % 2 == 0 else {
            throw InputError.unreadable(path: path, reason: "UTF-16 text with an odd number of bytes")
        }
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var index = 0
        while index + 1 < bytes.count {
            let high = UInt16(bytes[bigEndian ? index : index + 1]), low = UInt16(bytes[bigEndian ? index + 1 : index])
            units.append(high << 8 | low)
            index += 2
        }
        var text = ""
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): text.unicodeScalars.append(scalar)
            case .emptyInput: break loop
            case .error: throw InputError.unreadable(path: path, reason: "invalid UTF-16 text")
            }
        }
        return text
    }

    /// A NUL byte anywhere, or many control bytes in the first 8 KiB, mark a binary file.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        if bytes.contains(0) { return true }
        let head = bytes.prefix(8192)
        let controls = head.filter { $0 < 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0x0C }.count
        return controls * 20 > head.count
    }

    /// The byte order of text that reads as UTF-16 without a BOM: its first 8 KiB are not
    /// UTF-8 (a NUL, or invalid sequences) yet decode in one byte order as mostly Chinese or
    /// ASCII text; nil otherwise.
    static func utf16WithoutByteOrderMark(_ bytes: [UInt8]) -> TextEncoding? {
        let head = Array(bytes.prefix(8192 & ~1))
        // The cut at 8 KiB may split a character: UTF-8 that is valid but for the last one to
        // three bytes is UTF-8, and is not tried as UTF-16 at all.
        let validUTF8 = (0...3).contains { String(validating: head.dropLast($0), as: UTF8.self) != nil }
        guard head.count >= 8, head.contains(0) || !validUTF8 else { return nil }
        for (encoding, bigEndian) in [(TextEncoding.utf16LE, false), (.utf16BE, true)] {
            var units: [UInt16] = []
            units.reserveCapacity(head.count / 2)
            for index in stride(from: 0, to: head.count - 1, by: 2) {
                let high = UInt16(head[bigEndian ? index : index + 1]), low = UInt16(head[bigEndian ? index + 1 : index])
                units.append(high << 8 | low)
            }
            var scalars = 0, readable = 0
            for scalar in String(decoding: units, as: UTF16.self).unicodeScalars {
                scalars += 1
                if scalar.isHan || scalar.isCJKPunctuation || (scalar.isASCII && (scalar.value >= 0x20 || scalar == "\n" || scalar == "\r")) { readable += 1 }
            }
            if scalars > 0, readable * 10 >= scalars * 9 { return encoding }
        }
        return nil
    }

    /// GB18030 decodes almost any byte string; accept it only when most of it reads as Chinese text.
    static func plausibleChinese(_ text: String) -> Bool {
        var han = 0, other = 0
        for character in text.unicodeScalars.prefix(20_000) where !character.isASCII {
            if character.isHan || character.isCJKPunctuation { han += 1 } else { other += 1 }
        }
        return han > 0 && other * 10 < han
    }
}
