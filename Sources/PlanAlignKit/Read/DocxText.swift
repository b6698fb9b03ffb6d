/// Reads the paragraphs of a Word `.docx` file, with list numbering as it is displayed
/// (`一、`, `（一）`, `1.`) recovered from `word/numbering.xml`.
public enum DocxText {
    /// The text of the document, one line per paragraph.
    public static func text(from bytes: [UInt8], path: String) throws -> String {
        let archive = try ZipArchive(bytes: bytes, path: path)
        guard let document = try archive.contents(of: "word/document.xml") else {
            throw InputError.unreadable(path: path, reason: "a .docx without word/document.xml")
        }
        let numbering = try archive.contents(of: "word/numbering.xml").map(NumberingDefinitions.init(xml:)) ?? NumberingDefinitions()
        var paragraphs: [String] = []
        var text = "", inText = false, list: String?, level = 0
        var counters: [String: [Int: Int]] = [:]
        // A table row is one line, its cells separated by tabs; a cell's paragraphs by spaces.
        var cellDepth = 0, cell: [String] = [], row: [String] = []
        XMLScanner.scan(document) { event in
            switch event {
            case .start(let name, let attributes, _):
                switch name {
                case "w:p": text = ""; list = nil; level = 0
                case "w:tc": cellDepth += 1; cell = []
                case "w:tr": row = []
                case "w:t": inText = true
                case "w:tab": text += "\t"
                case "w:br", "w:cr": text += "\n"
                case "w:ilvl": level = attributes["w:val"].flatMap(Int.init) ?? 0
                case "w:numId": list = attributes["w:val"]
                default: break
                }
            case .text(let content): if inText { text += content }
            case .end(let name):
                if name == "w:t" { inText = false }
                if name == "w:p" {
                    let paragraph = numbering.prefix(list: list, level: level, counters: &counters) + text
                    if cellDepth > 0 { cell.append(paragraph) } else { paragraphs.append(paragraph) }
                }
                if name == "w:tc" {
                    cellDepth = max(0, cellDepth - 1)
                    row.append(cell.joined(separator: " ").replacingAll("\t", with: " "))
                }
                if name == "w:tr" { paragraphs.append(row.joined(separator: "\t")) }
            }
        }
        return paragraphs.joined(separator: "\n")
    }

    /// One level of a list: its format, its text pattern and where it starts.
    struct Level {
        var format = "decimal"
        var text = "%1."
        var start = 1
    }

    /// The list definitions of `word/numbering.xml`: levels by abstract list, lists by id.
    struct NumberingDefinitions {
        var abstract: [String: [Int: Level]] = [:]
        var lists: [String: String] = [:]

        init() {}

        init(xml: [UInt8]) {
            var currentAbstract: String?, currentLevel: Int?, currentNum: String?
            var abstract: [String: [Int: Level]] = [:], lists: [String: String] = [:]
            func update(_ change: (inout Level) -> Void) {
                guard let currentAbstract, let currentLevel else { return }
                var level = abstract[currentAbstract]?[currentLevel] ?? Level()
                change(&level)
                abstract[currentAbstract, default: [:]][currentLevel] = level
            }
            XMLScanner.scan(xml) { event in
                switch event {
                case .start(let name, let attributes, _):
                    let value = attributes["w:val"]
                    switch name {
                    case "w:abstractNum": currentAbstract = attributes["w:abstractNumId"]
                    case "w:lvl": currentLevel = attributes["w:ilvl"].flatMap(Int.init)
                    case "w:numFmt": update { $0.format = value ?? "decimal" }
                    case "w:lvlText": update { $0.text = value ?? "" }
                    case "w:start": update { $0.start = value.flatMap(Int.init) ?? 1 }
                    case "w:num": currentNum = attributes["w:numId"]
                    case "w:abstractNumId": if let currentNum, let value { lists[currentNum] = value }
                    default: break
                    }
                case .end(let name):
                    if name == "w:lvl" { currentLevel = nil }
                    if name == "w:abstractNum" { currentAbstract = nil }
                    if name == "w:num" { currentNum = nil }
                case .text: break
                }
            }
            self.abstract = abstract
            self.lists = lists
        }

        func level(list: String, level: Int) -> Level? {
            lists[list].flatMap { abstract[$0]?[level] }
        }

        /// The number as displayed for a paragraph of `list` at `level`, advancing the counters.
        func prefix(list: String?, level: Int, counters: inout [String: [Int: Int]]) -> String {
            guard let list, list != "0", (0...8).contains(level), let definition = self.level(list: list, level: level) else { return "" }
            var levels = counters[list, default: [:]]
            levels[level] = min((levels[level] ?? (definition.start - 1)) + 1, 100_000)
            for deeper in levels.keys where deeper > level { levels[deeper] = nil }
            counters[list] = levels
            var shown = definition.text
            for (depth, count) in levels.sorted(by: { $0.key < $1.key }) {
                let format = self.level(list: list, level: depth)?.format ?? "decimal"
                shown = shown.replacingAll("%\(depth + 1)", with: DocxText.format(count, as: format))
            }
            return shown
        }
    }

    /// A list number in a Word number format.
    static func format(_ number: Int, as format: String) -> String {
        switch format {
        case "chineseCounting", "chineseCountingThousand", "ideographTraditional", "taiwaneseCounting", "chineseLegalSimplified":
            return chineseNumeral(number)
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
            return (1...20).contains(number) ? String(Unicode.Scalar(0x2460 + UInt32(number) - 1) ?? "?") : String(number)
        case "upperLetter": return (1...26).contains(number) ? String(Unicode.Scalar(0x40 + UInt32(number)) ?? "?") : String(number)
        case "lowerLetter": return (1...26).contains(number) ? String(Unicode.Scalar(0x60 + UInt32(number)) ?? "?") : String(number)
        default: return String(number)
        }
    }

    /// 1 to 99 in Chinese numerals: 一, 十一, 二十三.
    static func chineseNumeral(_ number: Int) -> String {
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard (1...99).contains(number) else { return String(number) }
        if number < 10 { return digits[number] }
        let tens = number / 10, ones = number % 10
        return (tens == 1 ? "" : digits[tens]) + "十" + digits[ones]
    }
}
