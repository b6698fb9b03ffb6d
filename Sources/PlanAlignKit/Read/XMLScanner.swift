/// A small, forgiving scanner for the XML inside Office files: start tags with their
/// attributes, end tags and text, entities decoded. It never traps on malformed input;
/// fuzzing found that FoundationXML's parser does, on mangled namespace attributes.
struct XMLScanner {
    enum Event {
        case start(name: String, attributes: [String: String], selfClosing: Bool)
        case end(name: String)
        case text(String)
    }

    /// Calls `handle` for each event of `bytes`, in document order.
    ///
    /// - Complexity: O(n) in the number of bytes.
    static func scan(_ bytes: [UInt8], _ handle: (Event) -> Void) {
        var index = 0
        var text: [UInt8] = []
        func flush() {
            if !text.isEmpty { handle(.text(decode(text))) }
            text.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                text.append(bytes[index])
                index += 1
                continue
            }
            flush()
            var end = index + 1
            var quote: UInt8?
            while end < bytes.count {
                let byte = bytes[end]
                if let open = quote { if byte == open { quote = nil } } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: ">") { break }
                end += 1
            }
            guard end < bytes.count else { return }
            let inside = Array(bytes[(index + 1)..<end])
            index = end + 1
            guard let first = inside.first, first != UInt8(ascii: "?"), first != UInt8(ascii: "!") else { continue }
            if first == UInt8(ascii: "/") {
                handle(.end(name: String(decoding: inside.dropFirst().prefix { !isSpace($0) }, as: UTF8.self)))
                continue
            }
            let selfClosing = inside.last == UInt8(ascii: "/")
            let body = selfClosing ? Array(inside.dropLast()) : inside
            let name = String(decoding: body.prefix { !isSpace($0) }, as: UTF8.self)
            handle(.start(name: name, attributes: attributes(body.drop { !isSpace($0) }), selfClosing: selfClosing))
            if selfClosing { handle(.end(name: name)) }
        }
        flush()
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// `key="value"` pairs, values decoded.
    static func attributes(_ bytes: ArraySlice<UInt8>) -> [String: String] {
        var result: [String: String] = [:]
        var rest = bytes
        while true {
            rest = rest.drop(while: isSpace)
            guard let equals = rest.firstIndex(of: UInt8(ascii: "=")) else { return result }
            let key = String(decoding: rest[..<equals].filter { !isSpace($0) }, as: UTF8.self)
            var valueStart = rest.index(after: equals)
            while valueStart < rest.endIndex, isSpace(rest[valueStart]) { valueStart += 1 }
            guard valueStart < rest.endIndex else { return result }
            let quote = rest[valueStart]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return result }
            let contentStart = rest.index(after: valueStart)
            guard let close = rest[contentStart...].firstIndex(of: quote) else { return result }
            result[key] = decode(Array(rest[contentStart..<close]))
            rest = rest[rest.index(after: close)...]
        }
    }

    /// Text with the five XML entities and numeric references decoded.
    static func decode(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var output = String.UnicodeScalarView()
        let scalars = text.scalars
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&", let (decoded, next) = entity(scalars, index) {
                output.append(contentsOf: decoded.unicodeScalars)
                index = next
            } else {
                output.append(scalars[index])
                index += 1
            }
        }
        return String(output)
    }

    static func entity(_ scalars: [Unicode.Scalar], _ index: Int) -> (String, Int)? {
        let named = ["lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'"]
        var end = index + 1
        while end < scalars.count, end - index <= 10, scalars[end] != ";" { end += 1 }
        guard end < scalars.count, scalars[end] == ";" else { return nil }
        let body = String(scalars: scalars[(index + 1)..<end])
        if let value = named[body] { return (value, end + 1) }
        let number = body.hasPrefix("#x") ? UInt32(body.dropFirst(2), radix: 16) : body.hasPrefix("#") ? UInt32(body.dropFirst()) : nil
        return number.flatMap(Unicode.Scalar.init).map { (String($0), end + 1) }
    }
}
