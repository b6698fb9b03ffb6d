/// The draft as a Word document: each change a tracked change by PlanAlign (a deletion and
/// an insertion, or an insertion), with a comment that says what it is, why, and from which
/// municipal item. A planner accepts or rejects each one in Word or WPS.
extension PlanDraft {
    /// The draft as `.docx` bytes; `date` (`YYYY-MM-DD`) is the date its changes carry.
    public func docx(language: ReportLanguage = .chinese, date: String) -> [UInt8] {
        let words = language.draft
        var document = WordDocument(date: date + "T00:00:00Z")
        document.paragraph(.title, [.text(title)])
        document.paragraph(.note, [.text(language.fill(words.note, ["municipal": municipalTitle, "legend": words.legend]))])
        // Every change is referenced in the text: each gets its comment.
        for change in changes {
            let source = change.municipal.map { "\(words.source)：\($0) \(sourceTitles[$0] ?? "")" }
            document.comment(change.id, ["\(change.id). \(words.kinds[change.kind] ?? change.kind.rawValue)：\(DraftText.what(change))",
                                         DraftText.why(change, words)] + (source.map { [$0] } ?? []))
        }
        for section in sections {
            let heading = section.marker + section.title
            if let added = section.added {
                document.paragraph(.heading1, [.commentStart(added), .inserted(heading), .commentEnd(added)], inserted: true)
            } else {
                document.paragraph(.heading1, [.text(heading)])
            }
            for item in section.items { paragraph(item, into: &document) }
        }
        return document.package()
    }

    /// One task: its number, heading and body, each change tracked and commented, then its owners.
    private func paragraph(_ item: DraftItem, into document: inout WordDocument) {
        let owners = DraftText.owners(item)
        // A stub is new as a whole: its number, heading and owners are inserted with its text.
        if item.source == nil, case .inserted(let text, let id)? = item.body.first {
            if item.heading != nil {
                document.paragraph(.heading2, [.commentStart(id), .inserted(item.marker + (item.heading ?? ""))], inserted: true)
                document.paragraph(.body, [.inserted(text + "。" + owners), .commentEnd(id)], inserted: true)
            } else {
                document.paragraph(.body, [.commentStart(id), .inserted(item.marker + text + "。" + owners), .commentEnd(id)], inserted: true)
            }
            return
        }
        if let heading = item.heading {
            document.paragraph(.heading2, [.text(item.marker + heading)])
        }
        var pieces: [WordDocument.Piece] = item.heading == nil ? [.text(item.marker)] : []
        for segment in item.body {
            switch segment {
            case .kept(let text): pieces.append(.text(text))
            case .replaced(let old, let new, let id):
                // The comment spans the target's phrase, from the changed value to the phrase's end (its mark).
                pieces += [.commentStart(id), .deleted(old), .inserted(new)]
            case .inserted(let text, let id):
                pieces += [.commentStart(id), .inserted(text + "。"), .commentEnd(id)]
            case .flagged(let id):
                let opened = item.body.contains { if case .replaced(_, _, id) = $0 { return true }; return false }
                pieces += opened ? [.commentEnd(id)] : [.commentStart(id), .commentEnd(id)]
            }
        }
        pieces.append(.text(owners))
        document.paragraph(.body, pieces)
    }
}
