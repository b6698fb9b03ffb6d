/// Renders a gap analysis as a GitHub-flavoured Markdown report, with what needs
/// action first: the summary, targets that must change, missing targets, then coverage.
public struct MarkdownReport {
    private var output = ""
    private let analysis: GapAnalysis
    private let words: ReportLanguage

    private init(_ analysis: GapAnalysis, language: ReportLanguage) {
        self.analysis = analysis
        words = language
    }

    /// The report in `language`.
    public static func render(_ analysis: GapAnalysis, language: ReportLanguage = .chinese) -> String {
        var report = MarkdownReport(analysis, language: language)
        report.header()
        report.summary()
        report.behind()
        report.missing()
        report.coverage()
        report.gaps()
        report.aggregates()
        report.districtOnly()
        report.departments()
        report.diagram()
        report.appendix()
        return report.output
    }

    private mutating func heading(_ level: Int, _ text: String) {
        output += "\n" + String(repeating: "#", count: level) + " " + text + "\n\n"
    }

    private mutating func table(_ header: [String], _ rows: [[String]]) {
        output += rows.isEmpty ? words.nothing + "\n" : MarkdownText.table(header, rows)
    }

    private mutating func header() {
        output += "# \(words.title)\n\n"
        output += "- \(words.municipalPlan): \(analysis.municipal.title) (`\(FileBytes.name(analysis.municipal.path))`)\n"
        output += "- \(words.districtPlan): \(analysis.district.title) (`\(FileBytes.name(analysis.district.path))`)\n"
    }

    private mutating func summary() {
        let summary = analysis.summary
        heading(2, words.summary)
        let verdicts = Verdict.allCases.map { "\(words.verdict($0)) \(summary.verdicts[$0] ?? 0)" }.joined(separator: words.comma)
        table([words.figure, words.value], [
            [words.priorities, "\(summary.priorities)\(words.colon)\(words.strongly) \(summary.strong)\(words.comma)\(words.partly) \(summary.partial)\(words.comma)\(words.notCovered) \(summary.uncoveredPriorities)"],
            [words.measuresUncovered, "\(summary.uncoveredMeasures) / \(summary.measures)"],
            [words.indicator, verdicts],
            [words.tasksWithoutCounterpart, "\(summary.districtOnlyTasks) / \(summary.tasks)"],
            [words.linksReviewed, String(summary.confirmedLinks)],
            [words.linksEngineOnly, String(summary.engineLinks)],
        ])
    }

    private mutating func behind() {
        heading(2, words.behind)
        table([words.indicator, words.municipalTarget, words.districtTarget, words.change, words.priority, words.task, words.note],
              analysis.comparisons(.behind).map { comparison in
            let municipal = comparison.municipal.target
            let district = comparison.district?.target
            return [municipal.indicator, TargetText.bound(municipal), district.map(TargetText.bound) ?? "",
                    district.map { TargetText.change(from: $0, to: municipal) } ?? "", comparison.municipal.item.rawValue,
                    comparison.district.map { "\($0.item) \($0.target.indicator)" } ?? "", note(comparison)]
        })
    }

    /// Why a comparison needs a second look, in the report's language.
    private func note(_ comparison: TargetComparison) -> String {
        var parts: [String] = []
        if comparison.wordingDiffers, let district = comparison.district {
            parts.append("\(words.wordingDiffers)\(words.colon)\(comparison.municipal.target.indicator) / \(district.target.indicator)")
        }
        return (parts + comparison.definitionNotes).joined(separator: words.separator)
    }

    private mutating func missing() {
        heading(2, words.missing)
        table([words.indicator, words.municipalTarget, words.priority, words.nearestTasks], analysis.comparisons(.missing).map { comparison in
            let nearest = analysis.priorities.first { $0.priority == comparison.municipal.item }?.links.map { "\($0.district)" } ?? []
            return [comparison.municipal.target.indicator, TargetText.bound(comparison.municipal.target), comparison.municipal.item.rawValue,
                    nearest.isEmpty ? words.none : nearest.joined(separator: "、")]
        })
    }

