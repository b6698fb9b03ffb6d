import Testing
@testable import PlanAlignKit

/// JSON is written twice, counted and then into a string of that size; arrays may be built
/// element by element as they are written.
@Suite struct JSONValueTests {
    /// A random tree of every kind of value, with strings that need escapes and wide characters.
    static func tree(_ random: inout SplitMix, depth: Int) -> JSONValue {
        let strings = ["", "结核病", "a\"b\\c", "line\nbreak\t", "\u{1}", "é🙂"]
        switch random.next() % (depth > 3 ? 4 : 6) {
        case 0: return .null
        case 1: return .bool(random.next() % 2 == 0)
        case 2: return .number([0, 40, -1.5, 1e9, .nan][Int(random.next() % 5)])
        case 3: return .string(strings[Int(random.next() % UInt64(strings.count))])
        case 4: return .array((0..<Int(random.next() % 4)).map { _ in tree(&random, depth: depth + 1) })
        default:
            return .object((0..<Int(random.next() % 4)).map { index in (strings[index % strings.count], tree(&random, depth: depth + 1)) })
        }
    }

    /// The same tree with every array built as it is written.
    static func generatedCopy(_ value: JSONValue) -> JSONValue {
        switch value {
        case .array(let values): return .generated(values.map(generatedCopy)) { $0 }
        case .object(let members): return .object(members.map { ($0.0, generatedCopy($0.1)) })
        default: return value
        }
    }

    @Test func generatedArraysRenderAsBuiltOnes() {
        var random = SplitMix(state: 11)
        for _ in 0..<300 {
            let value = JSONValueTests.tree(&random, depth: 0)
            #expect(JSONValueTests.generatedCopy(value).rendered() == value.rendered())
        }
    }

    @Test func renderingIsCountedToTheByte() {
        let value = JSONValue.object([
            ("title", .string("2026年\"重点\"\n")), ("empty", .array([])), ("none", .generated(count: 0) { _ in .null }),
            ("items", .generated(count: 2) { .number(Double($0)) }), ("nested", .object([("x", .null)])),
        ])
        #expect(value.rendered() == """
            {
              "title": "2026年\\"重点\\"\\n",
              "empty": [],
              "none": [],
              "items": [
                0,
                1
              ],
              "nested": {
                "x": null
              }
            }

            """)
    }
}
