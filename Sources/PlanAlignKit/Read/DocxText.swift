import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the paragraphs of a Word `.docx` file, with list numbering as it is displayed
/// (`一、`, `（一）`, `1.`) recovered from `word/numbering.xml`.
public enum DocxText {
    /// The text of the document, one line per paragraph.
    public static func text(from bytes: [UInt8], path: String) throws -> String {
        let archive = try ZipArchive(bytes: bytes, path: path)
        guard let document = try archive.contents(of: "word/document.xml") else {
            throw InputError.unreadable(path: path, reason: "a .docx without word/document.xml")
        }
        let numbering = try archive.contents(of: "word/numbering.xml").map { NumberingDefinitions(xml: $0) } ?? NumberingDefinitions()
        let reader = ParagraphReader(numbering: numbering)
        let parser = XMLParser(data: Data(document))
        parser.delegate = reader
        guard parser.parse() else {
            throw InputError.unreadable(path: path, reason: "word/document.xml is not well-formed XML (line \(parser.lineNumber))")
        }
        return reader.paragraphs.joined(separator: "\n")
    }

    /// One level of a list: its format, its text pattern and where it starts.
    struct Level {
        var format = "decimal"
        var text = "%1."
        var start = 1
    }

    /// The list definitions of `word/numbering.xml`: levels by abstract list, lists by id.
    final class NumberingDefinitions: NSObject, XMLParserDelegate {
        var abstract: [String: [Int: Level]] = [:]
        var lists: [String: String] = [:]
        private var currentAbstract: String?
        private var currentLevel: Int?
        private var currentNum: String?

        override init() {}

        init(xml: [UInt8]) {
            super.init()
            let parser = XMLParser(data: Data(xml))
            parser.delegate = self
            _ = parser.parse()
        }

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let value = attributes["w:val"]
            switch element {
            case "w:abstractNum": currentAbstract = attributes["w:abstractNumId"]
            case "w:lvl": currentLevel = attributes["w:ilvl"].flatMap(Int.init)
            case "w:numFmt": update { $0.format = value ?? "decimal" }
            case "w:lvlText": update { $0.text = value ?? "" }
            case "w:start": update { $0.start = value.flatMap(Int.init) ?? 1 }
            case "w:num": currentNum = attributes["w:numId"]
            case "w:abstractNumId": if let currentNum, let value { lists[currentNum] = value }
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            if element == "w:lvl" { currentLevel = nil }
            if element == "w:abstractNum" { currentAbstract = nil }
            if element == "w:num" { currentNum = nil }
        }

        private func update(_ change: (inout Level) -> Void) {
            guard let currentAbstract, let currentLevel else { return }
            var level = abstract[currentAbstract]?[currentLevel] ?? Level()
            change(&level)
            abstract[currentAbstract, default: [:]][currentLevel] = level
        }

        func level(list: String, level: Int) -> Level? {
            lists[list].flatMap { abstract[$0]?[level] }
        }
    }

    /// Collects paragraph text and numbering from `word/document.xml`.
    final class ParagraphReader: NSObject, XMLParserDelegate {
        let numbering: NumberingDefinitions
        var paragraphs: [String] = []
        private var text = ""
        private var inText = false
        private var list: String?
        private var level = 0
        private var counters: [String: [Int: Int]] = [:]

        init(numbering: NumberingDefinitions) { self.numbering = numbering }

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch element {
            case "w:p": text = ""; list = nil; level = 0
            case "w:t": inText = true
            case "w:tab": text += "\t"
            case "w:br", "w:cr": text += "\n"
            case "w:ilvl": level = attributes["w:val"].flatMap(Int.init) ?? 0
            case "w:numId": list = attributes["w:val"]
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { text += string }
        }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            if element == "w:t" { inText = false }
            if element == "w:p" { paragraphs.append(prefix() + text) }
        }

        /// The number as displayed, advancing the list's counters.
        private func prefix() -> String {
            guard let list, list != "0", let definition = numbering.level(list: list, level: level) else { return "" }
            var levels = counters[list, default: [:]]
            levels[level] = (levels[level] ?? (definition.start - 1)) + 1
            for deeper in levels.keys where deeper > level { levels[deeper] = nil }
            counters[list] = levels
            var shown = definition.text
            for (depth, count) in levels {
                let format = numbering.level(list: list, level: depth)?.format ?? "decimal"
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
