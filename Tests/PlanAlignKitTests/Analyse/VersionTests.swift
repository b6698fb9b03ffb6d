import Foundation
import Testing
@testable import PlanAlignCLI
@testable import PlanAlignKit

/// `planalign diff`: two versions of a plan, items matched by content.
@Suite struct DiffTests {
    static let old = Repository.fixture("draft/county-2025.txt"), new = Repository.fixture("draft/county-2026.txt")

    static func diff() throws -> PlanDiff {
        PlanDiff(old: try PlanLoader.load(path: old), new: try PlanLoader.load(path: new))
    }

    @Test func renumberedAndMovedTasksAreTheSameTasks() throws {
        let diff = try Self.diff()
        // A task inserted at the top renumbers the ones below it; none of them reads as removed and added.
        #expect(diff.items.filter(\.isAdded).map(\.title) == ["加强重点场所健康监测"])
        #expect(diff.items.filter(\.isRemoved).map(\.title) == ["开展干部作风整治"])
        #expect(diff.items.filter(\.isRenumbered).map { "\($0.old!)→\($0.new!)" } == ["1.1→1.2", "1.2→1.3", "1.3→2.3"])
        let moved = try #require(diff.items.first { $0.isMoved })
        #expect(moved.title == "提升卫生应急处置能力" && moved.movedFrom == "守牢公共卫生安全底线" && moved.movedTo == "提升医疗服务能力")
    }

    @Test func aChangedTargetShowsItsOldAndNewValue() throws {
        let diff = try Self.diff()
        let changes = diff.items.flatMap(\.targets).map { "\($0.old.map(TargetText.labelled) ?? "—") → \($0.new.map(TargetText.labelled) ?? "—")" }
        #expect(changes == ["肺结核报告发病率 ≤ 50/10万 → 肺结核报告发病率 ≤ 40/10万", "高血压患者规范管理率 ≥ 60% → 高血压患者规范管理率 ≥ 65%"])
        // The text diff shows the changed number as one phrase, with its context.
        #expect(diff.markdown().contains("肺结核报告发病率控制在~~50~~**40**/10万以下"))
        #expect(diff.markdown().contains("规范管理率达到~~60%~~**65%**"))
    }

    @Test func aCharacterDiffKeepsChineseTextReadable() {
        #expect(PlanDiff.runs("完成培训200人次", "完成培训300人次") == [.same("完成培训"), .removed("200"), .inserted("300"), .same("人次")])
        #expect(PlanDiff.runs("推进医共体建设", "深化医共体建设") == [.removed("推进"), .inserted("深化"), .same("医共体建设")])
        #expect(PlanDiff.runs("甲乙丙", "甲乙丙") == [.same("甲乙丙")])
    }

    @Test func csvAndJSONCarryTheSameChanges() async throws {
        let csv = await Tool.execute(["diff", Self.old, Self.new, "--format", "csv"])
        #expect(csv.status == 0)
        #expect(csv.stdout.contains("删除任务,3.1,,开展干部作风整治"))
        #expect(csv.stdout.contains("指标变化,1.1,1.2,做好传染病防控,肺结核报告发病率 ≤ 50/10万,肺结核报告发病率 ≤ 40/10万"))
        let json = await Tool.execute(["diff", Self.old, Self.new, "--format", "json"])
        #expect(json.stdout.contains("\"removed\": 1") && json.stdout.contains("\"renumbered\": 3"))
    }
}

/// Review decisions carry over to a new version of the district plan.
@Suite struct CarryOverTests {
    /// A mappings directory with a review of `plan` holding decisions on four of its tasks.
    static func reviewed(_ plan: String, in directory: String) throws -> PlanPair {
        let mappings = try Mappings.load(directory: directory)
        let pair = try PlanPair.load(municipal: Repository.municipalSeed, district: plan, mappings: mappings)
        _ = try pair.recordReview([PlannerDecision(.accepted, LinkPair("2.1", "1.1")), PlannerDecision(.rejected, LinkPair("2.2", "1.2")),
                                   PlannerDecision(.added, LinkPair("2.3", "1.3")), PlannerDecision(.accepted, LinkPair("8.2", "3.1"))],
                                  note: "reviewed", date: "2026-11-01")
        return pair
    }

    static func workspace() throws -> String {
        let directory = try ReviewCommandTests().mappingsCopy()
        try FileManager.default.copyItem(atPath: Repository.fixture("draft/county-2025.txt"), toPath: directory + "/county-2025.txt")
        return directory
    }

