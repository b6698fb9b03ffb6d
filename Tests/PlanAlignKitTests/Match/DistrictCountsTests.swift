import Testing
@testable import PlanAlignKit

/// A long district plan is counted a stretch of items at a time, and counted again each time
/// it is read, instead of holding every row through the report. That must never show: the
/// links, scores, coverage and report are those of a plan whose rows are all held.
@Suite struct DistrictCountsTests {
    /// The seed district is far below a stretch; counting it one item, a few items or a few
    /// thousand bytes at a time must give what holding it gives, to the last bit.
    @Test(arguments: [1, 700, 5_000])
    func aPlanCountedInStretchesAlignsAsAHeldOne(stretchBytes: Int) throws {
        let engine = MatchEngine(mappings: Seeds.mappings)
        var stretched = engine
        stretched.stretchBytes = stretchBytes
        // Pairs the engine does not link are scored afresh from one task's rows.
        let explaining = Seeds.district.items.prefix(6).map { LinkPair("1.1", $0.ref) } + [LinkPair("8.2", "39")]
        let held = engine.align(municipal: Seeds.municipal, district: Seeds.district, explaining: explaining)
        let counted = stretched.align(municipal: Seeds.municipal, district: Seeds.district, explaining: explaining)
        #expect(!held.explained.isEmpty)
        #expect(counted.links == held.links)
        #expect(counted.ranking == held.ranking)
        #expect(counted.coverage == held.coverage)
        #expect(counted.explained == held.explained)
        #expect(counted.unmappedPriorities == held.unmappedPriorities && counted.unlinkedTasks == held.unlinkedTasks)

        let prepared = engine.prepare(Seeds.municipal)
        let report = { (engine: MatchEngine) in
            MarkdownReport.render(Pipeline.analyse(prepared, district: Seeds.district, engine: engine, review: nil))
        }
        #expect(report(stretched) == report(engine))
    }

    /// Three tasks saying the same thing tie with every clause and priority; counted a task
    /// a stretch, two of them scored at once and the third in the next pair of stretches,
    /// the first still comes first.
    @Test func aTieGoesToTheEarlierTaskAcrossStretches() throws {
        let twin = "加强传染病监测预警。完善哨点医院布局，提升早期发现能力。"
        let district = try PlanLoader.parse(PlanSource(path: "triplets.txt", text: """
            一、重点任务
            1. \(twin)
            2. \(twin)
            3. \(twin)
            4. 推进口腔健康行动。开展儿童窝沟封闭。
            """))
        let engine = MatchEngine(mappings: Seeds.mappings)
        var stretched = engine
        stretched.stretchBytes = 1
        let held = engine.align(municipal: Seeds.municipal, district: district)
        let counted = stretched.align(municipal: Seeds.municipal, district: district)
        #expect(held.coverage.contains { $0.nearestTask == "1" && $0.score > 0 })
        #expect(!held.coverage.contains { $0.nearestTask == "2" || $0.nearestTask == "3" })
        #expect(counted.coverage == held.coverage)
        #expect(counted.links == held.links && counted.ranking == held.ranking)
    }

    /// Stretches run over every item once, in order, each but the last holding at least the
    /// bytes asked for; a plan within one stretch is held, a longer one is not.
    @Test func stretchesCoverEveryItemOnceInOrder() throws {
        let items = Seeds.district.items
        for bytes in [1, 100, 2_000, 30_000, 1 << 30] {
            let stretches = DistrictCounts.stretches(of: items, bytes: bytes)
            #expect(stretches.first?.lowerBound == 0 && stretches.last?.upperBound == items.count)
            #expect(zip(stretches, stretches.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
            #expect(stretches.allSatisfy { !$0.isEmpty })
            for stretch in stretches.dropLast() {
                #expect(items[stretch].reduce(0) { $0 + $1.text.utf8.count + $1.titleSlice.utf8.count } >= bytes)
            }
        }
        #expect(DistrictCounts.stretches(of: items, bytes: 1).count == items.count)
        #expect(DistrictCounts.stretches(of: [], bytes: 10).isEmpty)

        let prepared = MatchEngine(mappings: Seeds.mappings).prepare(Seeds.municipal)
        let space = { (bytes: Int) in VectorSpace(municipal: prepared, district: Seeds.district, parameters: .standard, stretchBytes: bytes) }
        #expect(space(DistrictCounts.standardStretchBytes).district.stretches.count == 1)
        let stretched = space(2_000).district
        #expect(stretched.stretches.count > 5)
        // Read again, a stretch's rows are those of its items read one by one.
        var units = 0, scratch = ItemRowScratch()
        for (index, stretch) in stretched.stretches.enumerated() {
            let (first, counted) = (stretch.lowerBound, stretched.stretch(index))
            for local in 0..<counted.itemCount {
                let alone = stretched.item(first + local)
                #expect(stretched.units(of: first + local) == units..<units + alone.units.count)
                units += alone.units.count
                counted.withItemRow(local, scratch: &scratch) { row in
                    var other = ItemRowScratch()
                    alone.withItemRow(0, scratch: &other) { #expect(Array($0.ids) == Array(row.ids) && Array($0.kinds) == Array(row.kinds)) }
                }
            }
        }
        #expect(units == stretched.unitStarts.last)
    }
}
