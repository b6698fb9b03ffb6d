import Testing
@testable import PlanAlignKit

@Suite struct TextCleanerTests {
    @Test func scalarsBecomeTheSameStringAtEveryUTF8Width() {
        let text = "a9é中文“”😀\u{10FFFF}"
        #expect(String(scalars: text.scalars) == text)
        #expect(String(scalars: text.scalars).utf8.count == text.utf8.count)
    }

    @Test(arguments: [
        ("４６／１０万", "46/10万"),
        ("达到９５％以上", "达到95%以上"),
        ("来源:重庆市卫生健康委", "来源：重庆市卫生健康委"),
        ("中国(重庆)中医药产业博览会", "中国（重庆）中医药产业博览会"),
        ("办公室（安稳办）", "办公室（安稳办）"),
        ("09:29", "09:29"),
        ("１Ｕ＝２００ｍｌ", "1U=200ml"),
    ])
    func normalisesFullWidthFormsAndChinesePunctuation(input: String, expected: String) {
        #expect(TextCleaner.normalizeCharacters(input) == expected)
    }

    @Test(arguments: [
        ("结核病报告发病率控制在 46/10 万以下", "结核病报告发病率控制在46/10万以下"),
        ("居民健康素养水平提升至 38%", "居民健康素养水平提升至38%"),
        ("2025 年 3 月 8 日", "2025年3月8日"),
        ("逐步探索 AI 质控工作", "逐步探索 AI 质控工作"),
        ("接种 HPV 疫苗", "接种 HPV 疫苗"),
        ("完成团体无偿献血 1.4 万 U", "完成团体无偿献血1.4万 U"),
        ("产前筛查率达 90%以上", "产前筛查率达90%以上"),
    ])
    func removesSpacesInsideNumbersButKeepsLatinWords(input: String, expected: String) {
        #expect(TextCleaner.tightenSpaces(input) == expected)
    }

    @Test(arguments: ["图片", "▶ ▶ ▶", "- 3 -", "— 12 —", "第 3 页", "3/9", "重庆市渝北区卫生健康委员会办公室 2025 年 3 月 8 日印发"])
    func dropsArtifactLines(line: String) {
        #expect(TextCleaner.isArtifact(TextCleaner.tightenSpaces(line)))
    }

    @Test(arguments: ["1", "加快推进中医药振兴发展", "（牵头科室：办公室）"])
    func keepsContentLines(line: String) {
        #expect(!TextCleaner.isArtifact(line))
    }

    @Test func rejoinsLinesWrappedAcrossBlankLines() {
        let text = """
        一、坚持医防协同、关口前移，在加快打造“公共卫生综合

        防治引领区”上担使命、走前列

        1.强化疫情防控能力建设。加强传染病多渠道监测预警，推

        进传染病监测系统运用及国家传染病智能监测预警前置软件部署

        完善机场口岸疾病联防联控机制。

        2.提升应急救援能力。加强卫生应急队伍建设和基层骨干培训
        """
        let lines = TextCleaner.clean(text).map(\.string)
        #expect(lines == [
            "一、坚持医防协同、关口前移，在加快打造“公共卫生综合防治引领区”上担使命、走前列",
            "1.强化疫情防控能力建设。加强传染病多渠道监测预警，推进传染病监测系统运用及国家传染病智能监测预警前置软件部署完善机场口岸疾病联防联控机制。",
            "2.提升应急救援能力。加强卫生应急队伍建设和基层骨干培训",
        ])
    }

    @Test func keepsSourceLinesOfRejoinedText() throws {
        let text = "一、第一部分的标题写得很长很长很长很长很长很长很长很长\n\n续行\n\n二、第二部分\n\n三、第三部分\n\n四、第四部分\n\n五、第五部分"
        let first = try #require(TextCleaner.clean(text).first)
        #expect(first.firstLine == 1)
        #expect(first.lastLine == 3)
    }

    @Test func dropsLeadingSpaceAtPageBreaksAndTrailingNavigation() {
        let lines = TextCleaner.clean(" 3.提升健康素养水平。\n正文内容。\n健康服务\n市卫生健康导航").map(\.string)
        #expect(lines == ["3.提升健康素养水平。", "正文内容。"])
    }

    @Test func dropsRepeatedRunningHeaders() {
        let text = (1...3).map { "某县卫生健康局文件\n第\($0)段内容。" }.joined(separator: "\n")
        #expect(!TextCleaner.clean(text).map(\.string).contains("某县卫生健康局文件"))
    }

    @Test func stripsImagePlaceholderAtLineEnd() {
        #expect(TextCleaner.clean("安排部署重点任务图片\n正文内容。").map(\.string) == ["安排部署重点任务", "正文内容。"])
    }
}
