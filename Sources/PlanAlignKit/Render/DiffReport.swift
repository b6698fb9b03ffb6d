/// The words of a comparison of two versions of a plan.
struct DiffWords: Sendable, Hashable {
    var title: String, oldVersion: String, newVersion: String, summary: String, figure: String, value: String
    var tasks: String, targets: String
    /// `{old}`, `{new}`, `{added}`, `{removed}`, `{renumbered}`, `{moved}`, `{changed}`, `{same}`.
    var tasksFigure: String
    /// `{added}`, `{removed}`, `{changed}`.
    var targetsFigure: String
    var added: String, removed: String, renumbered: String, textChanged: String, targetChanges: String
    var oldRef: String, newRef: String, task: String, oldSection: String, newSection: String, indicator: String, before: String, after: String
    var none: String
    var kind: String
    /// CSV kinds.
    var kinds: [String: String]

    static let chinese = DiffWords(
        title: "计划版本比对", oldVersion: "原版本", newVersion: "新版本", summary: "概览", figure: "项目", value: "数值",
        tasks: "任务", targets: "指标",
        tasksFigure: "原 {old} 项、新 {new} 项：新增 {added}，删除 {removed}，重新编号 {renumbered}，移动 {moved}，文字修改 {changed}，未变 {same}",
        targetsFigure: "新增 {added}，删除 {removed}，修改 {changed}",
        added: "新增的任务", removed: "删除的任务", renumbered: "重新编号或移动的任务", textChanged: "文字修改", targetChanges: "指标变化",
        oldRef: "原编号", newRef: "新编号", task: "任务", oldSection: "原所在部分", newSection: "新所在部分", indicator: "指标", before: "原", after: "新",
        none: "（无）", kind: "类型",
        kinds: ["added": "新增任务", "removed": "删除任务", "renumbered": "重新编号", "moved": "移动", "text": "文字修改", "target": "指标变化"])

    static let english = DiffWords(
        title: "Plan versions compared", oldVersion: "Old version", newVersion: "New version", summary: "Summary", figure: "Figure", value: "Value",
        tasks: "Tasks", targets: "Targets",
        tasksFigure: "{old} old, {new} new: {added} added, {removed} removed, {renumbered} renumbered, {moved} moved, {changed} with text changed, {same} unchanged",
        targetsFigure: "{added} added, {removed} removed, {changed} changed",
        added: "Tasks added", removed: "Tasks removed", renumbered: "Tasks renumbered or moved", textChanged: "Text changed", targetChanges: "Targets changed",
        oldRef: "Old ref", newRef: "New ref", task: "Task", oldSection: "Old section", newSection: "New section", indicator: "Indicator", before: "Before", after: "After",
        none: "(none)", kind: "Kind",
        kinds: ["added": "task added", "removed": "task removed", "renumbered": "renumbered", "moved": "moved", "text": "text changed", "target": "target changed"])
}

/// A comparison of two plan versions as Markdown, JSON and CSV.
extension PlanDiff {
    /// The figures of the summary.
    var counts: (added: Int, removed: Int, renumbered: Int, moved: Int, changed: Int, same: Int, targets: (added: Int, removed: Int, changed: Int)) {
        let targets = items.flatMap(\.targets)
        let same = versions.matched.count - items.filter { !$0.isAdded && !$0.isRemoved }.count
        return (items.filter(\.isAdded).count, items.filter(\.isRemoved).count, items.filter(\.isRenumbered).count, items.filter(\.isMoved).count,
                items.filter { !$0.text.isEmpty }.count, same,
                (targets.filter { $0.old == nil }.count, targets.filter { $0.new == nil }.count, targets.filter { $0.old != nil && $0.new != nil }.count))
    }

    /// The comparison as Markdown, worded in `language`.
    public func markdown(language: ReportLanguage = .chinese) -> String {
        let words = language.diff, counts = counts
        var output = "# \(words.title)\n\n"
        output += "- \(words.oldVersion): \(versions.old.title) (`\(FileBytes.name(versions.old.path))`)\n"
        output += "- \(words.newVersion): \(versions.new.title) (`\(FileBytes.name(versions.new.path))`)\n\n"
        output += "## \(words.summary)\n\n" + MarkdownText.table([words.figure, words.value], [
            [words.tasks, language.fill(words.tasksFigure, ["old": String(versions.old.items.count), "new": String(versions.new.items.count),
                                                            "added": String(counts.added), "removed": String(counts.removed),
                                                            "renumbered": String(counts.renumbered), "moved": String(counts.moved),
                                                            "changed": String(counts.changed), "same": String(counts.same)])],
            [words.targets, language.fill(words.targetsFigure, ["added": String(counts.targets.added), "removed": String(counts.targets.removed),
                                                                "changed": String(counts.targets.changed)])],
        ])
        func section(_ heading: String, _ header: [String], _ rows: [[String]]) {
            output += "\n## \(heading)\n\n" + (rows.isEmpty ? words.none + "\n" : MarkdownText.table(header, rows))
        }
        section(words.added, [words.newRef, words.task], items.filter(\.isAdded).map { [$0.new?.rawValue ?? "", $0.title] })
        section(words.removed, [words.oldRef, words.task], items.filter(\.isRemoved).map { [$0.old?.rawValue ?? "", $0.title] })
        section(words.renumbered, [words.oldRef, words.newRef, words.task, words.oldSection, words.newSection],
                items.filter { $0.isRenumbered || $0.isMoved }.map { [$0.old?.rawValue ?? "", $0.new?.rawValue ?? "", $0.title, $0.movedFrom ?? "", $0.movedTo ?? ""] })
        output += "\n## \(words.textChanged)\n\n"
        let changed = items.filter { !$0.text.isEmpty }
        if changed.isEmpty { output += words.none + "\n" }
        for item in changed {
            output += "- \(item.old?.rawValue ?? "") → \(item.new?.rawValue ?? "") \(MarkdownText.escaped(item.title))：" + PlanDiff.excerpt(item.text) + "\n"
        }
        section(words.targetChanges, [words.task, words.indicator, words.before, words.after], items.flatMap { item in
            item.targets.map { change in
                ["\(item.new ?? item.old ?? "") \(item.title)", (change.new ?? change.old)?.indicator ?? "",
                 change.old.map(TargetText.bound) ?? "—", change.new.map(TargetText.bound) ?? "—"]
            }
        })
        return output
    }

