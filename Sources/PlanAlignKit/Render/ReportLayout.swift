/// The gap report as blocks (headings, tables, lists, diagrams), with what needs action
/// first: the summary, targets that must change, missing targets, gaps, then coverage.
/// Markdown, Word and the web page render the same blocks in the same order.
public struct ReportLayout {
    private(set) var blocks: [ReportBlock] = []
    private let analysis: GapAnalysis
    private let words: ReportLanguage

    private init(_ analysis: GapAnalysis, language: ReportLanguage) {
        self.analysis = analysis
        words = language
    }

    /// The report's blocks in `language`.
    public static func blocks(_ analysis: GapAnalysis, language: ReportLanguage = .chinese) -> [ReportBlock] {
        var report = ReportLayout(analysis, language: language)
        report.header()
        report.summary()
        report.behind()
        report.missing()
        report.gaps()
        report.coverage()
        report.aggregates()
        report.districtOnly()
        report.departments()
        report.diagram()
        report.readingNotes()
        report.appendix()
        report.nextSteps()
        return report.blocks
    }

    private mutating func heading(_ level: Int, _ text: String) {
        blocks.append(.heading(level: level, text: text))
    }

    /// A table, named by what it holds so that a workbook can give it its own sheet.
    private mutating func table(_ kind: ReportTable.Kind, _ header: [String], _ rows: [[String]]) {
        table(kind, header, ReportRows(rows))
    }

    private mutating func table(_ kind: ReportTable.Kind, _ header: [String], _ rows: ReportRows) {
        blocks.append(.table(ReportTable(kind: kind, header: header, rows: rows, empty: words.nothing)))
    }

    private mutating func header() {
        heading(1, words.title)
        blocks.append(.facts([
            "\(words.municipalPlan): \(analysis.municipal.title) (`\(FileBytes.name(analysis.municipal.path))`)",
            "\(words.districtPlan): \(analysis.district.title) (`\(FileBytes.name(analysis.district.path))`)",
        ]))
    }

    private mutating func summary() {
        let summary = analysis.summary
        heading(2, words.summary)
        let verdicts = Verdict.allCases.map { "\(words.verdict($0)) \(summary.verdicts[$0] ?? 0)" }.joined(separator: words.comma)
        table(.summary, [words.figure, words.value], [
            [words.priorities, "\(summary.priorities)\(words.colon)\(words.strongly) \(summary.strong)\(words.comma)\(words.partly) \(summary.partial)\(words.comma)\(words.candidatesOnly) \(summary.candidates)\(words.comma)\(words.notCovered) \(summary.uncoveredPriorities)"],
            [words.measuresUncovered, "\(summary.uncoveredMeasures) / \(summary.measures)"],
            [words.indicator, verdicts],
            [words.tasksWithoutCounterpart, "\(summary.districtOnlyTasks) / \(summary.tasks)"],
            [words.linksReviewed, String(summary.confirmedLinks)],
            [words.linksEngineOnly, String(summary.engineLinks)],
        ])
    }

