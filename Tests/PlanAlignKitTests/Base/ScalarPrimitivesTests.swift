import Foundation
import Testing
@testable import PlanAlignKit

/// The low-level pieces that reading and matching run on for every scalar, each checked
/// against the plain standard-library way of doing the same thing.
@Suite struct ScalarPrimitivesTests {
    static let samples = ["", "a", "卫生健康", "a9é中文“”😀\u{10FFFF}", "第一章\t总则 ① ２０２６", "𠀀𠀁 mixed ascii 和汉字 \u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}"]

    @Test(arguments: samples)
    func decodingUTF8GivesTheStringsOwnScalars(text: String) {
        #expect(text.scalars == Array(text.unicodeScalars))
    }

    /// The physical lines as the standard library's scalar view splits them: LF, CR, CRLF
    /// and the Unicode line separators.
    static func referenceLines(_ text: String) -> [[Unicode.Scalar]] {
        var lines: [[Unicode.Scalar]] = [], current: [Unicode.Scalar] = [], afterReturn = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n":
                if !afterReturn { lines.append(current); current = [] }
                afterReturn = false
            case "\r", "\u{85}", "\u{2028}", "\u{2029}", "\u{0B}", "\u{0C}":
                lines.append(current)
                current = []
                afterReturn = scalar == "\r"
            default:
                current.append(scalar)
                afterReturn = false
            }
        }
        return lines + [current]
    }

    @Test(arguments: ["a\nb\r\nc\rd\u{85}e\u{2028}f\u{2029}g\u{0B}h\u{0C}i\r\r\nj", "\n\n一、\r\n\r\n", "末行无换行", "",
                      "€\u{2027}\u{2030}…不是换行\u{A0}", "\r"])
    func physicalLinesBreakWhereTheScalarViewDoes(text: String) {
        #expect(TextCleaner.physicalLines(text) == ScalarPrimitivesTests.referenceLines(text))
    }

    @Test func scalarSetsAnswerAsALinearScanWould() {
        for members in ["，；：（）！？", "。", "“”《》（）「」【】‘’", "零〇一二两三四五六七八九十百千万亿点", "\t ", ""] {
            let set = ScalarSet(members), values = members.unicodeScalars.map(\.value)
            var probes = Array(0...0x3100) + Array(0x4E00...0x9FFF) + Array(0xFF00...0xFFEF) + values
            probes += [0x1F600, 0x20000, 0x10FFFF]
            for value in probes {
                guard let scalar = Unicode.Scalar(value) else { continue }
                #expect(set.contains(scalar) == values.contains(value), "U+\(String(value, radix: 16)) in \(members)")
            }
        }
    }

    @Test func termsAddedAfterTheLexiconIsBuiltAreFoundWhereverTheyStart() {
        var lexicon = Lexicon(groups: [["家庭医生", "家医"], ["慢性病", "慢病"]], generic: ["加强"])
        // One term starts with a scalar no built-in term starts with, one with a scalar one does.
        lexicon.add("一老一小", concept: "一老一小")
        lexicon.add("家门口", concept: "家门口")
        lexicon.add("𠀀字词", concept: "𠀀字词")
        let names = lexicon.concepts(in: "推进一老一小服务，家医签约到家门口，慢病管理，𠀀字词".scalars).map { lexicon.names[Int($0)] }
        #expect(names == ["一老一小", "家庭医生", "家门口", "慢性病", "𠀀字词"])
        // A copy that adds terms leaves the original as it was.
        let original = Lexicon(groups: [["家庭医生", "家医"]], generic: [])
        var copy = original
        copy.add("一老一小", concept: "一老一小")
        #expect(original.concepts(in: "一老一小".scalars).isEmpty)
        #expect(copy.concepts(in: "一老一小".scalars).count == 1)
    }

    /// Terms added once a lexicon is built are held apart from the built ones; matching must
    /// still read a text as one lexicon of all of them would, a built term first on a tie.
    @Test func termsAddedLaterMatchAsIfBuiltInTheSameOrder() {
        var random = SplitMix(state: 21)
        let characters = Array("家医生签约服".unicodeScalars)
        func word(_ length: Int) -> String {
            String(String.UnicodeScalarView((0..<length).map { _ in characters[Int(random.next() % UInt64(characters.count))] }))
        }
        let built = (0..<60).map { _ in [word(2 + Int(random.next() % 3))] }
        let later = (0..<40).map { _ in word(2 + Int(random.next() % 4)) }
        var layered = Lexicon(groups: built, generic: ["服务"])
        for term in later { layered.add(term, concept: term) }
        let whole = Lexicon(groups: built + later.map { [$0] }, generic: ["服务"])
        #expect(layered.names == whole.names)
        for _ in 0..<200 {
            let text = word(30).scalars
            #expect(layered.concepts(in: text) == whole.concepts(in: text), "\(String(scalars: text))")
        }
    }

    @Test func tokenRunsCountEachIdAndJoinItsKinds() {
        var generator = SplitMix(state: 7)
        for length in [0, 1, 2, 17, 40, 300, 1_000] {
            // The longest row repeats two ids hundreds of times: counts past a byte are kept in full.
            let distinct: UInt64 = length > 500 ? 2 : 50
            var packed = (0..<length).map { _ in UInt64(generator.next() % distinct) << 8 | UInt64(1 << (generator.next() % 6)) }
            var expected: [Int32: (count: Int, kinds: UInt8)] = [:]
            for key in packed { expected[Int32(key >> 8), default: (0, 0)].count += 1; expected[Int32(key >> 8)]!.kinds |= UInt8(key & 0xFF) }
            // Each row after another row: a row's counts start where the last one's end.
            var rows = CountedRows()
            var first: [UInt64] = [3 << 8 | 1, 3 << 8 | 2]
            rows.append(packed: &first)
            rows.append(packed: &packed)
            let row = rows.rows.range(1), ids = rows.rows.ids
            #expect(rows.count == 2 && rows.rows.range(0) == 0..<1 && row.lowerBound == 1)
            #expect(Array(ids[row]) == expected.keys.sorted())
            #expect(row.map { rows.counts[$0] } == ids[row].map { expected[$0]!.count })
            #expect(Array(rows.rows.kinds[row]) == ids[row].map { expected[$0]!.kinds })
        }
    }

    @Test func slicesAtScalarRangesHoldThoseScalars() {
        let text = "a是б𠀀，c。第二𝑥z"
        let scalars = text.scalars
        let ranges = [0..<1, 1..<4, 4..<4, 5..<7, 9..<scalars.count]
        let slices = text.slices(atScalarRanges: ranges, of: scalars)
        #expect(slices.map { Array($0.unicodeScalars) } == ranges.map { Array(scalars[$0]) })
    }

    /// A measure reads its lines off the text it is cut from without slicing it: they must be
    /// the lines the slice itself holds, for every range of a text joined from several lines.
    @Test func sliceLinesAreTheLinesOfTheSlice() {
        var text = LocatedText("第一行", line: 3)
        text.append(LocatedText("二", line: 4))
        text.append(LocatedText("", line: 5))
        text.append(LocatedText("第六行文字", line: 6))
        text.append(LocatedText("末", line: 9))
        let unmarked = LocatedText(characters: "无行号".scalars, marks: [])
        for located in [text, unmarked] {
            let count = located.characters.count
            for lower in 0...(count + 1) {
                for upper in lower...(count + 2) {
                    let slice = located.slice(lower..<upper), (line, marks) = located.sliceLines(lower..<upper)
                    #expect(line == slice.firstLine, "\(lower)..<\(upper)")
                    // What a measure cut from the slice keeps: its marks, unless it stands on one line.
                    #expect(marks == (slice.singleLine == nil ? slice.marks : nil), "\(lower)..<\(upper)")
                }
            }
        }
    }

    /// A measure's text is a slice of its item's text: each must hold the measure's own
    /// characters, in every layout.
    @Test func everyMeasureIsTheTextItLocates() throws {
        let layouts = try FileManager.default.contentsOfDirectory(atPath: Repository.tests.appendingPathComponent("Fixtures/layouts").path)
        var plans = [Seeds.municipal, Seeds.district]
        for name in layouts.sorted() where name.hasSuffix(".txt") {
            plans.append(try PlanLoader.load(path: Repository.tests.appendingPathComponent("Fixtures/layouts/" + name).path))
        }
        var measures = 0
        for plan in plans {
            for item in plan.items {
                for measure in item.measures {
                    #expect(measure.text == measure.located.string)
                    #expect(item.text.contains(measure.text))
                    measures += 1
                }
            }
        }
        #expect(measures > 200)
    }

    /// Quoted terms are found in the bytes; a plain walk of the scalars must find the same.
    @Test func quotedTermsAreWhatAScalarWalkFinds() {
        func reference(_ text: String, lengths: ClosedRange<Int>) -> [Tokenizer.QuotedTerm] {
            var terms: [Tokenizer.QuotedTerm] = [], current: [Unicode.Scalar]?
            for character in text.unicodeScalars {
                if character == "“" { current = [] } else if character == "”" {
                    let parts = (current ?? []).split(whereSeparator: { "、，,；".unicodeScalars.contains($0) })
                    for part in parts where lengths.contains(part.count) && part.contains(where: \.isHan) {
                        terms.append(Tokenizer.QuotedTerm(text: String(String.UnicodeScalarView(part)), isWhole: parts.count == 1))
                    }
                    current = nil
                } else {
                    current?.append(character)
                }
            }
            return terms
        }
        let alphabet = Array("“”“”、，强基稳二控三A1 é𠀀".unicodeScalars)
        var generator = SplitMix(state: 99)
        for length in 0..<400 {
            let text = String(String.UnicodeScalarView((0..<(length % 40)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }))
            #expect(Tokenizer.quotedTerms(in: text, lengths: 2...10) == reference(text, lengths: 2...10), "\(text)")
        }
    }

    /// A target's phrase is found in its measure's text by bytes: the first occurrence, on scalar boundaries.
    /// The byte search skips to each place the needle's last byte stands; it must find what a
    /// plain walk from every offset finds, from any start, in any bytes.
    @Test func byteSearchFindsWhatAPlainWalkFinds() {
        var random = SplitMix(state: 17)
        let alphabet = Array("率控在“”—4%a".utf8)
        for _ in 0..<2_000 {
            let haystack = (0..<Int(random.next() % 40)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            let needle = (0..<Int(1 + random.next() % 4)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            let start = haystack.isEmpty ? 0 : Int(random.next() % UInt64(haystack.count))
            let expected = haystack.count < needle.count ? nil
                : (start...max(start, haystack.count - needle.count)).first { index in
                    index + needle.count <= haystack.count && Array(haystack[index..<(index + needle.count)]) == needle
                }
            let found = haystack.withUnsafeBufferPointer { text in needle.withUnsafeBufferPointer { word in String.firstOffset(of: word, in: text, from: start) } }
            #expect(found == expected, "\(needle) in \(haystack) from \(start)")
        }
    }

    @Test func byteRangeFindsTheFirstOccurrence() {
        var random = SplitMix(state: 5)
        let alphabet: [String] = ["率", "控", "在", "4", "0", "%", "以", "é", "a"]
        for _ in 0..<400 {
            let text = (0..<Int(random.next() % 20)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined()
            let pattern = (0..<Int(random.next() % 4)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined()
            // A slice that does not start at its string's start, as a measure's does not.
            let source = ("前缀" + text).dropFirst(2)
            let expected = pattern.isEmpty ? nil : source.range(of: pattern, options: .literal)
            #expect(source.byteRange(of: pattern[...]) == expected, "\(pattern) in \(text)")
        }
    }

    /// The lines a plan's storage is reserved for, counted eight bytes at a time, are the
    /// lines with something other than ASCII blanks, counted one byte at a time.
    @Test func contentLinesCountedByWordsAsByBytes() {
        var random = SplitMix(state: 8)
        let pieces = ["\n", "\r\n", "\r", " ", "\t", "\u{0B}", "\u{0C}", "结核病防控", "a", "40%", "\u{3000}", "!"]
        for _ in 0..<500 {
            let text = (0..<Int(random.next() % 40)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            var expected = 0, content = false
            for byte in text.utf8 {
                if (0x0A...0x0D).contains(byte) {
                    if content { expected += 1 }
                    content = false
                } else if byte != 0x20, byte != 0x09 {
                    content = true
                }
            }
            if content { expected += 1 }
            #expect(TextCleaner.contentLineCount(of: text) == expected, "\(text.debugDescription)")
        }
    }

    /// Review fingerprints and shared department lists hash bytes with FNV-1a: its published test vectors.
    @Test func fnv1aMatchesItsTestVectors() {
        for (text, expected) in [("", 0xCBF2_9CE4_8422_2325 as UInt64), ("a", 0xAF63_DC4C_8601_EC8C), ("foobar", 0x8594_4171_F739_67E8)] {
            var hash = FNV1a()
            hash.add(text)
            #expect(hash.value == expected, "\(text)")
        }
    }
}
