import Testing
@testable import PlanAlignKit

/// An item keeps its fields in a box its copies share; it must still behave as a value.
@Suite struct PlanItemTests {
    static func plan() throws -> PlanDocument {
        try PlanLoader.parse(PlanSource(path: "d.txt", text: """
            一、疾病预防
            1. 强化结核病防控。肺结核发病率控制在40/10万以下。（牵头科室：疾控科）
            2. 做好学校卫生。
            """))
    }

    @Test func aWrittenCopyLeavesTheOriginalAndTheDocumentAsTheyWere() throws {
        let plan = try Self.plan()
        let original = plan.items[0]
        var copy = original
        copy.title = "另一个标题"
        copy.measures = []
        copy.originalTitle = "另一個標題"
        #expect(original.title == "强化结核病防控" && copy.title == "另一个标题")
        #expect(!original.measures.isEmpty && copy.measures.isEmpty && original.originalTitle == nil)
        // The section's copy and the flat list's are one item; neither moved.
        #expect(plan.sections[0].items[0] == original && plan.items[0].title == "强化结核病防控")
        #expect(copy != original)
    }

    @Test func itemsReadApartAreEqualAndHashAlike() throws {
        let (first, second) = (try Self.plan().items[0], try Self.plan().items[0])
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        var changed = second
        changed.lead.append("医政科")
        #expect(first != changed && first.lead == ["疾控科"])
        #expect(Set([first, second, changed]).count == 2)
    }
}

/// Refs sort by their numeric components, read from the text as they are compared.
@Suite struct ItemRefOrderTests {
    @Test func refsSortByTheirNumbersThenByTheirText() {
        let refs: [ItemRef] = ["2.10", "x", "2.9", "10", "2..9", "9", "2.9.1", "", "2.a", "2"]
        #expect(refs.sorted().map(\.rawValue) == ["", "2", "2..9", "2.9", "2.9.1", "2.10", "2.a", "9", "10", "x"])
        #expect(ItemRef("3.14").head == 3 && ItemRef("").head == 0 && ItemRef(".7").head == 7)
    }

    /// Against the components split and stored, as refs held them before.
    @Test func orderIsTheStoredComponentsOrder() {
        var random = SplitMix(state: 21)
        let pieces = ["", "1", "2", "10", "02", "x", "-1", "+3", "+", "-", "1a", "9223372036854775807", "-9223372036854775808", "99999999999999999999"]
        let refs = (0..<400).map { _ in
            ItemRef((0..<Int(random.next() % 4)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined(separator: "."))
        }
        let stored = { (ref: ItemRef) in ref.rawValue.split(separator: ".").map { Int($0) ?? Int.max } }
        for ref in refs { #expect(ref.head == stored(ref).first ?? 0, "\(ref)") }
        for (left, right) in zip(refs, refs.shuffled(using: &random)) {
            let expected = stored(left) == stored(right) ? left.rawValue < right.rawValue : stored(left).lexicographicallyPrecedes(stored(right))
            #expect((left < right) == expected, "\(left) < \(right)")
        }
    }
}
