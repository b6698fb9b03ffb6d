import Testing
@testable import PlanAlignKit

/// The layout steps that read the genre's numbering: rejoining wrapped lines, dropping
/// running headers and trailing navigation.
@Suite struct LayoutRepairTests {
    @Test func rejoinsLinesWrappedAcrossBlankLines() {
        let text = """
        一、坚持医防协同、关口前移，在加快打造“公共卫生综合

        防治引领区”上担使命、走前列

        1.强化疫情防控能力建设。加强传染病多渠道监测预警，推

        进传染病监测系统运用及国家传染病智能监测预警前置软件部署

        完善机场口岸疾病联防联控机制。

        2.提升应急救援能力。加强卫生应急队伍建设和基层骨干培训
        """
        let lines = OutlineParser.logicalLines(of: text).map(\.string)
        #expect(lines == [
            "一、坚持医防协同、关口前移，在加快打造“公共卫生综合防治引领区”上担使命、走前列",
            "1.强化疫情防控能力建设。加强传染病多渠道监测预警，推进传染病监测系统运用及国家传染病智能监测预警前置软件部署完善机场口岸疾病联防联控机制。",
            "2.提升应急救援能力。加强卫生应急队伍建设和基层骨干培训",
        ])
    }

    @Test func keepsSourceLinesOfRejoinedText() throws {
        let text = "一、第一部分的标题写得很长很长很长很长很长很长很长很长\n\n续行\n\n二、第二部分\n\n三、第三部分\n\n四、第四部分\n\n五、第五部分"
        let first = try #require(OutlineParser.logicalLines(of: text).first)
        #expect(first.firstLine == 1)
        #expect(first.lastLine == 3)
    }

    @Test func dropsLeadingSpaceAtPageBreaksAndTrailingNavigation() {
        let lines = OutlineParser.logicalLines(of: " 3.提升健康素养水平。\n正文内容。\n健康服务\n市卫生健康导航").map(\.string)
        #expect(lines == ["3.提升健康素养水平。", "正文内容。"])
    }

    @Test func dropsRepeatedRunningHeaders() {
        let text = (1...3).map { "某县卫生健康局文件\n第\($0)段内容。" }.joined(separator: "\n")
        #expect(!OutlineParser.logicalLines(of: text).map(\.string).contains("某县卫生健康局文件"))
    }

    /// A long plan holds a record for each of its lines while its layout is repaired: a
    /// line's text, first mark and marker fit in 32 bytes, an optional marker in 7.
    @Test func aNumberedLineTakesThirtyTwoBytes() {
        #expect(MemoryLayout<NumberingMarker?>.size == 7)
        #expect(MemoryLayout<LocatedText>.stride == 24)
        #expect(MemoryLayout<NumberedLine>.stride == 32)
    }

    @Test func packedMarkersKeepTheirValuesAndLinesTheirMarks() throws {
        let marker = NumberingMarker(style: .circled, number: 1_000_000, length: NumberingMarker.longest)
        #expect(marker.number == 1_000_000 && marker.length == 65_535 && marker.style == .circled)
        // A chapter marker followed by more blanks than a marker may take stops at the most it may take.
        let line = "第一章".scalars + Array(repeating: " ", count: 70_000) + "总体要求".scalars
        let read = try #require(NumberingMarker.read(line))
        #expect(read.style == .chapter && read.number == 1 && read.length == NumberingMarker.longest)
        // A standalone number with more trailers than a marker may take is no marker.
        #expect(NumberingMarker.readStandalone("3".scalars + Array(repeating: "、", count: 70_000)) == nil)
        var text = LocatedText("甲乙", line: 2_000_000_000)
        text.append(LocatedText("丙", line: 2_000_000_001))
        #expect(text.marks == [LineMark(offset: 0, line: 2_000_000_000), LineMark(offset: 2, line: 2_000_000_001)])
        #expect(text.line(at: 2) == 2_000_000_001)
    }

    /// The width a wrapped line is measured against, read from counts of widths, is the one a sort of all widths gives.
    @Test func percentileWidthIsTheSortedWidthAtItsRank() {
        var random = SplitMix(state: 27)
        for _ in 0..<50 {
            let lines = (0..<Int(random.next() % 300 + 1)).map { _ in
                NumberedLine(text: LocatedText(String(repeating: random.next() % 3 == 0 ? "a" : "汉", count: Int(random.next() % 40 + 1)), line: 1), marker: nil)
            }
            let widths = lines.map { TextCleaner.displayWidth($0.text.characters) }, sorted = widths.sorted()
            for rank in [0, lines.count / 2, lines.count * 9 / 10, lines.count - 1] {
                #expect(LayoutRepair.percentileWidth(of: widths, rank: rank) == sorted[rank])
            }
        }
    }
}