    private mutating func coverage() {
        heading(2, words.coverage)
        for (section, priorities) in analysis.areas {
            output += "### \(section.ref). \(section.title)\n\n"
            var rows: [[String]] = []
            for priority in priorities {
                if priority.links.isEmpty {
                    rows.append(["\(priority.priority) \(priority.title)", "—", words.notCovered, "", ""])
                }
                for link in priority.links {
                    let task = analysis.task(link.district)
                    let origin = link.origin == .engine ? "" : "（\(words.origins[link.origin] ?? "")）"
                    rows.append(["\(priority.priority) \(priority.title)", "\(link.district) \(task?.title ?? "")",
                                 "\(words.strength(link.strength))\(origin)", task?.lead.joined(separator: "、") ?? "",
                                 link.evidence.terms.prefix(DisplayLimits.evidenceTerms).joined(separator: "、")])
                }
            }
            table([words.priority, words.task, words.strength, words.lead, words.evidence], rows)
            output += "\n"
        }
    }

    private mutating func gaps() {
        heading(2, words.gaps)
        output += "### \(words.unmappedPriorities)\n\n"
        table([words.priority, words.nearestTasks, words.suggestedOwner], analysis.priorities.filter { $0.links.isEmpty }.map { priority in
            [
                "\(priority.priority) \(priority.title)",
                priority.nearest.map { "\($0.ref) \($0.title)（\(Score.text($0.score))）" }.joined(separator: "；"),
                Self.owners(priority.nearest.map(\.lead)),
            ]
        })
        output += "\n### \(words.uncoveredMeasures)\n\n"
        table([words.priority, words.measure, words.nearestTasks, words.score, words.suggestedOwner], analysis.alignment.uncoveredMeasures.map { gap in
            let task = gap.nearestTask.flatMap(analysis.task)
            return [gap.priority.rawValue, gap.measure, task.map { "\($0.ref) \($0.title)" } ?? words.none, Score.text(gap.score),
                    task?.lead.joined(separator: "、") ?? ""]
        })
    }

    /// The departments that lead the nearest tasks, most frequent first.
    static func owners(_ leads: [[String]]) -> String {
        var order: [String] = []
        for name in leads.flatMap({ $0 }) where !order.contains(name) { order.append(name) }
        return order.prefix(DisplayLimits.owners).joined(separator: "、")
    }

    private mutating func aggregates() {
        heading(2, words.aggregates)
        table([words.indicator, words.municipalTotal, words.priority, words.districtCount, words.task], analysis.comparisons(.aggregate).map { comparison in
            [comparison.municipal.target.indicator, TargetText.bound(comparison.municipal.target), comparison.municipal.item.rawValue,
             comparison.district.map { "\($0.target.indicator) \(TargetText.bound($0.target))" } ?? words.none,
             comparison.district?.item.rawValue ?? ""]
        })
    }

    private mutating func districtOnly() {
        heading(2, words.districtOnly)
        table([words.task, words.lead], analysis.districtOnly.map { ["\($0.ref) \($0.title)", $0.lead.joined(separator: "、")] })
    }

    private mutating func departments() {
        heading(2, words.departments)
        table([words.department, words.tasksLed, words.prioritiesServed, words.nearbyGaps], analysis.departments.map { view in
            [view.name, view.tasks.map(\.rawValue).joined(separator: "、"),
             view.priorities.isEmpty ? words.none : view.priorities.map(\.rawValue).joined(separator: "、"),
             view.nearbyGaps.isEmpty ? words.none : view.nearbyGaps.map { "\($0.priority) \($0.measure)" }.joined(separator: "；")]
        })
    }

    private mutating func appendix() {
        guard !analysis.alignment.rejected.isEmpty || !analysis.alignment.stale.isEmpty else { return }
        heading(2, words.appendix)
        output += "### \(words.rejectedLinks)\n\n"
        table([words.priority, words.task, words.score, words.note], analysis.alignment.rejected.map { rejected in
            let link = rejected.link
            return [link.municipal.rawValue, "\(link.district) \(analysis.task(link.district)?.title ?? "")", Score.text(link.score), rejected.note]
        })
        output += "\n### \(words.staleDecisions)\n\n"
        table([words.priority, words.task, words.decision, words.note], analysis.alignment.stale.map { stale in
            [stale.entry.municipal.rawValue, stale.entry.district.rawValue, stale.entry.decision.rawValue, stale.reason.description]
        })
    }

    private mutating func diagram() {
        heading(2, words.diagram)
        output += "```mermaid\n" + MermaidDiagram.alignment(analysis) + "```\n"
    }
}