    /// How many characters of kept text stand on each side of a change in an excerpt.
    static let context = 12

    /// The changed runs with a little kept text around them: `…控制在~~46~~**40**/10万以下…`.
    static func excerpt(_ runs: [TextRun]) -> String {
        var output = ""
        for (index, run) in runs.enumerated() {
            switch run {
            case .removed(let text): output += "~~\(MarkdownText.escaped(text))~~"
            case .inserted(let text): output += "**\(MarkdownText.escaped(text))**"
            case .same(let text):
                let scalars = text.scalars
                let first = index == 0, last = index == runs.count - 1
                if scalars.count <= 2 * context || (!first && !last && scalars.count <= 2 * context + 1) {
                    output += MarkdownText.escaped(first && scalars.count > context ? "…" + String(scalars: Array(scalars.suffix(context)))
                        : last && scalars.count > context ? String(scalars: Array(scalars.prefix(context))) + "…" : text)
                } else {
                    let head = first ? "" : String(scalars: Array(scalars.prefix(context)))
                    let tail = last ? "" : String(scalars: Array(scalars.suffix(context)))
                    output += MarkdownText.escaped(head) + "…" + MarkdownText.escaped(tail)
                }
            }
        }
        return output
    }

    /// The comparison as JSON.
    public var json: JSONValue {
        let counts = counts
        return .object([
            ("old", .object([("title", .string(versions.old.title)), ("file", .string(FileBytes.name(versions.old.path))),
                             ("items", .number(Double(versions.old.items.count)))])),
            ("new", .object([("title", .string(versions.new.title)), ("file", .string(FileBytes.name(versions.new.path))),
                             ("items", .number(Double(versions.new.items.count)))])),
            ("summary", .object([("added", .number(Double(counts.added))), ("removed", .number(Double(counts.removed))),
                                 ("renumbered", .number(Double(counts.renumbered))), ("moved", .number(Double(counts.moved))),
                                 ("textChanged", .number(Double(counts.changed))), ("unchanged", .number(Double(counts.same)))])),
            ("matched", .array(versions.matched.map { match in
                .object([("old", .string(match.old.rawValue)), ("new", .string(match.new.rawValue)), ("similarity", .number(match.similarity))])
            })),
            ("changes", .array(items.map { item in
                .object([
                    ("old", .string(item.old?.rawValue)), ("new", .string(item.new?.rawValue)), ("title", .string(item.title)),
                    ("movedFrom", .string(item.movedFrom)), ("movedTo", .string(item.movedTo)),
                    ("text", .array(item.text.map { run in
                        switch run {
                        case .same(let text): return .object([("same", .string(text))])
                        case .removed(let text): return .object([("removed", .string(text))])
                        case .inserted(let text): return .object([("inserted", .string(text))])
                        }
                    })),
                    ("targets", .array(item.targets.map { change in
                        .object([("old", change.old?.json() ?? .null), ("new", change.new?.json() ?? .null)])
                    })),
                ])
            })),
        ])
    }

    /// The comparison as CSV, one row per change, headers and kinds in `language`; refs as text.
    public func csv(language: ReportLanguage = .chinese) -> String {
        let words = language.diff
        var rows: [[String]] = []
        for item in items {
            let refs = [item.old?.rawValue ?? "", item.new?.rawValue ?? ""]
            if item.isAdded { rows.append([words.kinds["added"] ?? "added"] + refs + [item.title, "", ""]) }
            if item.isRemoved { rows.append([words.kinds["removed"] ?? "removed"] + refs + [item.title, "", ""]) }
            if item.isRenumbered { rows.append([words.kinds["renumbered"] ?? "renumbered"] + refs + [item.title, item.old?.rawValue ?? "", item.new?.rawValue ?? ""]) }
            if item.isMoved { rows.append([words.kinds["moved"] ?? "moved"] + refs + [item.title, item.movedFrom ?? "", item.movedTo ?? ""]) }
            if !item.text.isEmpty {
                let removed = item.text.compactMap { if case .removed(let text) = $0 { return text }; return nil }.joined(separator: " / ")
                let inserted = item.text.compactMap { if case .inserted(let text) = $0 { return text }; return nil }.joined(separator: " / ")
                rows.append([words.kinds["text"] ?? "text"] + refs + [item.title, removed, inserted])
            }
            for change in item.targets where !item.isAdded && !item.isRemoved {
                rows.append([words.kinds["target"] ?? "target"] + refs + [item.title, change.old.map(TargetText.labelled) ?? "", change.new.map(TargetText.labelled) ?? ""])
            }
        }
        return CSVText.document([words.kind, words.oldRef, words.newRef, words.task, words.before, words.after], rows)
    }
}
