import Testing
@testable import PlanAlignKit

@Suite struct PlanGraphTests {
    @Test(arguments: ["d", "m"])
    func seedGraphsKeepTheirInvariants(prefix: String) {
        let graph = PlanGraph(prefix == "d" ? Seeds.district : Seeds.municipal, prefix: prefix)
        #expect(graph.invariantViolations() == [])
    }

    @Test func answersQueriesAboutItemsAndDepartments() {
        let graph = PlanGraph(Seeds.district, prefix: "d")
        #expect(graph.children(of: NodeID("d:plan")).count == 8)
        #expect(graph.children(of: NodeID("d:section:1")).map(\.label).first == "强化疫情防控能力建设")
        #expect(graph.leads(of: NodeID("d:item:4")).map(\.label).sorted() == ["公卫科", "疾控科"])
        #expect(graph.items(ledBy: NodeID("d:dept:人口家庭科")).map(\.id.rawValue) == ["d:item:6"])
        #expect(graph.nodes(of: .target).count == Seeds.district.items.flatMap(\.targets).count)
        #expect(graph.children(of: NodeID("d:measure:4#6")).map(\.kind) == [.target, .target])
    }

    @Test func departmentsAreSharedNodesAcrossItems() {
        let graph = PlanGraph(Seeds.district, prefix: "d")
        let departments = graph.nodes(of: .department).map(\.label)
        #expect(Set(departments).count == departments.count)
        #expect(graph.items(ledBy: NodeID("d:dept:办公室（安稳办）")).map(\.id.rawValue) == ["d:item:2", "d:item:24", "d:item:32", "d:item:33"])
    }

    /// A plan's list of items is its sections' items, also for a plan with items taken out.
    @Test func itemsFollowTheSections() {
        let plan = Seeds.district
        #expect(plan.items.map(\.ref) == plan.sections.flatMap(\.items).map(\.ref))
        let dropped: Set<ItemRef> = ["1", "20", "39"]
        let fewer = plan.removingItems(dropped)
        #expect(fewer.items.count == plan.items.count - 3)
        #expect(!fewer.items.contains { dropped.contains($0.ref) })
        #expect(fewer.items.map(\.ref) == fewer.sections.flatMap(\.items).map(\.ref))
        #expect(fewer.sections.count == plan.sections.count)
    }
}
