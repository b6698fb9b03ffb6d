/// The numbering styles of Chinese official documents, from the outermost level in.
public enum NumberingStyle: Int, Sendable, Comparable, CaseIterable, Codable {
    /// `第一篇` or `第一部分`: the parts of a long plan.
    case part
    /// `第一章`: the chapters of a five-year or special plan.
    case chapter
    /// `第一节`: the sections of a chapter.
    case chapterSection
    /// A line holding nothing but a number, as web articles set their section badges.
    case standalone
    /// `一、`
    case chineseComma
    /// `（一）`
    case chineseParenthesised
    /// `1.`, `1．` or `1、`
    case arabicDot
    /// `（1）`
    case arabicParenthesised
    /// `①`
    case circled

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Whether the style sits at the outermost level of an outline.
    var isTopLevel: Bool { self == .standalone || self == .chineseComma || isChapterLevel }

    /// Whether the style is one of the chapter plan's `第…篇/章/节`.
    var isChapterLevel: Bool { self == .part || self == .chapter || self == .chapterSection }
}

/// A numbering marker at the start of a line, such as `（十六）` or `3.`.
public struct NumberingMarker: Sendable, Hashable {
    /// The number and length, held in 32 and 16 bits, and the style after them, so that a
    /// marker takes 7 bytes and an optional one no more: every line of a plan carries its
    /// marker, and a marker's number has at most a few digits. No reader reads a marker
    /// longer than `NumberingMarker.longest` characters.
    private var storedNumber: Int32, storedLength: UInt16
    /// The numbering style.
    public var style: NumberingStyle

    /// The most characters a marker takes.
    static let longest = Int(UInt16.max)

    /// The number, with Chinese numerals converted.
    public var number: Int {
        get { Int(storedNumber) }
        set { storedNumber = Int32(clamping: newValue) }
    }

    /// How many characters the marker takes at the start of the line.
    public var length: Int {
        get { Int(storedLength) }
        set { storedLength = UInt16(clamping: newValue) }
    }

    /// The marker of `number` in `style`, taking `length` characters.
    public init(style: NumberingStyle, number: Int, length: Int) {
        storedNumber = Int32(clamping: number)
        storedLength = UInt16(clamping: length)
        self.style = style
    }

    /// The marker for `number` in `style`, as a plan writes it: `20.`, `（三）`, `五、`.
    static func written(_ number: Int, style: NumberingStyle) -> String {
        let chinese = ChineseNumeral.written(number)
        switch style {
        case .part: return "第" + chinese + "篇"
        case .chapter: return "第" + chinese + "章"
        case .chapterSection: return "第" + chinese + "节"
        case .standalone: return String(number)
        case .chineseComma: return chinese + "、"
        case .chineseParenthesised: return "（" + chinese + "）"
        case .arabicDot: return "\(number)."
        case .arabicParenthesised: return "（\(number)）"
        case .circled: return Unicode.Scalar(0x2460 + UInt32(max(0, min(number - 1, 19)))).map { String(Character($0)) } ?? String(number)
        }
    }

    /// Reads the marker at the start of `line`, if any.
    ///
    /// A number followed by a digit (`1.4万`), by nothing, or by a unit (`1 所`) is no marker.
    public static func read(_ line: [Unicode.Scalar]) -> NumberingMarker? {
        guard let first = line.first else { return nil }
        if first == "第", let marker = readChapter(line) { return marker }
        if let marker = readStandalone(line) { return marker }
        if first == "（" || first == "(" { return readParenthesised(line) }
        if (0x2460...0x2473).contains(first.value), line.count > 1 {
            return NumberingMarker(style: .circled, number: Int(first.value - 0x2460 + 1), length: 1)
        }
        if first.isASCIIDigit {
            var end = 0
            while end < line.count, line[end].isASCIIDigit { end += 1 }
            guard end <= 3, end < line.count - 1, CharacterSets.arabicMarkerEnds.contains(line[end]) else { return nil }
            let next = line[end + 1]
            guard !next.isASCIIDigit, next != " " || line.count > end + 2, let number = Int(String(scalars: line[..<end])) else { return nil }
            return NumberingMarker(style: .arabicDot, number: number, length: end + 1)
        }
        if ChineseNumeral.digit(first) != nil || first == "十" {
            guard let comma = line.prefix(6).firstIndex(of: "、"), comma <= 4, comma < line.count - 1,
                  let number = ChineseNumeral.value(of: String(scalars: line[..<comma])) else { return nil }
            return NumberingMarker(style: .chineseComma, number: Int(number), length: comma + 1)
        }
        return nil
    }

    /// `第一章 总体要求`, `第三节`, `第二篇`, `第一部分`: a Chinese numeral between 第 and its
    /// level word, at the start of a line.
    static func readChapter(_ line: [Unicode.Scalar]) -> NumberingMarker? {
        let levels: [(word: [Unicode.Scalar], style: NumberingStyle)] = [("部分".scalars, .part), ("篇".scalars, .part), ("章".scalars, .chapter), ("节".scalars, .chapterSection)]
        for end in 2...min(6, line.count) {
            for level in levels where end + level.word.count <= line.count && line[end..<(end + level.word.count)].elementsEqual(level.word) {
                let numeral = String(scalars: line[1..<end])
                guard let number = ChineseNumeral.value(of: numeral), number >= 1, !numeral.includes("点") else { continue }
                var length = end + level.word.count
                while length < min(line.count, NumberingMarker.longest), line[length] == " " || line[length] == "\u{3000}" { length += 1 }
                return NumberingMarker(style: level.style, number: Int(number), length: length)
            }
        }
        return nil
    }

    static func readParenthesised(_ line: [Unicode.Scalar]) -> NumberingMarker? {
        guard let close = line.firstIndex(where: { $0 == "）" || $0 == ")" }), close >= 2, close <= 5,
              close < line.count - 1 else { return nil }
        let inner = String(scalars: line[1..<close])
        if inner.unicodeScalars.allSatisfy(\.isASCIIDigit), let number = Int(inner) {
            return NumberingMarker(style: .arabicParenthesised, number: number, length: close + 1)
        }
        if let number = ChineseNumeral.value(of: inner), !inner.includes("点"), !inner.includes("万") {
            return NumberingMarker(style: .chineseParenthesised, number: Int(number), length: close + 1)
        }
        return nil
    }

    static func readStandalone(_ line: [Unicode.Scalar]) -> NumberingMarker? {
        var body = line
        while let last = body.last, CharacterSets.markerTrailers.contains(last) { body.removeLast() }
        guard !body.isEmpty, body.count <= 3, line.count <= NumberingMarker.longest else { return nil }
        let text = String(scalars: body)
        if body.allSatisfy(\.isASCIIDigit), let number = Int(text), number > 0 {
            return NumberingMarker(style: .standalone, number: number, length: line.count)
        }
        if let number = ChineseNumeral.value(of: text), !text.includes("点"), !text.includes("万") {
            return NumberingMarker(style: .standalone, number: Int(number), length: line.count)
        }
        return nil
    }
}
