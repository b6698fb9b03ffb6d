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
