extension TargetComparisons {
    /// The comparison as a Markdown table, its notes worded in `language`.
    public func markdown(language words: ReportLanguage) -> String {
        let rows = comparisons.map { comparison -> [String] in
            let municipal = comparison.municipal
            return [words.verdict(comparison.verdict), municipal.target.indicator, TargetText.bound(municipal.target), municipal.item.rawValue,
                    comparison.district.map { TargetText.bound($0.target) } ?? "", comparison.district?.item.rawValue ?? "",
                    TargetText.note(comparison, words) ?? ""]
        }
        var output = "# \(words.comparisonTitle)\n\n"
        output += MarkdownText.table([words.verdict, words.indicator, words.municipalTarget, words.priority, words.districtTarget, words.task,
                                      words.note], rows)
        output += "\n## \(words.districtOnlyTargets)\n\n"
        output += MarkdownText.table([words.task, words.indicator, words.districtTarget], districtOnly.map {
            [$0.item.rawValue, $0.target.indicator, TargetText.bound($0.target)]
        })
        return output
    }
}

extension ReviewedAlignment {
    /// The links as Markdown, priority by priority, with headings and labels in `words`.
    public func markdown(municipal: PlanDocument, district: PlanDocument, language words: ReportLanguage) -> String {
        var output = "# \(words.linksTitle)\n\n"
        var rows: [[String]] = []
        for priority in municipal.items {
            let links = links(of: priority.ref)
            if links.isEmpty { rows.append([priority.ref.rawValue, priority.title, "—", "", "", "", ""]) }
            for link in links {
                rows.append([priority.ref.rawValue, priority.title, link.district.rawValue, district.item(link.district)?.title ?? "",
                             words.strength(link.strength), Score.text(link.score), link.evidence.terms.joined(separator: "、")])
            }
        }
        output += MarkdownText.table([words.priority, words.priorityTitle, words.task, words.taskTitle, words.strength, words.score, words.evidence], rows)
        output += "\n## \(words.uncoveredMeasures)\n\n"
        output += MarkdownText.table([words.priority, words.measure, words.nearestTasks, words.score], uncoveredMeasures.map {
            [$0.priority.rawValue, $0.measure, $0.nearestTask?.rawValue ?? "", Score.text($0.score)]
        })
        return output
    }
}

extension Evaluation {
    /// The ablation as Markdown: the figure, then one row per priority.
    public static func ablationMarkdown(_ ablation: [AblatedPriority]) -> String {
        let reported = ablation.filter(\.reportsTheGap).count
        var output = "\n## Ablation\n\nWith every accepted task of one priority taken out, \(reported) of \(ablation.count) priorities "
            + "are reported as a gap (candidate or not covered).\n\n"
        output += MarkdownText.table(["priority", "labels", "tasks removed", "status", "best remaining link"], ablation.map { row in
            [row.priority.rawValue, row.labels, row.removed.map(\.rawValue).joined(separator: ", "), row.status.rawValue,
             row.best.map { "\($0.district) \(Score.text($0.score)) \($0.strength.rawValue)" } ?? ""]
        })
        return output
    }

    /// The ablation as JSON.
    public static func ablationJSON(_ ablation: [AblatedPriority]) -> JSONValue {
        .object([
            ("reported", .number(Double(ablation.filter(\.reportsTheGap).count))),
            ("priorities", .number(Double(ablation.count))),
            ("rows", .array(ablation.map { row in
                .object([("priority", .string(row.priority.rawValue)), ("labels", .string(row.labels)),
                         ("removed", .strings(row.removed.map(\.rawValue))), ("status", .string(row.status.rawValue)),
                         ("best", row.best.map { .object([("task", .string($0.district.rawValue)), ("score", .number($0.score)),
                                                         ("strength", .string($0.strength.rawValue))]) } ?? .null)])
            })),
        ])
    }

    /// The figures as JSON.
    public var json: JSONValue { .object(jsonMembers) }

    /// The members of `json`.
    public var jsonMembers: [(String, JSONValue)] {
        func scores(_ s: EvaluationScores) -> JSONValue {
            .object([("precision", .number(Score.rounded(s.precision))), ("recall", .number(Score.rounded(s.recall))),
                     ("f1", .number(Score.rounded(s.f1))), ("top1", .number(Score.rounded(s.topOne))),
                     ("proposed", .number(Double(s.proposed))), ("correct", .number(Double(s.correct))),
                     ("required", .number(Double(s.required))), ("found", .number(Double(s.found)))])
        }
        return [("areas", .object(areas.map { (String($0.area), scores($0.scores)) })), ("overall", scores(overall))]
    }
}

extension Evaluation {
    /// A Markdown table of the figures.
    public var markdown: String {
        func row(_ name: String, _ s: EvaluationScores) -> [String] {
            [name, Score.text(s.precision), Score.text(s.recall), Score.text(s.f1), Score.text(s.topOne),
             "\(s.correct)/\(s.proposed)", "\(s.found)/\(s.required)", "\(s.topHits)/\(s.topTotal)"]
        }
        return MarkdownText.table(["area", "precision", "recall", "F1", "top-1", "correct/proposed", "found/required", "top hits"],
                                  areas.map { row(String($0.area), $0.scores) } + [row("all", overall)])
            + "\n" + MarkdownText.table(["priority", "proposed links", "required links missed"], details)
    }
}
