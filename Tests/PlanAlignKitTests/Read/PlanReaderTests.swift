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

    @Test func textWithoutOutlineSaysSo() {
        let path = Repository.fixture("no-outline.txt")
        #expect(throws: InputError.noOutline(path: path)) { try PlanLoader.load(path: path) }
        #expect(InputError.noOutline(path: path).description == "no numbered items found in \(path)")
    }

    @Test func invalidByteLaterInTheFileIsLocated() {
        let bytes: [UInt8] = Array("第一行\n第二行\n".utf8) + [0xC3, 0x28]
        #expect(UTF8Bytes.firstInvalidLine(bytes) == 3)
    }
}
