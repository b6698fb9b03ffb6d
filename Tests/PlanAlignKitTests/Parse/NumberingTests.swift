import Testing
@testable import PlanAlignKit

@Suite struct NumberingTests {
    @Test(arguments: [
        ("一、坚持医防协同", NumberingStyle.chineseComma, 1),
        ("十二、加强党建", .chineseComma, 12),
        ("（一）加强传染病防控", .chineseParenthesised, 1),
        ("（十六）深化改革", .chineseParenthesised, 16),
        ("1.强化疫情防控能力建设", .arabicDot, 1),
        ("39．深化清廉医院建设", .arabicDot, 39),
        ("3、推进中医药服务", .arabicDot, 3),
        ("（1）完善机制", .arabicParenthesised, 1),
        ("②建立台账", .circled, 2),
        ("8", .standalone, 8),
    ])
    func readsEachNumberingStyle(line: String, style: NumberingStyle, number: Int) throws {
        let marker = try #require(NumberingMarker.read(line.scalars))
        #expect(marker.style == style)
        #expect(marker.number == number)
    }

    @Test(arguments: ["1所普惠性托育园，每千人口", "10%以上的社区卫生服务站", "1.4万 U（1U=200ml）以上", "2025年是收官之年", "2026-02-09 09:29"])
    func wrappedLinesStartingWithNumbersAreNotHeadings(line: String) {
        #expect(NumberingMarker.read(line.scalars) == nil)
    }

    @Test(arguments: [("十二", 12.0), ("二百", 200), ("一百零五", 105), ("两千", 2000), ("二点五亿", 250_000_000), ("三万", 30_000), ("十", 10),
                      ("九十九", 99), ("六千七百八十四", 6784), ("三点一四", 3.14), ("〇", 0), ("零点五万", 5_000), ("一亿二千万", 120_000_000)])
    func readsChineseNumerals(text: String, value: Double) {
        #expect(ChineseNumeral.value(of: text) == value)
        // The target scan reads the same numeral in place, from a slice of its text.
        let scalars = Array(("约" + text + "人").unicodeScalars)
        #expect(ChineseNumeral.value(of: scalars[1..<(scalars.count - 1)]) == value)
    }

    @Test(arguments: ["", "点", "万", "五点", "一二三四五六七八九十一二三四五六七", "十二个"])
    func readsNoValueFromWhatIsNotANumeral(text: String) {
        #expect(ChineseNumeral.value(of: text) == nil)
    }

    /// The numeral characters are exactly those a numeral is read from: every scalar of the
    /// Basic Multilingual Plane is asked, so a case left out of the switch, or one too many, shows.
    @Test func numeralCharactersAreExactlyTheListedOnes() {
        let numerals = Set("零〇一二两三四五六七八九十百千万亿点".unicodeScalars)
        for value in 0..<0x1_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(ChineseNumeral.isNumeralCharacter(scalar) == numerals.contains(scalar), "U+\(String(value, radix: 16, uppercase: true))")
        }
    }

    static func lines(_ texts: [String]) -> [NumberedLine] {
        texts.enumerated().map { NumberedLine(text: LocatedText($1, line: $0 + 1), marker: NumberingMarker.read($1.scalars)) }
    }

    /// A number that breaks its sequence on a line that does not read as a heading is text.
    @Test func outOfSequenceNumbersOnTextLinesAreNotAccepted() {
        let (markers, slips) = OutlineParser.acceptedMarkers(Self.lines(["1.甲乙。", "2.乙丙。", "5.2万人次，比上年增加", "3.丁戊。"]))
        #expect(markers.map { $0?.number } == [1, 2, nil, 3])
        #expect(slips.isEmpty)
    }

    @Test(arguments: [
        (["1.强化监测。", "2.提升能力。", "4.完善机制。", "5.加强保障。"], [1, 2, 4, 5], "line 3: expected 3., found 4."),
        (["1.强化监测。", "3.提升能力。", "3.完善机制。", "4.加强保障。"], [1, 2, 3, 4], "line 2: expected 2., found 3."),
        (["1.强化监测。", "2.提升能力。", "2.完善机制。", "5.加强保障。"], [1, 2, 3, 5], "line 3: expected 3., found 2."),
        (["（一）强化监测。", "（三）提升能力。", "（四）完善机制。"], [1, 3, 4], "line 2: expected （二）, found （三）"),
    ])
    func aNumberingSlipOnAHeadingIsKeptAndNoted(texts: [String], numbers: [Int], note: String) {
        let (markers, slips) = OutlineParser.acceptedMarkers(Self.lines(texts))
        #expect(markers.map { $0?.number } == numbers)
        #expect(slips.first?.note.description == note)
    }
}
