/// A Word document (`.docx`, WordprocessingML) built paragraph by paragraph: the genre's page
/// and fonts, tracked insertions and deletions, comments, tables with repeated header rows.
///
/// The fonts are the ones official documents use, each with a fallback that WPS and
/// LibreOffice find on machines without it: 方正小标宋简体 (黑体) for the title, 黑体 and
/// 楷体_GB2312 (楷体) for headings, 仿宋_GB2312 (仿宋) for the body in 三号.
struct WordDocument {
    /// The author and date every tracked change and comment carries.
    var author = "PlanAlign"
    /// An ISO 8601 date and time (`2026-12-01T00:00:00Z`).
    var date: String

    /// The paragraph styles of the genre.
    enum Style: String {
        case title = "DocTitle", heading1 = "Heading1", heading2 = "Heading2", body = "BodyText", note = "NoteText", cell = "TableText"
    }

    /// One piece of a paragraph.
    enum Piece {
        case text(String, bold: Bool = false)
        case inserted(String)
        case deleted(String)
        case commentStart(Int)
        /// Ends the comment's range and places its reference.
        case commentEnd(Int)
    }

    private var body = ""
    private var comments: [(id: Int, text: [String])] = []
    private var revision = 0

    init(date: String) {
        self.date = date
    }

    /// Adds a paragraph; `inserted` marks the paragraph itself as new (its mark is tracked too).
    mutating func paragraph(_ style: Style, _ pieces: [Piece], inserted: Bool = false) {
        var xml = "<w:p><w:pPr><w:pStyle w:val=\"\(style.rawValue)\"/>"
        if inserted { xml += "<w:rPr><w:ins w:id=\"\(nextRevision())\" w:author=\"\(author)\" w:date=\"\(date)\"/></w:rPr>" }
        xml += "</w:pPr>"
        for piece in pieces {
            switch piece {
            case .text(let text, let bold): xml += run(text, bold: bold)
            case .inserted(let text):
                xml += "<w:ins w:id=\"\(nextRevision())\" w:author=\"\(author)\" w:date=\"\(date)\">\(run(text, bold: false))</w:ins>"
            case .deleted(let text):
                xml += "<w:del w:id=\"\(nextRevision())\" w:author=\"\(author)\" w:date=\"\(date)\"><w:r><w:delText xml:space=\"preserve\">"
                    + XMLText.escaped(text) + "</w:delText></w:r></w:del>"
            case .commentStart(let id): xml += "<w:commentRangeStart w:id=\"\(id)\"/>"
            case .commentEnd(let id):
                xml += "<w:commentRangeEnd w:id=\"\(id)\"/><w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr><w:commentReference w:id=\"\(id)\"/></w:r>"
            }
        }
        body += xml + "</w:p>"
    }

    /// Adds a table whose first row is its header, repeated on every page.
    mutating func table(_ header: [String], _ rows: [[String]], widths: [Int]) {
        var xml = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/>"
        xml += "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>" }.joined()
        xml += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        for (index, row) in ([header] + rows).enumerated() {
            xml += "<w:tr>" + (index == 0 ? "<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>" : "<w:trPr><w:cantSplit/></w:trPr>")
            for (column, cell) in row.enumerated() {
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(column < widths.count ? widths[column] : 1000)\" w:type=\"dxa\"/></w:tcPr>"
                xml += "<w:p><w:pPr><w:pStyle w:val=\"\(Style.cell.rawValue)\"/></w:pPr>\(run(cell, bold: index == 0))</w:p></w:tc>"
            }
            xml += "</w:tr>"
        }
        body += xml + "</w:tbl>"
    }

    /// Adds a comment, one paragraph per line of `text`.
    mutating func comment(_ id: Int, _ text: [String]) {
        comments.append((id, text))
    }

    private mutating func nextRevision() -> Int {
        revision += 1
        return 1000 + revision
    }

    private func run(_ text: String, bold: Bool) -> String {
        "<w:r>" + (bold ? "<w:rPr><w:b/></w:rPr>" : "") + "<w:t xml:space=\"preserve\">" + XMLText.escaped(text) + "</w:t></w:r>"
    }

    /// The document as `.docx` bytes.
    func package() -> [UInt8] {
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", text: WordParts.contentTypes)
        zip.add("_rels/.rels", text: WordParts.packageRelationships)
        zip.add("word/_rels/document.xml.rels", text: WordParts.documentRelationships)
        zip.add("word/document.xml", text: WordParts.header + "<w:document \(WordParts.namespaces)><w:body>" + body + WordParts.section + "</w:body></w:document>")
        zip.add("word/styles.xml", text: WordParts.styles)
        zip.add("word/settings.xml", text: WordParts.settings)
        zip.add("word/fontTable.xml", text: WordParts.fonts)
        zip.add("word/footer1.xml", text: WordParts.footer)
        zip.add("word/comments.xml", text: WordParts.header + "<w:comments \(WordParts.namespaces)>" + comments.map { comment in
            "<w:comment w:id=\"\(comment.id)\" w:author=\"\(author)\" w:date=\"\(date)\" w:initials=\"PA\">"
                + comment.text.map { "<w:p><w:pPr><w:pStyle w:val=\"CommentText\"/></w:pPr>\(run($0, bold: false))</w:p>" }.joined() + "</w:comment>"
        }.joined() + "</w:comments>")
        zip.add("docProps/core.xml", text: WordParts.core)
        return zip.bytes
    }
}

/// Escaping for XML text and attribute values.
enum XMLText {
    static func escaped(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            default:
                // Control characters other than tab and line breaks are not allowed in XML 1.0.
                if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" { continue }
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
