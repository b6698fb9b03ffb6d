import Foundation
import Testing
@testable import PlanAlignKit

/// The flat rows, the inverted index and the ranking that scoring is built on, checked
/// against the plain answers: a merge of two vectors, and a sort of a priority's tasks.
@Suite struct ScoreTablesTests {
    /// Random rows of token ids below `tokens`, with random positive IDFs and some zero.
    static func weighed(_ count: Int, tokens: Int, generator: inout SplitMix) -> WeighedRows {
        let texts: [[(Int32, TokenKind)]] = (0..<count).map { _ in
            (0..<Int(generator.next() % 12)).map { _ in (Int32(generator.next() % UInt64(tokens)), .bigram) }
        }
        let idf = (0..<tokens).map { token in token % 7 == 0 ? 0 : Double(generator.next() % 1000 + 1) / 97 }
        return WeighedRows(counted: CountedRows(texts), weighing: Weighing(idf: idf, kindWeights: [Double](repeating: 1, count: 64)))
    }

    /// The best cosine of each left group with each right group, by merging every pair.
    static func bruteForce(_ left: VectorRows, _ leftOwners: [Int], _ right: VectorRows, _ rightOwners: [Int], groups: (Int, Int)) -> [[Double]] {
        var best = [[Double]](repeating: [Double](repeating: 0, count: groups.1), count: groups.0)
        for l in 0..<left.count {
            for r in 0..<right.count {
                best[leftOwners[l]][rightOwners[r]] = max(best[leftOwners[l]][rightOwners[r]], left.cosine(l, right, r))
            }
        }
        return best
    }

    /// The best cosine of each left group with each right group, swept one right group at a
    /// time: left group `l`'s with right group `r` at `l * rightGroups + r`.
    static func swept(_ left: VectorRows, owners: [Int], groups: Int, _ right: some WeighedVectors, groups starts: [Int],
                      layout: PostingIndex.Layout? = nil) -> [Double] {
        var sweep = GroupSweep(PostingIndex(left, layout: layout), owners: owners, groups: groups)
        var table = [Double](repeating: 0, count: groups * (starts.count - 1))
        for group in 0..<starts.count - 1 {
            sweep.sweep(right, rows: starts[group]..<starts[group + 1])
            for leftGroup in 0..<groups { table[leftGroup * (starts.count - 1) + group] = sweep.best[leftGroup] }
        }
        return table
    }

    @Test func theIndexGivesEveryPairsMergedCosineToTheLastBit() {
        var generator = SplitMix(state: 2026)
        for trial in 0..<20 {
            let tokens = 5 + trial * 3
            let left = Self.weighed(9, tokens: tokens, generator: &generator), right = Self.weighed(31, tokens: tokens, generator: &generator)
            let leftOwners = (0..<9).map { $0 / 3 }, rightOwners = (0..<31).map { $0 / 4 }
            let indexed = Self.swept(left.stored, owners: leftOwners, groups: 3, right, groups: [0, 4, 8, 12, 16, 20, 24, 28, 31])
            // Exact equality: the index sums in increasing token order, as the merge does.
            #expect(indexed == Self.bruteForce(left.stored, leftOwners, right.stored, rightOwners, groups: (3, 8)).flatMap { $0 })
            // Indexing the other side gives the same table, transposed.
            let swapped = Self.swept(right.stored, owners: rightOwners, groups: 8, left, groups: [0, 3, 6, 9])
            #expect((0..<3).flatMap { row in (0..<8).map { swapped[$0 * 3 + row] } } == indexed)
        }
    }

