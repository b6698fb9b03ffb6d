import Foundation
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

    @Test func stripsImagePlaceholderAtLineEnd() {
        #expect(TextCleaner.clean("安排部署重点任务图片\n正文内容。").map(\.string) == ["安排部署重点任务", "正文内容。"])
    }

    /// A short line after a long one is held in storage of its own size, whether cleaning
    /// changed it or not: a long plan holds every line it keeps.
    @Test func aKeptLineHoldsNoMoreRoomThanItsOwn() {
        let lines = TextCleaner.clean(String(repeating: "甲", count: 20_000) + "\n短行不变。\n短行 有空格。\n")
        #expect(lines.map(\.characters.count) == [20_000, 5, 6])
        for line in lines.dropFirst() { #expect(line.characters.capacity < 64, "\(line.string): room for \(line.characters.capacity)") }
    }

    /// A line kept as it is, because no scalar of it can change, is what the full clean-up
    /// makes of it; every scalar that can change sends its line through the full clean-up.
    @Test func aLineKeptAsItIsIsWhatTheFullCleanUpMakes() {
        // Every blank and zero-width scalar, the full-width forms kept and not, ASCII
        // punctuation, and Han text, digits and letters around them.
        let blanks = (0...0x3000).compactMap(Unicode.Scalar.init).filter(\.isBlank)
        let alphabet: [Unicode.Scalar] = blanks + Array("，；：（）！？。、“”％／０Ａｚ,;:()!?.%/-重庆卫生2025AIx\u{FEFF}\u{FF5E}\u{FF01}".unicodeScalars)
        func full(_ line: [Unicode.Scalar]) -> [Unicode.Scalar] {
            TextCleaner.trimBlanks(TextCleaner.tightenSpaces(TextCleaner.normalizeCharacters(line)))
        }
        var generator = SplitMix(state: 31)
        for _ in 0..<4000 {
            let line = (0..<Int(generator.next() % 9)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            #expect(TextCleaner.cleaned(line) == full(line), "\(line.map { String(format: "%04X", $0.value) })")
        }
        for value in 0..<0x1_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let line: [Unicode.Scalar] = ["重", scalar, "庆"]
            if !TextCleaner.changesWhenCleaned(scalar) {
                #expect(full(line) == line, "U+\(String(format: "%04X", value)) is kept as it is, and full clean-up keeps it too")
            }
        }
    }
}