    @Test func everyDecisionCarriesWhenOnlyTheNumberingChanges() throws {
        let directory = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        _ = try Self.reviewed(directory + "/county-2025.txt", in: directory)
        // The same plan with one task inserted at the top: every task below it is renumbered.
        var text = try String(contentsOfFile: directory + "/county-2025.txt", encoding: .utf8)
        text = text.replacingOccurrences(of: "（三）提升卫生应急处置能力", with: "（四）提升卫生应急处置能力")
            .replacingOccurrences(of: "（二）推进慢性病综合防治", with: "（三）推进慢性病综合防治")
            .replacingOccurrences(of: "（一）做好传染病防控", with: "（一）加强重点场所健康监测\n在学校等重点场所开展症状监测，落实晨午检制度。（牵头单位：疾控股）\n（二）做好传染病防控")
        try text.write(toFile: directory + "/county-2026.txt", atomically: true, encoding: .utf8)
        let mappings = try Mappings.load(directory: directory)
        let pair = try PlanPair.load(municipal: Repository.municipalSeed, district: directory + "/county-2026.txt", mappings: mappings)
        let outcome = try pair.recordReview([], note: "", date: "2026-12-01")
        let carried = try #require(outcome.carried)
        #expect(carried.entries.count == 4 && carried.stale == 0 && carried.unplaced.isEmpty)
        let file = try ReviewFile.read(path: outcome.path)
        let decided = file.entries.filter(\.isDecision).map { "\($0.municipal):\($0.district) \($0.decision.rawValue) \($0.carried ?? "")" }
        #expect(decided == [
            "2.1:1.2 accepted chongqing-2026-municipal-priorities--county-2025.json#1.1",
            "2.2:1.3 rejected chongqing-2026-municipal-priorities--county-2025.json#1.2",
            "2.3:1.4 added chongqing-2026-municipal-priorities--county-2025.json#1.3",
            "8.2:3.1 accepted chongqing-2026-municipal-priorities--county-2025.json#3.1",
        ])
        #expect(outcome.summary.staleDecisions == 0)
        // The carried decisions apply: the rejected link stays out of the new version's alignment.
        let reloaded = try PlanPair.load(municipal: Repository.municipalSeed, district: directory + "/county-2026.txt", mappings: mappings)
        #expect(!reloaded.analysis(ignoringReviews: false).alignment.links.contains { $0.pair == LinkPair("2.2", "1.3") })
    }

    @Test func aDecisionOnARewrittenTaskIsStaleAndOneOnADeletedTaskIsNamed() async throws {
        let directory = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        _ = try Self.reviewed(directory + "/county-2025.txt", in: directory)
        var text = try String(contentsOfFile: directory + "/county-2025.txt", encoding: .utf8)
        text = text.replacingOccurrences(of: "做实高血压、糖尿病患者健康管理，开展心脑血管疾病早筛早诊，高血压患者规范管理率达到60%。",
                                         with: "以家庭医生签约为抓手，推广慢病长处方和医防融合门诊，开展心脑血管疾病早筛早诊。")
        text = text.replacingOccurrences(of: "三、加强机关自身建设\n（一）开展干部作风整治\n持续整治形式主义、官僚主义，规范公文办理和会议活动，提升机关办事效率。（牵头单位：办公室；责任单位：机关各股室）\n", with: "")
        try text.write(toFile: directory + "/county-2026.txt", atomically: true, encoding: .utf8)
        let result = await Tool.execute(["review", "--mappings", directory, "--municipal", Repository.municipalSeed,
                                         "--district", directory + "/county-2026.txt", "--date", "2026-12-01"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("carried 3 decisions from reviews/chongqing-2026-municipal-priorities--county-2025.json, 1 of them stale, 1 could not be placed: 8.2:3.1\n"),
                "\(result.stdout)")
        #expect(result.stdout.contains(" 1 stale decisions"), "\(result.stdout)")
        let file = try ReviewFile.read(path: directory + "/reviews/chongqing-2026-municipal-priorities--county-2026.json")
        #expect(file.entries.filter { $0.stale != nil }.map(\.pair.description) == ["2.2:1.2"])
    }
}

/// Drafts, diffs and tables of plans cut and shuffled at random (a fixed seed) never crash,
/// and a draft always reads back.
@Suite struct ScrambledPlanTests {
    static func scrambled(_ trial: Int) throws -> String {
        var lines = try String(contentsOfFile: Repository.districtSeed, encoding: .utf8).components(separatedBy: "\n")
        var generator = SplitMix(state: UInt64(7_000 + trial))
        for _ in 0..<(lines.count / 5) {
            let index = Int(generator.next() % UInt64(lines.count))
            switch generator.next() % 5 {
            case 0: lines.swapAt(index, Int(generator.next() % UInt64(lines.count)))
            case 1: lines[index] = "（\(ChineseNumeral.written(Int(generator.next() % 12) + 1))）" + lines[index]
            case 2: lines.remove(at: index)
            case 3: lines[index] = lines[index].replacingOccurrences(of: "，", with: "\t")
            default: lines.insert("指标\t2025年\t2026年\n孕产妇死亡率（1/10万）\t\(generator.next() % 20)\t≤\(generator.next() % 20)", at: index)
            }
        }
        return lines.joined(separator: "\n")
    }

    @Test func draftsAndDiffsOfScrambledPlansNeverCrash() throws {
        for trial in 0..<12 {
            let text = try Self.scrambled(trial)
            guard let district = try? PlanLoader.parse(PlanSource(path: "scrambled-\(trial).txt", text: text)) else { continue }
            let analysis = PlanPair(municipal: Seeds.municipal, district: district, mappings: Seeds.mappings).analysis(ignoringReviews: true)
            let draft = PlanDraft(analysis, year: 2026)
            let reread = try PlanLoader.parse(PlanSource(path: "draft-\(trial).txt", text: draft.text()))
            // Scrambling makes items of stray lines (a date, a lone owner block); those may merge on reading back.
            let real = district.items.filter { !$0.inferred && $0.title.unicodeScalars.filter(\.isHan).count >= 4 }
            let kept = real.filter { item in reread.items.contains { $0.title == item.title } }
            #expect(kept.count * 10 >= real.count * 9, "trial \(trial): \(kept.count) of \(real.count) numbered tasks read back")
            #expect(!draft.docx(date: "2026-12-01").isEmpty && !draft.markdown().isEmpty)
            let diff = PlanDiff(old: district, new: reread)
            #expect(!diff.markdown().isEmpty && !diff.csv().isEmpty)
        }
    }
}
