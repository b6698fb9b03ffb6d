import Testing
@testable import PlanAlignKit

/// The word lists the target reader searches at every number, checked against a plain walk
/// of every word in order, on random texts over a small alphabet where words overlap often.
@Suite struct WordListTests {
    static let alphabet: [Unicode.Scalar] = ["以", "上", "下", "每", "千", "人", "口", "达", "到", "A", "\u{20000}"]

    static func random(_ length: Int, _ random: inout SplitMix) -> [Unicode.Scalar] {
        (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] }
    }

    /// What the readers did before the list was indexed: every word, in order.
    static func reference(_ words: [[Unicode.Scalar]], at start: Int, in text: [Unicode.Scalar], before end: Int) -> Int? {
        words.firstIndex { word in start >= 0 && start + word.count <= end && text[start..<(start + word.count)].elementsEqual(word) }
    }

    @Test func aWordListFindsTheFirstWordAsAWalkOfEveryWordDoes() {
        var generator = SplitMix(state: 7)
        for _ in 0..<200 {
            let words = (0..<Int.random(in: 1...12, using: &generator)).map { _ in WordListTests.random(Int.random(in: 1...4, using: &generator), &generator) }
            let list = WordList(words)
            let text = WordListTests.random(Int.random(in: 0...24, using: &generator), &generator)
            for start in -1...(text.count + 1) {
                for end in [text.count, max(0, text.count - 2), start + 2] {
                    let bounded = min(end, text.count)
                    #expect(list.firstIndex(at: start, in: text, before: end) == WordListTests.reference(words, at: start, in: text, before: bounded))
                    let ending = start + 1
                    let floor = max(0, start - Int.random(in: 0...4, using: &generator))
                    let expected = ending > floor && ending <= text.count
                        ? words.firstIndex { ending - $0.count >= floor && text[(ending - $0.count)..<ending].elementsEqual($0) } : nil
                    #expect(list.firstIndex(endingAt: ending, in: text, notBefore: floor) == expected)
                }
            }
            let range = 1..<max(1, text.count - 1)
            let within = (range.lowerBound..<range.upperBound).compactMap { WordListTests.reference(words, at: $0, in: text, before: range.upperBound) }.min()
            #expect(list.firstIndex(within: range, in: text) == within)
        }
    }

    /// Polarity: the word that ends last in the indicator decides, the longer one on a tie,
    /// and the earlier one in the file on a tie of both.
    @Test func theLastAndLongestPolarityWordDecides() throws {
        let vocabulary = TargetVocabulary.builtIn
        #expect(vocabulary.falls("孕产妇死亡率"))
        // A rising word that ends later (控制率 after 患病率), or as late and longer (报告患病率), decides.
        #expect(!vocabulary.falls("高血压患病率控制率") && vocabulary.falls("控制率患病率"))
        #expect(!vocabulary.falls("传染病报告患病率") && !vocabulary.falls("死亡率下降幅度"))
        // Against the walk of every word that the list replaced, on every indicator both seeds hold.
        let words = (0..<vocabulary.polarityWords.words.count).map { (vocabulary.polarityWords.words[$0], vocabulary.polarityFalls[$0]) }
        func reference(_ indicator: String) -> Bool {
            let characters = indicator.scalars
            var best: (end: Int, length: Int, falls: Bool)?
            for (word, falls) in words where word.count <= characters.count {
                for start in stride(from: characters.count - word.count, through: 0, by: -1)
                where characters[start..<(start + word.count)].elementsEqual(word) {
                    if best.map({ (start + word.count, word.count) > ($0.end, $0.length) }) ?? true { best = (start + word.count, word.count, falls) }
                    break
                }
            }
            return best?.falls ?? false
        }
        let indicators = (Seeds.municipal.items + Seeds.district.items).flatMap(\.targets).map(\.indicator)
        #expect(indicators.count > 20)
        for indicator in indicators + ["死亡率", "床位使用率下降", "发病率增长率"] { #expect(vocabulary.falls(indicator) == reference(indicator), "\(indicator)") }
    }
}
