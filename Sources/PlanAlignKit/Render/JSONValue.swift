/// A JSON document with object keys in the order they were written, so output is
/// byte-identical from run to run and reads in the order the schema documents.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.rendered() == rhs.rendered() }
    public func hash(into hasher: inout Hasher) { hasher.combine(rendered()) }

    /// A string, or null when the value is nil.
    public static func string(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// A number, or null when the value is nil.
    public static func number(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }

    /// An array of strings.
    public static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }

    /// The value pretty-printed with two-space indents and a final newline.
    public func rendered() -> String {
        var output = ""
        write(to: &output, indent: 0)
        output.append("\n")
        return output
    }

    private func write(to output: inout String, indent: Int) {
        switch self {
        case .null: output.append("null")
        case .bool(let value): output.append(value ? "true" : "false")
        case .number(let value): output.append(value.isFinite ? value.compactText : "null")
        case .string(let value): JSONValue.writeString(value, to: &output)
        case .array(let values):
            guard !values.isEmpty else { output.append("[]"); return }
            output.append("[\n")
            for (index, value) in values.enumerated() {
                output.append(String(repeating: " ", count: indent + 2))
                value.write(to: &output, indent: indent + 2)
                output.append(index + 1 < values.count ? ",\n" : "\n")
            }
            output.append(String(repeating: " ", count: indent) + "]")
        case .object(let members):
            guard !members.isEmpty else { output.append("{}"); return }
            output.append("{\n")
            for (index, (key, value)) in members.enumerated() {
                output.append(String(repeating: " ", count: indent + 2))
                JSONValue.writeString(key, to: &output)
                output.append(": ")
                value.write(to: &output, indent: indent + 2)
                output.append(index + 1 < members.count ? ",\n" : "\n")
            }
            output.append(String(repeating: " ", count: indent) + "}")
        }
    }

    private static func writeString(_ value: String, to output: inout String) {
        output.append("\"")
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output.append("\\\"")
            case "\\": output.append("\\\\")
            case "\n": output.append("\\n")
            case "\r": output.append("\\r")
            case "\t": output.append("\\t")
            default:
                if scalar.value < 0x20 {
                    output.append("\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                                  + String(scalar.value, radix: 16))
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output.append("\"")
    }
}
