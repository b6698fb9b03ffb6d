extension GapAnalysis {
    /// One row per pair of a priority and a linked task, then one row per gap and per
    /// target verdict, with headers and labels in `words`; UTF-8 with a BOM so that Excel
    /// and WPS read the Chinese correctly.
    public func csv(language words: ReportLanguage) -> String {
        var rows: [[String]] = []
        for priority in priorities {
            for link in priority.links {
                let task = self.task(link.district)
                rows.append([words.csvLink, String(priority.priority.head), priority.priority.rawValue, priority.title, link.district.rawValue,
                             task?.title ?? "", words.strength(link.strength), Score.text(link.score), task?.lead.joined(separator: "、") ?? "",
                             link.evidence.terms.joined(separator: "、")])
            }
            if priority.links.isEmpty {
                rows.append([words.csvUnmappedPriority, String(priority.priority.head), priority.priority.rawValue, priority.title,
                             priority.nearest.first?.ref.rawValue ?? "", priority.nearest.first?.title ?? "", "", "",
                             priority.nearest.first?.lead.joined(separator: "、") ?? "", ""])
            }
        }
        for gap in alignment.uncoveredMeasures {
            let task = gap.nearestTask.flatMap(self.task)
            rows.append([words.csvUncoveredMeasure, String(gap.priority.head), gap.priority.rawValue, gap.measure, task?.ref.rawValue ?? "",
                         task?.title ?? "", "", Score.text(gap.score), task?.lead.joined(separator: "、") ?? "", ""])
        }
        for comparison in targets.comparisons where comparison.verdict != .aggregate {
            let district = comparison.district
            rows.append([words.fill(words.csvTarget, ["verdict": words.verdict(comparison.verdict)]), String(comparison.municipal.item.head),
                         comparison.municipal.item.rawValue, TargetText.labelled(comparison.municipal.target),
                         district?.item.rawValue ?? "", district.map { TargetText.labelled($0.target) } ?? "",
                         "", "", district.flatMap { self.task($0.item) }?.lead.joined(separator: "、") ?? "",
                         TargetText.note(comparison, words) ?? ""])
        }
        return CSVText.document(words.csvHeaders, rows)
    }
}
