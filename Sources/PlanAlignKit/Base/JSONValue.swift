/// A JSON document with object keys in the order they were written, so output is
/// byte-identical from run to run and reads in the order the schema documents.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])
    /// An array whose elements are built one at a time as it is written, and let go once
    /// written: a long plan's JSON is never held as a tree of all its items.
    case generated(count: Int, element: @Sendable (Int) -> JSONValue)

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.rendered() == rhs.rendered() }
    public func hash(into hasher: inout Hasher) { hasher.combine(rendered()) }

    /// A string, or null when the value is nil.
    public static func string(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// A number, or null when the value is nil.
    public static func number(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }

    /// An array of `values`, each turned into JSON only as it is written.
    public static func generated<Value: Sendable>(_ values: [Value], _ element: @escaping @Sendable (Value) -> JSONValue) -> JSONValue {
        .generated(count: values.count) { element(values[$0]) }
    }

    /// An array of strings.
    public static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }

    /// The value pretty-printed with two-space indents and a final newline.
    ///
    /// Written twice: once to count its bytes, then into a string of exactly that size, so
    /// that a long plan's JSON is held once, not in a buffer grown by doubling and then copied.
    ///
    /// - Complexity: O(n) in the size of the output.
    public func rendered() -> String {
        var counter = ByteCounter()
        write(to: &counter, indent: 0)
        return String(unsafeUninitializedCapacity: counter.count + 1) { buffer in
            var writer = ByteWriter(buffer: buffer)
            write(to: &writer, indent: 0)
            writer.append(0x0A)
            return writer.count
        }
    }

    private static func newline<Sink: ByteSink>(_ output: inout Sink, indent: Int) {
        output.append(0x0A)
        for _ in 0..<indent { output.append(0x20) }
    }

    private func write<Sink: ByteSink>(to output: inout Sink, indent: Int) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .number(let value): output.append(contentsOf: (value.isFinite ? value.compactText : "null").utf8)
        case .string(let value): JSONValue.writeString(value, to: &output)
        case .array(let values): JSONValue.writeArray(count: values.count, to: &output, indent: indent) { values[$0] }
        case .generated(let count, let element): JSONValue.writeArray(count: count, to: &output, indent: indent, element)
        case .object(let members):
            guard !members.isEmpty else { output.append(contentsOf: "{}".utf8); return }
            output.append(UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                JSONValue.newline(&output, indent: indent + 2)
                JSONValue.writeString(key, to: &output)
                output.append(contentsOf: ": ".utf8)
                value.write(to: &output, indent: indent + 2)
                if index + 1 < members.count { output.append(UInt8(ascii: ",")) }
            }
            JSONValue.newline(&output, indent: indent)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// An array of `count` elements, each made by `element` as it is written.
    private static func writeArray<Sink: ByteSink>(count: Int, to output: inout Sink, indent: Int, _ element: (Int) -> JSONValue) {
        guard count > 0 else { output.append(contentsOf: "[]".utf8); return }
        output.append(UInt8(ascii: "["))
        for index in 0..<count {
            newline(&output, indent: indent + 2)
            element(index).write(to: &output, indent: indent + 2)
            if index + 1 < count { output.append(UInt8(ascii: ",")) }
        }
        newline(&output, indent: indent)
        output.append(UInt8(ascii: "]"))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func writeString<Sink: ByteSink>(_ value: String, to output: inout Sink) {
        output.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
            case 0x0A: output.append(contentsOf: "\\n".utf8)
            case 0x0D: output.append(contentsOf: "\\r".utf8)
            case 0x09: output.append(contentsOf: "\\t".utf8)
            case 0..<0x20:
                output.append(contentsOf: "\\u00".utf8)
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0xF)])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}

/// Where JSON is written byte by byte: counted first, then written into room of that size.
private protocol ByteSink {
    mutating func append(_ byte: UInt8)
}

extension ByteSink {
    mutating func append(contentsOf bytes: String.UTF8View) {
        for byte in bytes { append(byte) }
    }
}

/// Counts the bytes written to it.
private struct ByteCounter: ByteSink {
    var count = 0
    mutating func append(_ byte: UInt8) { count += 1 }
}

/// Writes into a buffer counted beforehand; a byte past its end, which the count rules
/// out, is dropped rather than written out of bounds.
private struct ByteWriter: ByteSink {
    let buffer: UnsafeMutableBufferPointer<UInt8>
    var count = 0

    mutating func append(_ byte: UInt8) {
        guard count < buffer.count else { return }
        buffer[count] = byte
        count += 1
    }
}
