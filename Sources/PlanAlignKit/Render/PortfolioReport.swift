extension Portfolio {
    /// The whole-city view as Markdown: a summary per district, the districts × priorities
    /// matrix, the targets each district must tighten, the priorities no district covers,
    /// and the files that were skipped with their reasons.
    public func markdown(language words: ReportLanguage = .chinese) -> String {
                var output = "# \(words.portfolioTitle)\n\n- \(words.municipalPlan): \(municipal.title)\n"
        output += "- \(words.districtPlans): \(districts.count) (\(words.readable) \(readable.count))\n"
        output += "\n## \(words.summaryByDistrict)\n\n"
        output += MarkdownText.table(
            [words.file, words.plan, words.taskCount, words.strongly, words.partly, words.candidatesOnly, words.notCovered,
             words.verdict(.behind), words.verdict(.missing), words.districtOnly],
            readable.map { district in
                let strong = district.strengths.values.filter { $0 == .strong }.count
                let partial = district.strengths.values.filter { $0 == .partial }.count
                let weak = district.strengths.values.filter { $0 == .weak }.count
                return [district.file, district.title ?? "", String(district.tasks), String(strong), String(partial), String(weak),
                        String(municipal.items.count - strong - partial - weak), String(district.behind.count), String(district.missing),
                        String(district.districtOnly)]
            })
        output += "\n## \(words.coverageMatrix)\n\n"
        output += words.matrixLegend + "\n\n"
        output += MarkdownText.table([words.file] + municipal.items.map(\.ref.rawValue), readable.map { district in
            [district.file] + municipal.items.map { priority in
                switch district.strengths[priority.ref] {
                case .strong: return "●"
                case .partial: return "◐"
                case .weak: return "○"
                case nil: return "·"
                }
            }
        })
        output += "\n## \(words.behind)\n\n"
        let behindRows = readable.flatMap { district in
            district.behind.map { comparison in
                [district.file, comparison.municipal.target.indicator, TargetText.bound(comparison.municipal.target),
                 comparison.district.map { TargetText.bound($0.target) } ?? "",
                 comparison.district.map { TargetText.change(from: $0.target, to: comparison.municipal.target) } ?? "",
                 comparison.district?.item.rawValue ?? ""]
            }
        }
        output += behindRows.isEmpty ? words.nothing + "\n" : MarkdownText.table(
            [words.file, words.indicator, words.municipalTarget, words.districtTarget, words.change, words.task], behindRows)
        output += "\n## \(words.uncoveredEverywhere)\n\n"
        let uncovered = uncoveredEverywhere
        output += uncovered.isEmpty ? words.nothing + "\n" : MarkdownText.table([words.priority], uncovered.map { ["\($0.ref) \($0.title)"] })
        let failed = districts.filter { $0.failure != nil }
        if !failed.isEmpty {
            output += "\n## \(words.filesSkipped)\n\n"
            output += MarkdownText.table([words.file, words.reason], failed.map { [$0.file, $0.failure ?? ""] })
        }
        return output
    }

    /// The whole-city view as JSON.
    public var json: JSONValue {
        .object([
            ("schemaVersion", .number(Double(GapAnalysis.schemaVersion))),
            ("municipal", .object([("title", .string(municipal.title)), ("file", .string(FileBytes.name(municipal.path)))])),
            ("priorities", .strings(municipal.items.map(\.ref.rawValue))),
            ("districts", .array(districts.map { district in
                .object([
                    ("file", .string(district.file)),
                    ("title", .string(district.title)),
                    ("failure", .string(district.failure)),
                    ("tasks", .number(Double(district.tasks))),
                    ("coverage", .object(municipal.items.map { ($0.ref.rawValue, .string(district.strengths[$0.ref]?.rawValue)) })),
                    ("behind", .array(district.behind.map { comparison in
                        .object([("municipal", comparison.municipal.json), ("district", comparison.district?.json ?? .null),
                                 ("change", .number(comparison.change))])
                    })),
                    ("missing", .number(Double(district.missing))),
                    ("districtOnlyTasks", .number(Double(district.districtOnly))),
                ])
            })),
            ("uncoveredEverywhere", .strings(uncoveredEverywhere.map(\.ref.rawValue))),
        ])
    }

    /// One row per district and priority, with the strength; headers in `words`, UTF-8 with a BOM.
    public func csv(language words: ReportLanguage) -> String {
        var rows: [[String]] = []
        for district in districts {
            if let failure = district.failure {
                rows.append([district.file, "", "", "", failure])
                continue
            }
            for priority in municipal.items {
                rows.append([district.file, district.title ?? "", priority.ref.rawValue, words.strength(district.strengths[priority.ref]), ""])
            }
        }
        return CSVText.document([words.file, words.plan, words.priority, words.strength, words.reason], rows)
    }
}
