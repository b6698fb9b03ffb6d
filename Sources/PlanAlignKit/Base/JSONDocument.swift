import Foundation

/// A JSON value read from a file, with the line and column where it starts, so a
/// mapping file that is wrong can be reported as `file:line:column`.
public struct JSONNode: Sendable {
    /// The value's content.
    public indirect enum Content: Sendable {
        case null, bool(Bool), number(Double), string(String)
        case array([JSONNode])
        case object([(String, JSONNode)])
    }

    public var content: Content
    public var line: Int
    public var column: Int

    /// The member named `key` of an object.
    public subscript(key: String) -> JSONNode? {
        if case .object(let members) = content { return members.first { $0.0 == key }?.1 }
        return nil
    }

    /// The string, if this is one.
    public var string: String? { if case .string(let value) = content { return value }; return nil }
    /// The number, if this is one.
    public var number: Double? { if case .number(let value) = content { return value }; return nil }
    /// The elements, if this is an array.
    public var array: [JSONNode]? { if case .array(let value) = content { return value }; return nil }
    /// The members, if this is an object.
    public var members: [(String, JSONNode)]? { if case .object(let value) = content { return value }; return nil }

    /// A short name of the value's type, for messages.
    public var typeName: String {
        switch content {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string(let value): return "the string \"\(value.prefix(30))\""
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

/// A small JSON reader that reports where a file goes wrong.
public enum JSONDocument {
    /// Parses `text`, read from `path`.
    ///
    /// - Throws: `InputError.malformed` with the line and column of the first mistake.
    /// - Complexity: O(n) in the length of the text.
    public static func parse(_ text: String, path: String) throws -> JSONNode {
        var reader = Reader(scalars: text.scalars, path: path)
        reader.skipBlanks()
        let node = try reader.value()
        reader.skipBlanks()
        if reader.index < reader.scalars.count { throw reader.error(expected: "the end of the file") }
        return node
    }

    /// Fails with the position of `node`.
    public static func mismatch(_ node: JSONNode, path: String, expected: String) -> InputError {
        .malformed(path: path, line: node.line, column: node.column, expected: expected, found: node.typeName)
    }

    struct Reader {
        let scalars: [Unicode.Scalar]
        let path: String
        var index = 0
        var line = 1
        var column = 1
        var depth = 0
        var maximumDepth = Limits.standard.jsonDepth

        mutating func advance() {
            if scalars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
            index += 1
        }

        mutating func skipBlanks() {
            while index < scalars.count {
                switch scalars[index] {
                case " ", "\n", "\r", "\t", "\u{FEFF}": advance()
                default: return
                }
            }
        }

        func error(expected: String) -> InputError {
            let found = index < scalars.count ? "'\(Character(scalars[index]))'" : "the end of the file"
            return .malformed(path: path, line: line, column: column, expected: expected, found: found)
        }

        mutating func value() throws -> JSONNode {
            guard index < scalars.count else { throw error(expected: "a value") }
            let (startLine, startColumn) = (line, column)
            let content: JSONNode.Content
            switch scalars[index] {
            case "{": content = try object()
            case "[": content = try array()
            case "\"": content = .string(try string())
            case "t": try literal("true"); content = .bool(true)
            case "f": try literal("false"); content = .bool(false)
            case "n": try literal("null"); content = .null
            case "-", "0"..."9": content = .number(try number())
            default: throw error(expected: "a value")
            }
            return JSONNode(content: content, line: startLine, column: startColumn)
        }

        /// Opens one more level of nesting, refusing past the limit: the reader recurses,
        /// and a file nested thousands deep would overflow the stack.
        mutating func enter() throws {
            depth += 1
            if depth > maximumDepth { throw error(expected: "at most \(maximumDepth) levels of nested arrays and objects") }
        }

        mutating func literal(_ word: String) throws {
            for scalar in word.unicodeScalars {
                guard index < scalars.count, scalars[index] == scalar else { throw error(expected: "'\(word)'") }
                advance()
            }
        }

        mutating func number() throws -> Double {
            let start = index
            scan: while index < scalars.count {
                switch scalars[index] {
                case "+", "-", "0"..."9", ".", "e", "E": advance()
                default: break scan
                }
            }
            guard let value = Double(String(scalars: scalars[start..<index])) else { throw error(expected: "a number") }
            return value
        }

        mutating func string() throws -> String {
            advance()
            // Most strings hold no escape: they are copied out at once, as far as the closing quote.
            var end = index
            while end < scalars.count, scalars[end] != "\"", scalars[end] != "\\", scalars[end] != "\n" { end += 1 }
            if end < scalars.count, scalars[end] == "\"" {
                let text = String(scalars: scalars[index..<end])
                column += end - index + 1
                index = end + 1
                return text
            }
            var output = String.UnicodeScalarView()
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar == "\"" { advance(); return String(output) }
                if scalar == "\n" { throw error(expected: "a closing quote") }
                if scalar == "\\" {
                    advance()
                    guard index < scalars.count else { break }
                    let escaped = scalars[index]
                    switch escaped {
                    case "n": output.append("\n")
                    case "t": output.append("\t")
                    case "r": output.append("\r")
                    case "b": output.append("\u{08}")
                    case "f": output.append("\u{0C}")
                    case "u":
                        var code: UInt32 = 0
                        for _ in 0..<4 {
                            advance()
                            guard index < scalars.count, let digit = Int(String(scalars[index]), radix: 16) else {
                                throw error(expected: "four hex digits")
                            }
                            code = code * 16 + UInt32(digit)
                        }
                        output.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                    case "\"", "\\", "/": output.append(escaped)
                    default: throw error(expected: "an escape such as \\n or \\\"")
                    }
                    advance()
                    continue
                }
                output.append(scalar)
                advance()
            }
            throw error(expected: "a closing quote")
        }

        mutating func array() throws -> JSONNode.Content {
            try enter()
            defer { depth -= 1 }
            advance()
            var elements: [JSONNode] = []
            skipBlanks()
            if index < scalars.count, scalars[index] == "]" { advance(); return .array([]) }
            while true {
                skipBlanks()
                elements.append(try value())
                skipBlanks()
                guard index < scalars.count else { throw error(expected: "',' or ']'") }
                if scalars[index] == "," { advance(); continue }
                if scalars[index] == "]" { advance(); return .array(elements) }
                throw error(expected: "',' or ']'")
            }
        }

        mutating func object() throws -> JSONNode.Content {
            try enter()
            defer { depth -= 1 }
            advance()
            var members: [(String, JSONNode)] = []
            skipBlanks()
            if index < scalars.count, scalars[index] == "}" { advance(); return .object([]) }
            while true {
                skipBlanks()
                guard index < scalars.count, scalars[index] == "\"" else { throw error(expected: "a quoted key") }
                let key = try string()
                skipBlanks()
                guard index < scalars.count, scalars[index] == ":" else { throw error(expected: "':'") }
                advance()
                skipBlanks()
                members.append((key, try value()))
                skipBlanks()
                guard index < scalars.count else { throw error(expected: "',' or '}'") }
                if scalars[index] == "," { advance(); continue }
                if scalars[index] == "}" { advance(); return .object(members) }
                throw error(expected: "',' or '}'")
            }
        }
    }
}

extension JSONDocument {
    /// Parses the JSON file at `path`, or returns nil when it does not exist.
    ///
    /// - Throws: `InputError` naming the file, and the line where the text goes wrong.
    public static func read(path: String) throws -> JSONNode? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let bytes = try FileBytes.read(path: path, expecting: "JSON text")
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw InputError.notUTF8(path: path, line: UTF8Bytes.firstInvalidLine(bytes))
        }
        return try parse(text, path: path)
    }
}

