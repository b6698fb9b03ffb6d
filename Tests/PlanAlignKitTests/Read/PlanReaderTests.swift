import Foundation
import Testing
@testable import PlanAlignKit

@Suite struct PlanReaderTests {
    @Test func missingFileNamesTheFile() {
        let path = Repository.fixture("absent.txt")
        #expect(throws: InputError.fileNotFound(path: path)) { try PlanLoader.load(path: path) }
        #expect(InputError.fileNotFound(path: path).description == "\(path): no such file")
    }

    @Test func directoryIsRejected() {
        let path = Repository.tests.appendingPathComponent("Fixtures").path
        #expect(throws: InputError.isDirectory(path: path, expected: "the text of a work plan")) { try PlanLoader.load(path: path) }
    }

    @Test func emptyFileIsRejected() {
        let path = Repository.fixture("empty.txt")
        #expect(throws: InputError.emptyFile(path: path, expected: "the text of a work plan")) { try PlanLoader.load(path: path) }
    }

    @Test func binaryFileIsRejected() {
        let path = Repository.fixture("binary.bin")
        #expect(throws: InputError.binaryFile(path: path)) { try PlanLoader.load(path: path) }
    }

    @Test func invalidUTF8NamesTheLine() {
        let path = Repository.fixture("invalid-utf8.txt")
        #expect(throws: InputError.notUTF8(path: path, line: 1)) { try PlanLoader.load(path: path) }
        #expect(InputError.notUTF8(path: path, line: 1).description
                == "\(path):1: the file is not UTF-8 text (convert it to UTF-8 first)")
    }

    /// Text without numbering is not refused: each paragraph is an item, and the plan says
    /// its outline was inferred.
    @Test func textWithoutNumberingIsReadAsParagraphsAndSaysSo() throws {
        let plan = try PlanLoader.load(path: Repository.fixture("no-outline.txt"))
        #expect(plan.items.map(\.title) == ["这是一段没有编号的说明文字", "它只有两行"])
        #expect(plan.items.allSatisfy { $0.inferred })
        #expect(plan.notes.map(\.kind) == [.inferredOutline])
    }

    @Test func textWithNothingToReadAsAnItemSaysSo() {
        #expect(throws: InputError.noOutline(path: "t.txt")) { _ = try PlanLoader.parse(PlanSource(path: "t.txt", text: "标题\n副标题\n")) }
        #expect(InputError.noOutline(path: "t.txt").description == "no numbered items found in t.txt")
    }

    @Test func invalidByteLaterInTheFileIsLocated() {
        let bytes: [UInt8] = Array("第一行\n第二行\n".utf8) + [0xC3, 0x28]
        #expect(UTF8Bytes.firstInvalidLine(bytes) == 3)
    }
}
