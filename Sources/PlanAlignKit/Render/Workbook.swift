/// An Excel workbook (`.xlsx`, SpreadsheetML) of text sheets: every cell an inline string,
/// so refs such as `1.10` stay text and never turn into the number 1.1; the header row bold
/// and frozen; columns as wide as their content.
struct Workbook {
    struct Sheet {
        var name: String
        var header: [String]
        var rows: [[String]]
    }

    private(set) var sheets: [Sheet] = []

    /// Adds a sheet; its name is made valid (at most 31 characters, none of `[]:*?/\`) and unique.
    mutating func add(_ name: String, header: [String], rows: [[String]]) {
        var clean = String(name.unicodeScalars.filter { !"[]:*?/\\".unicodeScalars.contains($0) }.prefix(31).map(Character.init))
        if clean.isEmpty { clean = "Sheet" }
        var unique = clean, counter = 2
        while sheets.contains(where: { $0.name == unique }) {
            let suffix = " (\(counter))"
            unique = String(clean.prefix(31 - suffix.count)) + suffix
            counter += 1
        }
        sheets.append(Sheet(name: unique, header: header, rows: rows))
    }

    /// The workbook as `.xlsx` bytes.
    func package() -> [UInt8] {
        var zip = ZipWriter()
        let header = WordParts.header
        zip.add("[Content_Types].xml", text: header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + sheets.indices.map { "<Override PartName=\"/xl/worksheets/sheet\($0 + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" }.joined()
            + "</Types>")
        zip.add("_rels/.rels", text: header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>")
        zip.add("xl/workbook.xml", text: header + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
            + sheets.enumerated().map { "<sheet name=\"\(XMLText.escaped($1.name))\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }.joined()
            + "</sheets></workbook>")
        zip.add("xl/_rels/workbook.xml.rels", text: header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + sheets.indices.map { "<Relationship Id=\"rId\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>" }.joined()
            + "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
            + "</Relationships>")
        zip.add("xl/styles.xml", text: Workbook.styles)
        for (index, sheet) in sheets.enumerated() { zip.add("xl/worksheets/sheet\(index + 1).xml", text: Workbook.xml(sheet)) }
        return zip.bytes
    }

    /// Two fonts (plain, bold) and two cell formats (wrapped text; bold header on grey).
    static let styles = WordParts.header + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"等线\"/></font><font><b/><sz val=\"11\"/><name val=\"等线\"/></font></fonts>"
        + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFE8EEF4\"/></patternFill></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"2\"><xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
        + "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\" applyFill=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf></cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"

    /// One sheet: the header frozen, each column as wide as its longest cell (at most 60),
    /// printed landscape on A4 with every column on the page.
    static func xml(_ sheet: Sheet) -> String {
        let rows = [sheet.header] + sheet.rows
        let columns = rows.map(\.count).max() ?? 0
        var xml = WordParts.header + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        // Printed landscape, every column on the page's width.
        xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        xml += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        if columns > 0 {
            xml += "<cols>" + (0..<columns).map { column in
                let width = rows.map { column < $0.count ? TextCleaner.displayWidth($0[column].scalars) : 0 }.max() ?? 8
                return "<col min=\"\(column + 1)\" max=\"\(column + 1)\" width=\"\(min(60, max(8, width + 2)))\" customWidth=\"1\"/>"
            }.joined() + "</cols>"
        }
        xml += "<sheetData>"
        for (index, row) in rows.enumerated() {
            xml += "<row r=\"\(index + 1)\">"
            for (column, value) in row.enumerated() {
                xml += "<c r=\"\(reference(column))\(index + 1)\" s=\"\(index == 0 ? 1 : 0)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                    + XMLText.escaped(value) + "</t></is></c>"
            }
            xml += "</row>"
        }
        return xml + "</sheetData><pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
            + "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>"
    }

    /// A column's letters: 0 → A, 25 → Z, 26 → AA.
    static func reference(_ column: Int) -> String {
        var number = column + 1, letters = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return letters
    }
}

/// The gap report as a workbook: one sheet per kind of table, the links of every area in one
/// sheet, and one sheet per lead department with its gaps, targets to change and tasks, and an
/// empty column for its reply.
public enum WorkbookReport {
    public static func render(_ analysis: GapAnalysis, language: ReportLanguage = .chinese) -> [UInt8] {
        let words = language.office
        var workbook = Workbook()
        let tables = ReportLayout.blocks(analysis, language: language).compactMap { block -> ReportTable? in
            if case .table(let table) = block { return table }
            return nil
        }
        func first(_ kind: ReportTable.Kind) -> ReportTable? { tables.first { $0.kind == kind } }
        for kind in [ReportTable.Kind.summary, .behind, .missing] {
            if let table = first(kind) { workbook.add(words.sheets[kind] ?? kind.rawValue, header: table.header, rows: Array(table.rows)) }
        }
        // Every gap in one sheet: priorities nothing carries, weak candidates, uncovered clauses.
        var gaps: [[String]] = []
        for row in first(.unmapped)?.rows ?? [] { gaps.append([words.gapKinds["unmapped"] ?? "", row[0], "", row[1], "", row[2]]) }
        for row in first(.candidates)?.rows ?? [] { gaps.append([words.gapKinds["candidates"] ?? "", row[0], "", row[1], row[2], row[3]]) }
        for row in first(.uncoveredMeasures)?.rows ?? [] { gaps.append([words.gapKinds["uncoveredMeasures"] ?? "", row[0], row[1], row[2], row[3], row[4]]) }
        workbook.add(words.sheets[.unmapped] ?? "gaps", header: [words.gapColumn, language.priority, language.measure, language.nearestTasks,
                                                                   language.score + " / " + language.evidence, language.suggestedOwner], rows: gaps)
        let coverage = tables.filter { $0.kind == .coverage }
        if let header = coverage.first?.header {
            workbook.add(words.linksSheet, header: [words.area] + header, rows: zip(analysis.areas, coverage).flatMap { area, table in
                table.rows.map { ["\(area.section.ref). \(area.section.title)"] + $0 }
            })
        }
        for kind in [ReportTable.Kind.aggregates, .districtOnly] {
            if let table = first(kind) { workbook.add(words.sheets[kind] ?? kind.rawValue, header: table.header, rows: Array(table.rows)) }
        }
        for view in analysis.departments {
            var rows: [[String]] = view.nearbyGaps.map { [words.departmentRows["gap"] ?? "", $0.priority.rawValue, $0.measure, "", ""] }
            for comparison in analysis.comparisons(.behind) + analysis.comparisons(.byHand) {
                guard let district = comparison.district, view.tasks.contains(district.item) else { continue }
                rows.append([words.departmentRows["target"] ?? "", district.item.rawValue, district.target.indicator,
                             TargetText.bound(district.target) + " → " + TargetText.bound(comparison.municipal.target), ""])
            }
            rows += view.tasks.map { ref in [words.departmentRows["task"] ?? "", ref.rawValue, analysis.task(ref)?.title ?? "", "", ""] }
            workbook.add(view.name, header: words.departmentColumns, rows: rows)
        }
        return workbook.package()
    }
}
