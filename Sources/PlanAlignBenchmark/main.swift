import Foundation
import PlanAlignKit

// Times parse + match + analyse + render of the whole-city view for N synthetic district
// plans (default 1, 10, 100, 1000), each run in a fresh process so peak memory is its own;
// each N runs three times and the median is reported.
// Run in a release build: swift run -c release planalign-benchmark [N …]
// `--single` times the single-pair report for the seeds instead; `--stages` splits a
// portfolio's time per plan into parse and analyse (normalize targets, align, compare), on one core; `--large [MB …]`
// times parse and report of one plan of 12, 25 and 50 MB, with peak memory.

let arguments = Array(CommandLine.arguments.dropFirst())
// The allocator set as `planalign` sets it, so that peaks are the tool's.
Allocator.mapLargeBlocks()
let root = ProcessInfo.processInfo.environment["PLANALIGN_ROOT"] ?? FileManager.default.currentDirectoryPath

func peakMemoryMB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return .nan }
    return kilobytes / 1024
}

if arguments.first == "--single" {
    // The single-pair report for the seeds: parse both plans, align, compare, render; median of 21 runs.
    let mappings = try Mappings.load(directory: root + "/mappings")
    let clock = ContinuousClock()
    var matchTimes: [Double] = [], reportTimes: [Double] = []
    func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
    for _ in 0..<21 {
        let start = clock.now
        let pair = try PlanPair.load(municipal: root + "/seeds/chongqing-2026-municipal-priorities.txt",
                                     district: root + "/seeds/yubei-2025-district-tasks.txt", mappings: mappings)
        let matchStart = clock.now
        _ = pair.engineAlignment()
        matchTimes.append(seconds(clock.now - matchStart))
        _ = MarkdownReport.render(pair.analysis())
        reportTimes.append(seconds(clock.now - start))
    }
    let median = { (values: [Double]) in values.sorted()[values.count / 2] * 1000 }
    print("match the seeds: \(String(format: "%.1f", median(matchTimes))) ms (median of 21)")
    print("report for the seeds, parse through render: \(String(format: "%.1f", median(reportTimes))) ms (median of 21)")
} else if arguments.first == "--stages" {
    // Where a portfolio's time goes: each stage for 100 synthetic plans (or `--stages N`), one core, in ms per plan.
    let municipal = try PlanLoader.load(path: root + "/seeds/chongqing-2026-municipal-priorities.txt")
    let seed = try PlanLoader.load(path: root + "/seeds/yubei-2025-district-tasks.txt")
    let mappings = try Mappings.load(directory: root + "/mappings")
    let corpus = SyntheticCorpus(seed: seed)
    let sources = (0..<(arguments.dropFirst().first.flatMap { Int($0) } ?? 100)).map(corpus.plan)
    let engine = MatchEngine(mappings: mappings)
    let prepared = engine.prepare(municipal)
    let clock = ContinuousClock()
    var plans: [PlanDocument] = []
    // The fastest of nine rounds, so that other work on the machine does not count.
    func fastest(_ body: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<9 {
            let duration = try clock.measure(body)
            best = min(best, Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
        }
        return best * 1000 / Double(sources.count)
    }
    let parse = try fastest { plans = try sources.map { try PlanLoader.parse($0) } }
    // What the whole-city view runs for each plan once it is parsed, through the one pipeline.
    let analyse = fastest {
        for plan in plans {
            _ = Pipeline.summarize(prepared, district: plan, engine: engine, review: nil)
        }
    }
    // Its parts: the district's indicators normalized once, then matching and target comparison.
    let normalized = plans.map(engine.normalizedTargets)
    let targets = fastest { for plan in plans { _ = engine.normalizedTargets(of: plan) } }
    let align = fastest {
        for (plan, targets) in zip(plans, normalized) {
            _ = engine.align(municipal: prepared, district: plan, targets: targets, coverage: false, evidence: false)
        }
    }
    let compare = fastest {
        for (plan, targets) in zip(plans, normalized) {
            _ = TargetComparisons.compare(municipal: prepared.plan, normalized: prepared.targets, district: plan, normalized: targets)
        }
    }
    // The whole-city view of the plans, rendered: its share per plan.
    let summaries = plans.map { Pipeline.summarize(prepared, district: $0, engine: engine, review: nil) }
    let render = fastest { _ = Portfolio(municipal: municipal, districts: summaries).markdown() }
    for (name, milliseconds) in [("parse", parse), ("analyse", analyse), ("  normalize targets", targets), ("  align", align),
                                 ("  compare targets", compare), ("render the whole-city view", render)] {
        print("\(name): \(String(format: "%.2f", milliseconds)) ms per plan (fastest of 9 rounds)")
    }
} else if arguments.first == "--large-child", arguments.count == 3, let megabytes = Int(arguments[2]) {
    // One large plan: the district seed repeated to `megabytes`, parsed alone or reported on.
    let seed = try String(contentsOfFile: root + "/seeds/yubei-2025-district-tasks.txt", encoding: .utf8)
    let clock = ContinuousClock()
    var start = clock.now
    let (district, bytes) = try { () throws -> (PlanDocument, Int) in
        let text = String(repeating: seed, count: max(1, megabytes << 20 / seed.utf8.count))
        let bytes = text.utf8.count
        start = clock.now
        let limits = { var limits = Limits.standard; limits.items = .max; return limits }()
        // Handed over, as `planalign` hands over the file it read: the text goes once it is cleaned.
        return (try PlanLoader.parse(PlanSource(path: "large.txt", text: consume text), limits: limits), bytes)
    }()
    if arguments[1] == "report" {
        let municipal = try PlanLoader.load(path: root + "/seeds/chongqing-2026-municipal-priorities.txt")
        let pair = PlanPair(municipal: municipal, district: district, mappings: try Mappings.load(directory: root + "/mappings"))
        _ = MarkdownReport.render(pair.analysis(ignoringReviews: true))
    }
    let elapsed = clock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print("\(bytes)\t\(district.items.count)\t\(seconds)\t\(peakMemoryMB())")
} else if arguments.first == "--large" {
    // Large plans (`--large [MB …]`, default 12 25 50): parse and report time and peak memory,
    // each in a fresh process, and how they grow with the input.
    let sizes = arguments.dropFirst().compactMap { Int($0) }
    print("| input (MB) | tasks | parse (s) | parse peak (MB) | report (s) | report peak (MB) | report / parse | peak / input |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for megabytes in sizes.isEmpty ? [12, 25, 50] : sizes {
        var rows: [[String]] = []
        for mode in ["parse", "report"] {
            let child = Process()
            child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
            child.arguments = ["--large-child", mode, String(megabytes)]
            let pipe = Pipe()
            child.standardOutput = pipe
            try child.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            child.waitUntilExit()
            rows.append(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\t").map(String.init))
        }
        guard rows.count == 2, rows.allSatisfy({ $0.count == 4 }), let bytes = Double(rows[0][0]), let parse = Double(rows[0][2]),
              let report = Double(rows[1][2]), let parsePeak = Double(rows[0][3]), let reportPeak = Double(rows[1][3]) else {
            print("| \(megabytes) | failed | | | | | | |")
            continue
        }
        let input = bytes / 1_048_576
        print("| \(String(format: "%.1f", input)) | \(rows[0][1]) | \(String(format: "%.2f", parse)) | \(String(format: "%.0f", parsePeak)) "
            + "| \(String(format: "%.2f", report)) | \(String(format: "%.0f", reportPeak)) | \(String(format: "%.1f", report / parse)) "
            + "| \(String(format: "%.1f", reportPeak / input)) |")
    }
} else if arguments.first == "--child", let count = Int(arguments.dropFirst().first ?? "") {
    let municipal = try PlanLoader.load(path: root + "/seeds/chongqing-2026-municipal-priorities.txt")
    let seed = try PlanLoader.load(path: root + "/seeds/yubei-2025-district-tasks.txt")
    let mappings = try Mappings.load(directory: root + "/mappings")
    let corpus = SyntheticCorpus(seed: seed)
    let sources = (0..<count).map { Result<PlanSource, InputError>.success(corpus.plan($0)) }
    let tasks = sources.reduce(0) { total, source in
        total + ((try? source.get().text.split(separator: "\n").filter { line in
            let digits = line.prefix(while: \.isNumber)
            return !digits.isEmpty && line.dropFirst(digits.count).first == "."
        }.count) ?? 0)
    }
    let clock = ContinuousClock()
    let start = clock.now
    let portfolio = await Portfolio.build(municipal: municipal, sources: sources, mappings: mappings)
    let report = portfolio.markdown()
    let elapsed = clock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print("\(count)\t\(tasks)\t\(seconds)\t\(Double(tasks) / seconds)\t\(peakMemoryMB())\t\(report.utf8.count)")
} else {
    // `--against OTHER`: each count runs in this build and in OTHER (the previous build's
    // benchmark binary) by turns, in the same minutes, and the table gives their ratio.
    var rest = arguments
    var other: String?
    if let flag = rest.firstIndex(of: "--against"), flag + 1 < rest.count {
        other = rest[flag + 1]
        rest.removeSubrange(flag...(flag + 1))
    }
    var counts: [Int] = []
    for count in rest.isEmpty ? (other == nil ? [1, 10, 100, 1000] : [100, 1000, 5000]) : rest.compactMap(Int.init)
    where !counts.contains(count) { counts.append(count) }
    let builds = [CommandLine.arguments[0]] + (other.map { [$0] } ?? [])
    // Each N runs several times, each in a fresh process, the builds taking turns; the median
    // is reported with the range, since a shared machine's speed swings from minute to minute.
    let runs = other == nil ? 3 : 5
    let rows = try BenchmarkRuns.measure(builds: builds, counts: counts, runs: runs)
    print(BenchmarkRuns.table(rows, builds: builds.count))
}
