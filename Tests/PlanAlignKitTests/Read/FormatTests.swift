import Foundation
import Testing
@testable import PlanAlignKit

/// The seed district plan re-encoded and re-formatted (`Scripts/make-format-fixtures.py`)
/// reads to exactly the same outline and targets as the UTF-8 original.
@Suite struct FormatTests {
    /// What a planner sees of a plan: every item's ref, title, text, measures, departments
    /// and targets, and with `lines` the source lines too.
    static func outline(_ plan: PlanDocument, lines: Bool) -> [String] {
        plan.sections.map { "\($0.ref) \($0.title)" } + plan.items.map { item in
            let targets = item.targets.map { target in
                "\(target.indicator)|\(target.comparator.rawValue)|\(target.valueText)|\(target.unit)|\(target.kind.rawValue)\(lines ? "|\(target.line)" : "")"
            }
            return ([item.ref.rawValue, item.title, item.text, item.lead.joined(separator: "、"), item.responsible.joined(separator: "、")]
                    + item.measures.map(\.text) + targets + (lines ? ["\(item.lines.start)-\(item.lines.end)"] : [])).joined(separator: "\n")
        }
    }

    @Test(arguments: ["district.gb18030.txt", "district.utf16le.txt", "district.utf16be.txt", "district.bom.txt", "district.crlf.txt",
                      "district.fullwidth.txt", "district.docx"])
    func encodingsAndWordReadLikeTheOriginal(name: String) throws {
        let plan = try PlanLoader.load(path: Repository.fixture("formats/\(name)"))
        #expect(plan.title == Seeds.district.title)
        #expect(Self.outline(plan, lines: true) == Self.outline(Seeds.district, lines: true))
    }

    @Test func webPageReadsLikeTheOriginal() throws {
        let plan = try PlanLoader.load(path: Repository.fixture("formats/district.html"))
        #expect(Self.outline(plan, lines: false) == Self.outline(Seeds.district, lines: false))
    }

    @Test func encodingCanBeForced() throws {
        let plan = try PlanLoader.load(path: Repository.fixture("formats/district.gb18030.txt"), encoding: .gb18030)
        #expect(plan.items.count == 39)
        #expect(throws: InputError.self) { try PlanLoader.load(path: Repository.fixture("formats/district.gb18030.txt"), encoding: .utf8) }
    }

    @Test func htmlDropsScriptsStylesAndNavigationAndDecodesEntities() {
        let text = HTMLText.text(from: """
        <html><head><style>p{}</style><script>var a = "<p>x</p>";</script></head><body><nav>首页 &gt; 公开</nav>
        <h1>2026年工作要点</h1><p>一、加强&ldquo;一老一小&rdquo;服务&nbsp;</p><div>1.完善托育&amp;养老<br>服务体系</div>
        <!-- 注释 --><footer>版权</footer></body></html>
        """)
        #expect(text == "2026年工作要点\n一、加强“一老一小”服务\n1.完善托育&养老\n服务体系\n")
    }

    @Test func wordListNumberingIsShownAsDisplayed() {
        #expect(DocxText.format(3, as: "chineseCounting") == "三")
        #expect(DocxText.format(16, as: "chineseCounting") == "十六")
        #expect(DocxText.format(23, as: "chineseCountingThousand") == "二十三")
        #expect(DocxText.format(2, as: "decimalEnclosedCircle") == "②")
        #expect(DocxText.format(12, as: "decimal") == "12")
    }

    @Test func aZipThatIsNotWordSaysSo() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("planalign-\(UUID().uuidString).docx").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = FileManager.default.createFile(atPath: path, contents: Data([0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0]))
        #expect(throws: InputError.unreadable(path: path, reason: "not a zip archive: too short")) { try PlanLoader.load(path: path) }
    }
}

@Suite struct BadInputTests {
    func temporary(_ name: String, _ bytes: [UInt8]) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("planalign-\(UUID().uuidString)-\(name)").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    @Test func truncatedUTF8InTheMiddleNamesItsLine() {
        let bytes = Array("一、总体要求\n1.加强".utf8) + [0xE5, 0x8A] + Array("\n2.完善机制。\n".utf8)
        let path = temporary("truncated.txt", bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: InputError.notUTF8(path: path, line: 2)) { try PlanLoader.load(path: path) }
    }

    @Test func aOneMegabyteLineParsesInLinearTime() throws {
        let line = "1." + String(repeating: "加强基层医疗卫生机构建设，提升服务能力达到90%，", count: 25_000)
        let path = temporary("long.txt", Array("一、总体要求\n\(line)\n2.结束。\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let plan = try PlanLoader.load(path: path)
        #expect(plan.items.count == 2)
        #expect(plan.items[0].targets.count == 25_000)
    }

    @Test func strangeNumberingNeverCrashes() throws {
        let text = "三、先出现的第三部分\n1.甲。\n一、第一部分\n（二）跳号\n①圈号\n99.大号\n（1）括号\n1.乙。\n2.丙。\n一、\n、\n（）\n1."
        let plan = try PlanLoader.parse(PlanSource(path: "strange.txt", text: text))
        #expect(plan.items.count >= 1)
    }

    @Test(arguments: ["\u{0}\u{1}", "（", "“未闭合的引号1个", "1—", "达%", "每千人口个", "二点", "十万亿亿", "1.4万万U", "/10万以下"])
    func oddTargetPhrasesNeverCrash(text: String) {
        _ = TargetExtractor().targets(in: text)
    }
}

/// PDFs printed by an office suite and by a browser, read through `pdftotext` (poppler-utils,
/// which `.ci/run` installs): both parse to the outline of the text they were printed from.
@Suite struct PDFTests {
    static func outline(_ plan: PlanDocument) -> [String] { plan.items.map { "\($0.ref) \($0.title) \($0.lead)" } }

    @Test(arguments: ["formats/county.office.pdf", "formats/county.browser.pdf"])
    func aPrintedPlanReadsAsItsText(pdf: String) throws {
        let text = try PlanLoader.load(path: Repository.fixture("county-parenthesised.txt"))
        let printed = try PlanLoader.load(path: Repository.fixture(pdf))
        #expect(Self.outline(printed) == Self.outline(text))
        #expect(printed.items.flatMap(\.targets).map(\.indicator) == text.items.flatMap(\.targets).map(\.indicator))
    }

    /// Of two readings of one file, the one whose numbering holds together wins: a reading
    /// with a number moved out of order has fewer items or more slips.
    @Test func theReadingWithTheMoreConsistentOutlineIsKept() throws {
        let text = try String(contentsOfFile: Repository.fixture("county-parenthesised.txt"), encoding: .utf8)
        let moved = text.replacingOccurrences(of: "（二）推进慢性病综合防治。", with: "推进慢性病综合防治。")
            .replacingOccurrences(of: "二、提升医疗服务能力", with: "（二）\n二、提升医疗服务能力")
        let good = try PlanLoader.parse(PlanSource(path: "p.pdf", text: text))
        let bad = try PlanLoader.parse(PlanSource(path: "p.pdf", text: moved))
        #expect(bad.items.count < good.items.count || bad.notes.count > good.notes.count)
        #expect(try PlanLoader.consistent([.success(bad), .success(good)]) == good)
        #expect(try PlanLoader.consistent([.success(good), .success(bad)]) == good)
    }
}
