import Foundation
import Testing
@testable import PlanAlignKit

/// The byte-keyed table the lexicon finds its terms in, held to a dictionary's answers.
@Suite struct TermTableTests {
    /// Han terms of two to six characters, many sharing their first characters, so that
    /// slots collide and the table grows several times.
    static func terms(_ count: Int, seed: UInt64) -> [String] {
        var random = SplitMix(state: seed)
        let characters = Array("卫生健康疾病预防控制医疗服务基层中医药妇幼老年人口家庭签约慢性病管理结核".unicodeScalars)
        return (0..<count).map { _ in
            let length = 2 + Int(random.next() % 5)
            return String(String.UnicodeScalarView((0..<length).map { _ in characters[Int(random.next() % UInt64(characters.count))] }))
        }
    }

    @Test func lookUpsAnswerAsADictionaryOfTheSameTermsWould() {
        var table = TermTable(), reference: [String: Int32] = [:]
        for (index, term) in TermTableTests.terms(3_000, seed: 7).enumerated() {
            table.insert(term, value: Int32(index))
            if reference[term] == nil { reference[term] = Int32(index) }
        }
        #expect(table.count == reference.count)
        for probe in TermTableTests.terms(3_000, seed: 8) + Array(reference.keys) {
            #expect(table[probe] == reference[probe], "\(probe)")
        }
        #expect(Dictionary(uniqueKeysWithValues: table.elements.map { ($0.text, $0.value) }) == reference)
    }

    @Test func aTermIsItsBytesNeitherAPrefixNorAnExtensionOfThem() {
        var table = TermTable()
        table.insert("家庭医生", value: 1)
        table.insert("家庭医生", value: 2)
        #expect(table["家庭医生"] == 1)
        #expect(table["家庭医"] == nil)
        #expect(table["家庭医生签约"] == nil)
        #expect(table[""] == nil)
        // A term read from a slice of a larger string is the same key.
        let text = "推进家庭医生签约"
        #expect(table[String(text.dropFirst(2).prefix(4))] == 1)
    }

    @Test func aLexiconCopyAddsItsTermsWithoutChangingTheOriginal() throws {
        let lexicon = Lexicon(groups: [["结核病", "肺结核"], ["家庭医生", "家医"]], generic: ["加强", "推进"])
        var copy = lexicon
        #expect(copy.add("一老一小", concept: "一老一小") == Int32(lexicon.names.count))
        #expect(copy.add("肺结核", concept: "肺结核") == lexicon.id(of: "结核病"))
        #expect(copy.add("家", concept: "家") == nil)
        #expect(copy.contains("一老一小") && !lexicon.contains("一老一小"))
        #expect(copy.isGeneric("加强") && !copy.isGeneric("加强基层"))
        #expect(lexicon.concept == ["结核病": 0, "肺结核": 0, "家庭医生": 1, "家医": 1])
    }
}
