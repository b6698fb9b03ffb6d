/// The draft as plain text and as Markdown.
///
/// The text is the plan itself, in the district's layout, so that `planalign parse` reads it
/// back to the same outline plus the additions; each change carries a short mark and no
/// digit, so marks never read as targets. The Markdown shows old and new text side by side
/// and ends with the list of changes.
extension PlanDraft {
    /// The draft as a plan text.
    public func text(language: ReportLanguage = .chinese) -> String {
        render(language: language, markdown: false)
    }

    /// The draft as Markdown, with its change list.
    public func markdown(language: ReportLanguage = .chinese) -> String {
        var output = render(language: language, markdown: true)
        output += "\n## \(language.draft.changes)\n\n"
        output += MarkdownText.table([language.draft.number, language.draft.kind, language.draft.task, language.draft.change,
                                      language.draft.reason, language.draft.source], changes.map { change in
            [String(change.id), language.draft.kinds[change.kind] ?? change.kind.rawValue, change.task,
             DraftText.what(change), DraftText.why(change, language.draft), change.municipal.map { ref in
                "\(ref) \(sourceTitles[ref] ?? "")".trimmingBlanks
             } ?? ""]
        })
        return output
    }

    private func render(language: ReportLanguage, markdown: Bool) -> String {
        let words = language.draft
        var output = markdown ? "# \(title)\n\n> " : "\(title)\n"
        output += language.fill(words.note, ["municipal": municipalTitle, "legend": words.legend]) + "\n"
        for section in sections {
            let heading = section.marker + section.title + (section.added.map { mark($0, words, markdown: markdown) } ?? "")
            output += markdown ? "\n## \(heading)\n" : "\n\(heading)\n"
            for item in section.items {
                var paragraph = item.marker
                if let heading = item.heading { paragraph += heading + (markdown ? "  \n" : "\n") }
                for segment in item.body {
                    switch segment {
                    case .kept(let text): paragraph += markdown ? MarkdownText.escaped(text) : text
                    case .replaced(let old, let new, _):
                        paragraph += markdown ? "~~\(MarkdownText.escaped(old))~~**\(MarkdownText.escaped(new))**" : new
                    case .inserted(let text, let change):
                        paragraph += (markdown ? "**\(MarkdownText.escaped(text))**" : text) + mark(change, words, markdown: markdown) + "。"
                    case .flagged(let change): paragraph += mark(change, words, markdown: markdown)
                    }
                }
                paragraph += DraftText.owners(item)
                output += "\n" + paragraph + "\n"
            }
        }
        return output
    }

    /// A change's mark: the text's short mark, or in Markdown the mark with the change's number.
    private func mark(_ id: Int, _ words: DraftWords, markdown: Bool) -> String {
        // Changes are numbered from 1 in order: a change's number is its place in the list.
        guard changes.indices.contains(id - 1) else { return "" }
        let change = changes[id - 1]
        let mark = words.marks[change.kind] ?? ""
        return markdown ? "\(mark)〔\(id)〕" : mark
    }
}

enum DraftText {
    /// The owner block in the plan's own words, whatever the report's language:
    /// `（牵头科室：疾控科；责任单位：委属各单位）`.
    static func owners(_ item: DraftItem) -> String {
        var parts: [String] = []
        if !item.lead.isEmpty { parts.append("牵头科室：" + item.lead.joined(separator: "、")) }
        if !item.responsible.isEmpty { parts.append("责任单位：" + item.responsible.joined(separator: "、")) }
        return parts.isEmpty ? "" : "（" + parts.joined(separator: "；") + "）"
    }

    /// What a change changed, for the change list.
    static func what(_ change: DraftChange) -> String {
        switch change.kind {
        case .raisedTarget, .checkPeriod:
            return [change.from, change.to].compactMap { $0 }.map(TargetText.labelled).joined(separator: " → ")
        case .districtOnly:
            return "—"
        default:
            return change.text ?? ""
        }
    }

    /// Why a change was made, in `words`.
    static func why(_ change: DraftChange, _ words: DraftWords) -> String {
        var reason = TemplateText.fill(words.reasons[change.kind] ?? "", [
            "from": change.from.map(TargetText.bound) ?? "", "to": change.to.map(TargetText.bound) ?? "",
            "fromYear": change.from?.period.map(String.init) ?? "", "toYear": change.to?.period.map(String.init) ?? "",
            "lead": change.lead.joined(separator: "、"),
        ])
        if let municipal = change.municipalIndicator, let district = change.indicator {
            reason += "；" + TemplateText.fill(words.wordingFlag, ["from": district, "to": municipal])
        }
        return reason
    }
}
