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

    @Test(arguments: [("十二", 12.0), ("二百", 200), ("一百零五", 105), ("两千", 2000), ("二点五亿", 250_000_000), ("三万", 30_000), ("十", 10)])
    func readsChineseNumerals(text: String, value: Double) {
        #expect(ChineseNumeral.value(of: text) == value)
    }

    @Test func outOfSequenceNumbersAreNotAccepted() {
        let markers = ["1.甲", "2.乙", "5.丙", "3.丁"].map { NumberingMarker.read($0.scalars) }
        #expect(OutlineParser.acceptedMarkers(markers).map { $0?.number } == [1, 2, nil, 3])
    }
}
