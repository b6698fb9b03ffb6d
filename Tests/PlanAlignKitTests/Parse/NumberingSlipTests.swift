import Foundation
import Testing
@testable import PlanAlignCLI
@testable import PlanAlignKit

/// A numbering slip never drops a task: the item is kept, and a warning names the line.
@Suite struct NumberingSlipTests {
    static let seed = (try? String(contentsOfFile: Repository.districtSeed, encoding: .utf8)) ?? ""

    /// The seed with one line's leading number replaced.
    static func seed(renumbering line: Int, to number: String) -> String {
        var lines = seed.components(separatedBy: "\n")
        let old = lines[line - 1]
        let digits = old.prefix { $0.isNumber }
        lines[line - 1] = number + old.dropFirst(digits.count)
        return lines.joined(separator: "\n")
    }

    @Test func taskTwentyTypedAsTwentyOneKeepsAllThirtyNineTasks() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("planalign-slip-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/slip.txt"
        try Self.seed(renumbering: 293, to: "21").write(toFile: path, atomically: true, encoding: .utf8)
        let plan = try PlanLoader.load(path: path)
        #expect(plan.items.count == 39)
        #expect(plan.items.map(\.ref) == Seeds.district.items.map(\.ref))
        #expect(plan.items.map(\.title) == Seeds.district.items.map(\.title))
        let result = await Tool.execute(["parse", path])
        #expect(result.status == 0)
        #expect(result.stderr == "planalign: warning: \(path):293: expected 20., found 21.; read on as a heading\n")
        let report = await Tool.execute(["report", "--municipal", Repository.municipalSeed, "--district", path, "--ignore-reviews"])
        #expect(report.stdout.contains("| slip.txt | 293 | 编号应为 20.，实为 21.；已按标题读入 |"))
    }

    /// A PDF printer that moves a number after the next tasks' text (out of reading order)
    /// loses no task either: each out-of-order number is kept with a note.
    @Test func aNumberOutOfReadingOrderKeepsEveryTask() throws {
        var lines = Self.seed.components(separatedBy: "\n")
        let nineteen = try #require(lines.firstIndex { $0.hasPrefix("19.") })
        let twentyThree = try #require(lines.firstIndex { $0.hasPrefix("23.") })
        let moved = lines.remove(at: nineteen)
        lines.insert(moved, at: twentyThree - 1)
        let plan = try PlanLoader.parse(PlanSource(path: "moved.txt", text: lines.joined(separator: "\n")))
        #expect(plan.items.count == 39)
        #expect(Set(plan.items.map(\.ref)).count == 39)
        #expect(!plan.notes.isEmpty)
    }

    /// Every line of the cleaned source ends up in the preamble, a section heading, or an item.
    @Test(arguments: ["county-parenthesised.txt", "county-restarting.txt", "flat-arabic.txt"])
    func everyCleanedLineIsPlaced(fixture: String) throws {
        let text = try String(contentsOfFile: Repository.fixture(fixture), encoding: .utf8)
        try Self.checkEveryLineIsPlaced(text)
    }

    @Test func everyCleanedLineOfTheSeedsAndOfASlippedPlanIsPlaced() throws {
        try Self.checkEveryLineIsPlaced(Self.seed)
        try Self.checkEveryLineIsPlaced(Self.seed(renumbering: 293, to: "21"))
        try Self.checkEveryLineIsPlaced(try String(contentsOfFile: Repository.municipalSeed, encoding: .utf8))
    }

    static func checkEveryLineIsPlaced(_ text: String) throws {
        let lines = OutlineParser.logicalLines(of: text)
        let plan = try PlanLoader.parse(PlanSource(path: "p.txt", text: text))
        var placed = Set<Int>()
        for item in plan.items { placed.formUnion(item.lines.start...item.lines.end) }
        for section in plan.sections { placed.formUnion(section.lines.start...max(section.lines.start, section.lines.end)) }
        let firstPlaced = placed.min() ?? Int.max
        for line in lines where line.firstLine >= firstPlaced {
            #expect(placed.contains(line.firstLine), "line \(line.firstLine) is in no section or item: \(line.string.prefix(30))")
        }
    }
}