    /// A municipal plan's postings are laid out once and weighed again for each district: an
    /// index from a layout made under another IDF scores to the last bit as one laid out
    /// afresh, and a layout made from other tokens is not used.
    @Test func aLaidOutIndexScoresAsAFreshOne() {
        var generator = SplitMix(state: 77)
        let texts: [[(Int32, TokenKind)]] = (0..<12).map { _ in
            (0..<Int(generator.next() % 12 + 1)).map { _ in (Int32(generator.next() % 40), .bigram) }
        }
        let rows = CountedRows(texts), kinds = [Double](repeating: 1, count: 64)
        func weighed(_ idf: (Int) -> Double) -> WeighedRows {
            WeighedRows(counted: rows, weighing: Weighing(idf: (0..<40).map(idf), kindWeights: kinds))
        }
        let layout = PostingIndex.Layout(weighed { _ in 1 }.stored)
        let right = Self.weighed(25, tokens: 40, generator: &generator), owners = (0..<12).map { $0 / 2 }
        let groups = [0, 5, 10, 15, 20, 25]
        for trial in 1...5 {
            let left = weighed { token in Double((token * 31 + trial * 17) % 97 + 1) / 13 }.stored
            let fresh = Self.swept(left, owners: owners, groups: 6, right, groups: groups)
            #expect(layout.fits(left))
            #expect(Self.swept(left, owners: owners, groups: 6, right, groups: groups, layout: layout) == fresh)
            #expect(fresh == Self.bruteForce(left, owners, right.stored, (0..<25).map { $0 / 5 }, groups: (6, 5)).flatMap { $0 })
        }
        // An IDF of zero drops tokens from the vectors: the layout no longer fits, and is not used.
        let fewer = weighed { token in token % 5 == 0 ? 0 : 2 }.stored
        #expect(!layout.fits(fewer))
        #expect(Self.swept(fewer, owners: owners, groups: 6, right, groups: groups, layout: layout)
            == Self.swept(fewer, owners: owners, groups: 6, right, groups: groups))
    }

    @Test func vectorsHaveUnitLengthAndLeaveOutZeroWeights() {
        var generator = SplitMix(state: 11)
        let vectors = Self.weighed(40, tokens: 30, generator: &generator).stored
        for row in 0..<vectors.count where !vectors.range(row).isEmpty {
            #expect(abs(vectors.cosine(row, vectors, row) - 1) < 1e-12)
            #expect(vectors.range(row).allSatisfy { vectors.ids[$0] % 7 != 0 && vectors.values[$0] > 0 })
            #expect(zip(vectors.range(row), vectors.range(row).dropFirst()).allSatisfy { vectors.ids[$0] < vectors.ids[$1] })
        }
    }

    /// A district's vectors are weighed when read; each must equal the stored one to the bit.
    @Test func aVectorWeighedWhenReadIsTheStoredOne() {
        var generator = SplitMix(state: 5)
        let texts: [[(Int32, TokenKind)]] = (0..<30).map { _ in
            (0..<Int(generator.next() % 40)).map { _ in (Int32(generator.next() % 25), TokenKind(rawValue: Int(generator.next() % 6))!) }
        }
        let idf = (0..<25).map { $0 % 5 == 0 ? 0 : Double(generator.next() % 500) / 71 }
        let kindWeights = (0..<64).map { Double($0 % 9) / 4 }
        let weighed = WeighedRows(counted: CountedRows(texts), weighing: Weighing(idf: idf, kindWeights: kindWeights))
        let stored = weighed.stored
        var scratch = VectorScratch()
        for row in 0..<weighed.count {
            let read = weighed.withVector(row, scratch: &scratch) { ids, values in (Array(ids), Array(values)) }
            #expect(read.0 == Array(stored.ids[stored.range(row)]))
            #expect(read.1 == Array(stored.values[stored.range(row)]))
        }
    }

    @Test func aRankingOrdersTasksByScoreThenByPlace() {
        let tasks: [ItemRef] = ["1", "2", "3", "4"], priorities: [ItemRef] = ["1.1", "1.2"]
        let ranking = Ranking(priorities: priorities, tasks: tasks, scores: [0.2, 0.5, 0.2, 0.9,
                                                                             0, 0, 0.3, 0])
        #expect(ranking.tasks(of: "1.1").map(\.task) == ["4", "2", "1", "3"])
        #expect(ranking.best(2, of: "1.2").map(\.task) == ["3", "1"])
        #expect(ranking.best(9, of: "1.2").count == 4)
        #expect(ranking.score(of: LinkPair("1.2", "3")) == 0.3)
        #expect(ranking.score(of: LinkPair("9.9", "3")) == nil)
        #expect(ranking.tasks(of: "9.9").isEmpty)
        // The few best are picked without a sort, and must be the sort's first ones, ties and all.
        var generator = SplitMix(state: 3)
        let many = (1...200).map { ItemRef(String($0)) }
        let scores = many.map { _ in Double(generator.next() % 20) / 10 }
        let large = Ranking(priorities: ["1.1"], tasks: many, scores: scores)
        let sorted = large.tasks(of: "1.1")
        #expect(sorted.map(\.score) == scores.sorted(by: >))
        for count in [0, 1, 3, 10, 24, 25, 26] { #expect(large.best(count, of: "1.1") == Array(sorted.prefix(count))) }
    }

    /// With the district's sentences as queries, the nearest sentence on a tie is still the
    /// first in the plan, as it was when the sentences were indexed.
    @Test func aClauseTiedBetweenTwoSentencesIsNearestTheFirst() throws {
        let municipal = try PlanLoader.parse(PlanSource(path: "m.txt", text: """
            一、疾控
            1. 强化传染病防控。完善结核病筛查和随访管理机制。
            """))
        let district = try PlanLoader.parse(PlanSource(path: "d.txt", text: """
            一、任务
            1. 做好慢病管理。完善结核病筛查和随访管理机制。
            2. 做好学校卫生。完善结核病筛查和随访管理机制。
            3. 做好妇幼健康。完善结核病筛查和随访管理机制。
            """))
        let coverage = MatchEngine(mappings: Seeds.mappings).align(municipal: municipal, district: district).coverage
        let clause = try #require(coverage.first { $0.measure.contains("结核病") })
        #expect(clause.nearestTask == "1")
        #expect(clause.nearestSentence == "完善结核病筛查和随访管理机制")
    }

    /// An item's row is merged from its units' rows when read; it must be the row its units'
    /// tokens counted together give, and weigh to that row's vector bit for bit.
    @Test func anItemRowMergedFromItsUnitsIsTheRowOfAllTheirTokens() {
        var generator = SplitMix(state: 17)
        var plan = CountedPlan()
        var itemTexts: [[(Int32, TokenKind)]] = [], unitTexts: [[(Int32, TokenKind)]] = []
        for _ in 0..<40 {
            // Items of no, one and many units, some units empty, tokens repeating across units.
            let units: [[(Int32, TokenKind)]] = (0..<Int(generator.next() % 6)).map { _ in
                (0..<Int(generator.next() % 15)).map { _ in (Int32(generator.next() % 30), TokenKind(rawValue: Int(generator.next() % 6))!) }
            }
            unitTexts += units
            itemTexts.append(units.flatMap { $0 })
            plan.unitStarts.append(unitTexts.count)
            plan.headingUnits.append(0)
        }
        // An item whose units repeat one token 200 and 100 times: its count, 300, is past a byte.
        let repeated: [[(Int32, TokenKind)]] = [Array(repeating: (7, .bigram), count: 200) + [(3, .term)], Array(repeating: (7, .term), count: 100)]
        unitTexts += repeated
        itemTexts.append(repeated.flatMap { $0 })
        plan.unitStarts.append(unitTexts.count)
        plan.headingUnits.append(0)
        plan.units = CountedRows(unitTexts)
        let expected = CountedRows(itemTexts)
        #expect(expected.withRows(expected.rows.range(40)) { row in row.ids.indices.map(row.count(at:)) } == [1, 300])
        var scratch = ItemRowScratch()
        for item in 0..<plan.itemCount {
            let merged = plan.withItemRow(item, scratch: &scratch) { row in (Array(row.ids), Array(row.kinds), row.ids.indices.map(row.count(at:))) }
            let range = expected.rows.range(item)
            #expect(merged.0 == Array(expected.rows.ids[range]))
            #expect(merged.1 == Array(expected.rows.kinds[range]))
            #expect(merged.2 == range.map { expected.counts[$0] })
        }
        // Weighed, the counts are read in full: 1 + ln 300 against 1 + ln 1.
        let flat = WeighedItems(plan: plan, weighing: Weighing(idf: [Double](repeating: 1, count: 30), kindWeights: [Double](repeating: 1, count: 64)))
        let values = flat.vector(40).values
        #expect(abs(values[1] / values[0] - (1 + log(300.0))) < 1e-12)
        // The concepts an item names itself are those its whole row names as a term or quoted.
        let keys = TokenKeys((0..<30).map { $0 % 3 == 0 ? .concept(Int32($0 / 3)) : .word("W\($0)") })
        for item in 0..<plan.itemCount {
            #expect(plan.directConcepts(ofItem: item, keys: keys) == expected.rows.directConcepts(item, keys: keys))
        }
        var frequency = [Int](repeating: 0, count: 30), reference = frequency
        plan.countItems(into: &frequency)
        for id in expected.rows.ids { reference[Int(id)] += 1 }
        #expect(frequency == reference)

        let idf = (0..<30).map { $0 % 4 == 0 ? 0 : Double(generator.next() % 300) / 37 }
        let weighing = Weighing(idf: idf, kindWeights: (0..<64).map { Double($0 % 5) / 3 })
        let items = WeighedItems(plan: plan, weighing: weighing), rows = WeighedRows(counted: expected, weighing: weighing)
        // Stored, as a municipal plan's item rows are, they weigh the same.
        let (stored, reference2) = (WeighedRows(counted: plan.itemRows(), weighing: weighing).stored, rows.stored)
        #expect(stored.ids == reference2.ids && stored.values == reference2.values && stored.starts == reference2.starts)
        var vectorScratch = VectorScratch()
        for item in 0..<items.count {
            let read = items.withVector(item, scratch: &vectorScratch) { ids, values in (Array(ids), Array(values)) }
            #expect(read.0 == Array(reference2.ids[reference2.range(item)]) && read.1 == Array(reference2.values[reference2.range(item)]))
        }
    }

    /// A task's best pairs are swept and let go; a pair outside a priority's candidates has
    /// its own read again, and it must be the swept score to the last bit, or a pair at a
    /// substance threshold could flip.
    @Test(arguments: [DistrictCounts.standardStretchBytes, 1_000])
    func aPairsBestScoreReadAgainIsTheSweptOne(stretchBytes: Int) {
        let engine = MatchEngine(mappings: Seeds.mappings)
        let space = VectorSpace(municipal: engine.prepare(Seeds.municipal), district: Seeds.district, parameters: engine.parameters,
                                stretchBytes: stretchBytes)
        var sweep = space.bestPairSweep()
        var positive = 0
        for (index, stretch) in space.district.stretches.enumerated() {
            let (first, counted) = (stretch.lowerBound, space.district.stretch(index))
            for local in 0..<counted.itemCount {
                sweep.sweep(space.units(counted), rows: counted.units(of: local))
                for priority in Seeds.municipal.items.indices {
                    #expect(space.bestPair(priority: priority, task: first + local) == sweep.best[priority])
                    if sweep.best[priority] > 0 { positive += 1 }
                }
            }
        }
        #expect(positive > 100)
    }

    /// The few best kept as they are offered are a stable sort's first ones, ties and all.
    @Test func theTopScoresAreAStableSortsFirst() {
        var generator = SplitMix(state: 41)
        for capacity in [0, 1, 4, 30] {
            let scores = (0..<25).map { _ in Double(generator.next() % 6) }
            var top = TopScores<Int>(capacity: capacity)
            for (index, score) in scores.enumerated() { top.offer(score, index) }
            let sorted = scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
            #expect(top.entries.map(\.value) == Array(sorted.prefix(capacity)))
        }
    }

    /// Empty rows, first or merged, count nothing and read as empty.
    @Test func emptyRowsAndItemsOfEmptyUnitsAreEmpty() {
        let rows = CountedRows([[], [(3, .bigram)], []])
        #expect(rows.count == 3 && rows.rows.range(0).isEmpty && rows.rows.range(2).isEmpty && rows.counts[0] == 1)
        var plan = CountedPlan()
        plan.units = CountedRows([[], []])
        plan.unitStarts = [0, 2]
        plan.headingUnits = [0]
        var scratch = ItemRowScratch()
        #expect(plan.withItemRow(0, scratch: &scratch) { $0.ids.isEmpty })
        #expect(plan.itemRows().rows.ids.isEmpty)
    }
}