    private mutating func behind() {
        heading(2, words.behind)
        table(.behind, [words.indicator, words.municipalTarget, words.districtTarget, words.change, words.priority, words.task, words.note],
              (analysis.comparisons(.behind) + analysis.comparisons(.byHand)).map { comparison in
            let municipal = comparison.municipal.target
            let district = comparison.district?.target
            let change = comparison.verdict == .byHand ? words.verdict(.byHand) : district.map { TargetText.change(from: $0, to: municipal) } ?? ""
            let note = comparison.verdict == .byHand ? TargetText.note(comparison, words) ?? "" : self.note(comparison)
            return [municipal.indicator, TargetText.bound(municipal, since: comparison.municipalBaseline, words),
                    district.map { TargetText.bound($0, since: comparison.districtBaseline, words) } ?? "", change,
                    comparison.municipal.item.rawValue, comparison.district.map { "\($0.item) \($0.target.indicator)" } ?? "", note]
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
        table(.missing, [words.indicator, words.municipalTarget, words.priority, words.nearestTasks], analysis.comparisons(.missing).map { comparison in
            let nearest = analysis.priorities.first { $0.priority == comparison.municipal.item }?.links.map { "\($0.district)" } ?? []
            return [comparison.municipal.target.indicator, TargetText.bound(comparison.municipal.target, since: comparison.municipalBaseline, words),
                    comparison.municipal.item.rawValue, nearest.isEmpty ? words.none : nearest.joined(separator: "、")]
        })
    }

    private mutating func coverage() {
        heading(2, words.coverage)
        blocks.append(.coverageBars)
        for (section, priorities) in analysis.areas {
            heading(3, "\(section.ref). \(section.title)")
            var rows: [[String]] = []
            for priority in priorities {
                if priority.links.isEmpty {
                    rows.append(["\(priority.priority) \(priority.title)", "—", words.notCovered, "", ""])
                }
                for link in priority.links {
                    let task = analysis.task(link.district)
                    let origin = link.origin == .engine ? "" : "（\(words.origins[link.origin] ?? "")）"
                    rows.append(["\(priority.priority) \(priority.title)", "\(link.district) \(task?.title ?? "")",
                                 "\(words.strength(link.strength))\(origin)", task?.lead.joined(separator: "、") ?? "", evidence(link)])
                }
            }
            table(.coverage, [words.priority, words.task, words.strength, words.lead, words.evidence], rows)
        }
    }

    private mutating func gaps() {
        heading(2, words.gaps)
        heading(3, words.unmappedPriorities)
        table(.unmapped, [words.priority, words.nearestTasks, words.suggestedOwner], analysis.priorities.filter { $0.status == .notCovered }.map { priority in
            let near = priority.nearest.filter { $0.score >= analysis.ownerScore }
            return [
                "\(priority.priority) \(priority.title)",
                near.isEmpty ? words.noNearTask : near.map { "\($0.ref) \($0.title)（\(Score.text($0.score))）" }.joined(separator: "；"),
                near.isEmpty ? words.ownerUndecided : Self.owners(near.map(\.lead)),
            ]
        })
        heading(3, words.candidatePriorities)
        table(.candidates, [words.priority, words.candidates, words.evidence, words.suggestedOwner], analysis.priorities.filter { $0.status == .candidate }.map { priority in
            [
                "\(priority.priority) \(priority.title)",
                priority.links.map { "\($0.district) \(analysis.task($0.district)?.title ?? "")（\(Score.text($0.score))）" }.joined(separator: "；"),
                priority.links.first.map(evidence) ?? "",
                Self.owners(priority.links.compactMap { analysis.task($0.district)?.lead }),
            ]
        })
        heading(3, words.uncoveredMeasures)
        table(.uncoveredMeasures, [words.priority, words.measure, words.nearestTasks, words.score, words.suggestedOwner], analysis.alignment.uncoveredMeasures.map { gap in
            let task = gap.score >= analysis.ownerScore ? gap.nearestTask.flatMap(analysis.task) : nil
            return [gap.priority.rawValue, gap.measure, task.map { "\($0.ref) \($0.title)" } ?? words.noNearTask, Score.text(gap.score),
                    task?.lead.joined(separator: "、") ?? words.ownerUndecided]
        })
    }

    /// A link's evidence in words: the concepts and phrases both texts share, then the best
    /// pair of a municipal measure and a district sentence, shortened, with the district line.
    private func evidence(_ link: Link) -> String {
        var parts: [String] = []
        let terms = link.evidence.terms.prefix(DisplayLimits.evidenceTerms)
        if !terms.isEmpty { parts.append(terms.joined(separator: "、")) }
        if let pair = link.evidence.measures.first {
            parts.append("“\(Self.shortened(pair.municipal))”→“\(Self.shortened(pair.district))”\(words.fill(words.atLine, ["line": String(pair.districtLine)]))")
        }
        return parts.joined(separator: words.separator)
    }

    /// `text` cut to `DisplayLimits.quotedSentence` characters with an ellipsis.
    static func shortened(_ text: String) -> String { DisplayLimits.cut(text, to: DisplayLimits.quotedSentence) }

    /// The departments that lead the nearest tasks, most frequent first.
    static func owners(_ leads: [[String]]) -> String {
        var order: [String] = []
        for name in leads.flatMap({ $0 }) where !order.contains(name) { order.append(name) }
        return order.prefix(DisplayLimits.owners).joined(separator: "、")
    }

    private mutating func aggregates() {
        heading(2, words.aggregates)
        table(.aggregates, [words.indicator, words.municipalTotal, words.priority, words.districtCount, words.task], analysis.comparisons(.aggregate).map { comparison in
            [comparison.municipal.target.indicator, TargetText.bound(comparison.municipal.target), comparison.municipal.item.rawValue,
             comparison.district.map { "\($0.target.indicator) \(TargetText.bound($0.target))" } ?? words.none,
             comparison.district?.item.rawValue ?? ""]
        })
    }

    private mutating func districtOnly() {
        heading(2, words.districtOnly)
        // Made as they are written: a long plan has a row for nearly every task.
        let tasks = analysis.districtOnly
        table(.districtOnly, [words.task, words.lead], ReportRows(count: tasks.count) { position in
            let task = tasks[position]
            return ["\(task.ref) \(task.title)", task.lead.joined(separator: "、")]
        })
    }

    private mutating func departments() {
        heading(2, words.departments)
        let views = analysis.departments
        table(.departments, [words.department, words.tasksLed, words.prioritiesServed, words.nearbyGaps], views.map { view in
            [view.name, view.tasks.map(\.rawValue).joined(separator: "、"),
             view.priorities.isEmpty ? words.none : view.priorities.map(\.rawValue).joined(separator: "、"),
             String(view.nearbyGaps.count)]
        })
        for view in views where !view.nearbyGaps.isEmpty {
            heading(4, "\(view.name)\(words.colon)\(words.nearbyGaps)")
            blocks.append(.bullets(view.nearbyGaps.map { "\($0.priority) \($0.measure)" }))
        }
    }

    private mutating func appendix() {
        guard !analysis.alignment.rejected.isEmpty || !analysis.alignment.stale.isEmpty else { return }
        heading(2, words.appendix)
        heading(3, words.rejectedLinks)
        table(.rejected, [words.priority, words.task, words.score, words.note], analysis.alignment.rejected.map { rejected in
            let link = rejected.link
            return [link.municipal.rawValue, "\(link.district) \(analysis.task(link.district)?.title ?? "")", Score.text(link.score), rejected.note]
        })
        heading(3, words.staleDecisions)
        table(.stale, [words.priority, words.task, words.decision, words.note], analysis.alignment.stale.map { stale in
            [stale.entry.municipal.rawValue, stale.entry.district.rawValue, stale.entry.decision.rawValue, stale.reason.description]
        })
    }

    /// What the reader noted in either plan: numbering slips it read on past, an inferred
    /// outline, traditional script, lists it could not pair.
    private mutating func readingNotes() {
        let plans = [analysis.municipal, analysis.district].map { (file: FileBytes.name($0.path), notes: $0.notes) }
        let count = plans.reduce(0) { $0 + $1.notes.count }
        guard count > 0 else { return }
        heading(2, words.readingNotes)
        // Made as they are written: a long plan can note a slip every few lines.
        let words = self.words
        table(.readingNotes, [words.file, words.line, words.note], ReportRows(count: count) { position in
            let (plan, index) = position < plans[0].notes.count ? (plans[0], position) : (plans[1], position - plans[0].notes.count)
            return [plan.file, String(plan.notes[index].line), words.note(plan.notes[index])]
        })
    }

    /// One diagram per area, in area order, with the legend first.
    private mutating func diagram() {
        heading(2, words.diagram)
        blocks.append(.diagrams(legend: words.diagramLegend, areas: analysis.areas.enumerated().map { index, area in
            DiagramArea(heading: "\(area.section.ref). \(area.section.title)", index: index)
        }))
    }

    /// What to do next, with the exact commands: review the links, then draft next year's plan.
    private mutating func nextSteps() {
        heading(2, words.nextSteps)
        let municipal = FileBytes.name(analysis.municipal.path), district = FileBytes.name(analysis.district.path)
        let pair = "--municipal \(municipal) --district \(district)"
        let candidate = analysis.priorities.first { $0.status == .candidate }?.links.first ?? analysis.alignment.links.first { $0.origin == .engine }
        var commands = ["planalign report \(pair) --format html -o report.html"]
        if let candidate { commands.append("planalign review \(pair) --accept \(candidate.pair) --note \"…\"") }
        commands.append("planalign review \(pair) --import decisions.json")
        commands.append("planalign draft \(pair) --format docx -o draft.docx")
        blocks.append(.bullets(words.nextStepsText))
        blocks.append(.commands(commands))
    }
}
