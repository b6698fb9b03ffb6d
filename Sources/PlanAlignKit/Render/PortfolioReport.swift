extension Portfolio {
    /// The whole-city view as Markdown: a summary per district, the districts × priorities
    /// matrix, the targets each district must tighten, the priorities no district covers,
    /// and the files that were skipped with their reasons.
    public func markdown(language words: ReportLanguage = .chinese) -> String {
        let zh = words.code == "zh"
        var output = "# \(zh ? "全域对标总览" : "Whole-city alignment")\n\n- \(words.municipalPlan): \(municipal.title)\n"
        output += "- \(zh ? "下级计划" : "District plans"): \(districts.count) (\(zh ? "可读" : "readable") \(readable.count))\n"
        output += "\n## \(zh ? "各区县概况" : "Summary by district")\n\n"
        output += MarkdownText.table(
            [zh ? "文件" : "File", zh ? "计划" : "Plan", zh ? "任务数" : "Tasks", words.strongly, words.partly, words.notCovered,
             words.verdict(.behind), words.verdict(.missing), words.districtOnly],
            readable.map { district in
                let strong = district.strengths.values.filter { $0 == .strong }.count
                let partial = district.strengths.values.filter { $0 == .partial }.count
                return [district.file, district.title ?? "", String(district.tasks), String(strong), String(partial),
                        String(municipal.items.count - strong - partial), String(district.behind.count), String(district.missing),
                        String(district.districtOnly)]
            })
        output += "\n## \(zh ? "对标矩阵" : "Coverage matrix")\n\n"
        output += zh ? "●强对接 ◐部分对接 ·未覆盖\n\n" : "● strong ◐ partial · none\n\n"
        output += MarkdownText.table([zh ? "文件" : "File"] + municipal.items.map(\.ref.rawValue), readable.map { district in
            [district.file] + municipal.items.map { priority in
                switch district.strengths[priority.ref] {
                case .strong: return "●"
                case .partial: return "◐"
                case nil: return "·"
                }
            }
        })
        output += "\n## \(words.behind)\n\n"
        let behindRows = readable.flatMap { district in
            district.behind.map { comparison in
                [district.file, comparison.municipal.target.indicator, MarkdownReport.describe(comparison.municipal.target),
                 comparison.district.map { MarkdownReport.describe($0.target) } ?? "",
                 comparison.district.map { MarkdownReport.change(from: $0.target, to: comparison.municipal.target) } ?? "",
                 comparison.district?.item.rawValue ?? ""]
            }
        }
        output += behindRows.isEmpty ? words.nothing + "\n" : MarkdownText.table(
            [zh ? "文件" : "File", words.indicator, words.municipalTarget, words.districtTarget, words.change, words.task], behindRows)
        output += "\n## \(zh ? "无任何下级计划覆盖的上级任务" : "Priorities no district covers")\n\n"
        let uncovered = uncoveredEverywhere
        output += uncovered.isEmpty ? words.nothing + "\n" : MarkdownText.table([words.priority], uncovered.map { ["\($0.ref) \($0.title)"] })
        let failed = districts.filter { $0.failure != nil }
        if !failed.isEmpty {
            output += "\n## \(zh ? "未能读取的文件" : "Files skipped")\n\n"
            output += MarkdownText.table([zh ? "文件" : "File", zh ? "原因" : "Reason"], failed.map { [$0.file, $0.failure ?? ""] })
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

    /// One row per district and priority, with the strength; UTF-8 with a BOM.
    public var csv: String {
        var rows: [[String]] = []
        for district in districts {
            if let failure = district.failure {
                rows.append([district.file, "", "", "", failure])
                continue
            }
            for priority in municipal.items {
                rows.append([district.file, district.title ?? "", priority.ref.rawValue, district.strengths[priority.ref]?.rawValue ?? "none", ""])
            }
        }
        return CSVText.document(["file", "title", "priority", "strength", "failure"], rows)
    }
}
