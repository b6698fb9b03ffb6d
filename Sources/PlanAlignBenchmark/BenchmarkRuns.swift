import Foundation

/// Whole-city runs of one or two builds of the benchmark, each run in a fresh process.
enum BenchmarkRuns {
    /// What one build gave for one number of plans over its runs.
    struct Row {
        var build: Int
        var count: Int
        var tasks: String
        var seconds: [Double]
        var memory: Double

        var median: Double { seconds.sorted()[seconds.count / 2] }
    }

    /// Runs `--child N` of each build `runs` times for each count, the builds taking turns run
    /// by run, so that both meet the same load.
    static func measure(builds: [String], counts: [Int], runs: Int) throws -> [Row] {
        var rows: [Row] = []
        for count in counts {
            var results = builds.indices.map { Row(build: $0, count: count, tasks: "", seconds: [], memory: 0) }
            for _ in 0..<runs {
                for (build, binary) in builds.enumerated() {
                    guard let fields = try child(binary, count: count), fields.count >= 5, let seconds = Double(fields[2]) else { continue }
                    results[build].seconds.append(seconds)
                    results[build].tasks = fields[1]
                    results[build].memory = max(results[build].memory, Double(fields[4]) ?? 0)
                }
            }
            rows += results
        }
        return rows
    }

    /// The tab-separated fields one `--child` run prints.
    static func child(_ binary: String, count: Int) throws -> [String]? {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: binary).standardizedFileURL
        child.arguments = ["--child", String(count)]
        let pipe = Pipe()
        child.standardOutput = pipe
        try child.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        child.waitUntilExit()
        guard child.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\t").map(String.init)
    }

    /// A Markdown table of the rows, with the growth from each count to the next and, for two
    /// builds, this build's time as a share of the other's.
    static func table(_ rows: [Row], builds: Int) -> String {
        let names = builds == 1 ? ["this build"] : ["this build", "other build"]
        var lines = ["| build | plans | tasks | wall time (s), median | range (s) | tasks/s | peak memory (MB) |",
                     "| --- | --- | --- | --- | --- | --- | --- |"]
        for row in rows {
            guard !row.seconds.isEmpty else {
                lines.append("| \(names[row.build]) | \(row.count) | failed | | | | |")
                continue
            }
            let sorted = row.seconds.sorted()
            lines.append("| \(names[row.build]) | \(row.count) | \(row.tasks) | \(String(format: "%.3f", row.median)) "
                + "| \(String(format: "%.3f–%.3f", sorted[0], sorted[sorted.count - 1])) "
                + "| \(String(format: "%.0f", (Double(row.tasks) ?? 0) / row.median)) | \(String(format: "%.1f", row.memory)) |")
        }
        lines.append("")
        for build in 0..<builds {
            let mine = rows.filter { $0.build == build && !$0.seconds.isEmpty }
            for (small, large) in zip(mine, mine.dropFirst()) {
                lines.append("\(names[build]): time(\(large.count)) / time(\(small.count)) = \(String(format: "%.2f", large.median / small.median))")
            }
        }
        if builds == 2 {
            for count in Set(rows.map(\.count)).sorted() {
                let pair = rows.filter { $0.count == count && !$0.seconds.isEmpty }
                guard pair.count == 2 else { continue }
                lines.append("\(count) plans: this build takes \(String(format: "%.2f", pair[0].median / pair[1].median))× the other's time (medians, runs interleaved)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
