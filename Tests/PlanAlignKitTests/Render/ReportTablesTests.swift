import Testing
@testable import PlanAlignKit

/// The report's tables that grow with a plan (reading notes, district-only tasks) make their
/// rows as they are written; each row must be the one its plan gives, in order.
@Suite struct ReportTablesTests {
    static let municipal = try! PlanLoader.parse(PlanSource(path: "/plans/city.txt", text: """
        一、公共卫生
        1. 做好传染病防控。加强监测预警。
        3. 做好慢性病管理。推进筛查干预。
        """))
    static let district = try! PlanLoader.parse(PlanSource(path: "/plans/county.txt", text: """
        一、重点任务
        1. 落实传染病监测。完善哨点布局。
        2. 推进口腔健康行动。开展儿童窝沟封闭。
        2. 办好老年大学讲座。组织健康讲座。
        5. 建设智慧药房。推广处方流转。
        """))

    static let blocks: [ReportBlock] = {
        let engine = MatchEngine(mappings: Seeds.mappings)
        let analysis = Pipeline.analyse(engine.prepare(municipal), district: district, engine: engine, review: nil)
        return ReportLayout.blocks(analysis, language: .english)
    }()

    static func table(_ kind: ReportTable.Kind) throws -> ReportTable {
        try #require(blocks.compactMap { if case .table(let table) = $0, table.kind == kind { table } else { nil } }.first)
    }

    @Test func readingNotesListEachPlansNotesInOrder() throws {
        #expect(!Self.municipal.notes.isEmpty && Self.district.notes.count >= 2)
        let expected = [("city.txt", Self.municipal), ("county.txt", Self.district)].flatMap { file, plan in
            plan.notes.map { [file, String($0.line), ReportLanguage.english.note($0)] }
        }
        let table = try Self.table(.readingNotes)
        #expect(Array(table.rows) == expected)
        #expect(table.rows.count == expected.count && table.rows == ReportRows(expected))
        #expect(MarkdownText.table(table.header, Array(table.rows)).contains("| county.txt | \(Self.district.notes[1].line) |"))
    }

    @Test func districtOnlyTasksAreTheUnlinkedOnes() throws {
        let table = try Self.table(.districtOnly)
        let engine = MatchEngine(mappings: Seeds.mappings)
        let unlinked = Set(engine.align(municipal: Self.municipal, district: Self.district).unlinkedTasks)
        let expected = Self.district.items.filter { unlinked.contains($0.ref) }.map { ["\($0.ref) \($0.title)", $0.lead.joined(separator: "、")] }
        #expect(!expected.isEmpty)
        #expect(Array(table.rows) == expected)
    }
}