extension JSONDocument {
    /// The string at `key` of the object `node`; nil for a missing or null key when `optional`.
    ///
    /// - Throws: `InputError.malformed` naming the line and column when the key is missing
    ///   (and not `optional`) or holds something else.
    public static func string(_ node: JSONNode, _ key: String, path: String, optional: Bool = false) throws -> String? {
        guard let value = node[key] else {
            if optional { return nil }
            throw mismatch(node, path: path, expected: "an object with \"\(key)\"")
        }
        if optional, case .null = value.content { return nil }
        guard let text = value.string else { throw mismatch(value, path: path, expected: "\"\(key)\" as a string") }
        return text
    }

    /// Refuses a key of the object `node` outside `allowed`, naming the nearest allowed key:
    /// a misspelled key would otherwise be ignored without a word.
    public static func checkKeys(of node: JSONNode, allowed: [String], path: String) throws {
        for (key, value) in node.members ?? [] where !allowed.contains(key) {
            let hint = Suggestion.nearest(to: key, among: allowed).map { "; did you mean \"\($0)\"?" } ?? ""
            throw InputError.malformed(path: path, line: value.line, column: value.column,
                                       expected: "one of the keys \(allowed.map { "\"\($0)\"" }.joined(separator: ", "))",
                                       found: "the key \"\(key)\"\(hint)")
        }
    }
}

/// A member of a JSON object: a key and its value, kept in the order written.
public struct JSONMember: Sendable, Hashable {
    public var name: String
    public var value: JSONValue

    /// The members of `node` (an object) whose keys are not in `known`, in the order written.
    static func unknown(in node: JSONNode, known: Set<String>) -> [JSONMember] {
        (node.members ?? []).filter { !known.contains($0.0) }.map { JSONMember(name: $0.0, value: $0.1.value) }
    }
}

extension JSONNode {
    /// The value, without positions, for writing back out.
    public var value: JSONValue {
        switch content {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .number(let number): return .number(number)
        case .string(let text): return .string(text)
        case .array(let elements): return .array(elements.map(\.value))
        case .object(let members): return .object(members.map { ($0.0, $0.1.value) })
        }
    }
}
