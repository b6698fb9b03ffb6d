// The libFuzzer entry point. The first byte chooses the stage the rest of the input
// drives, so each input exercises one stage and the corpus stays meaningful per stage:
//   0 decode → outline → targets → JSON (a whole plan; its JSON must read back)
//                                                    1 the target extractor on one text
//   2 the HTML reader                                3 the .docx (zip) reader
//   4 JSON → lexicon                                 5 JSON → indicator aliases
//   6 JSON → review file                             7 JSON → evaluation labels
//   8 a whole plan, matched against itself: tokens, vectors, scores, coverage, evidence
// Built together with PlanAlignKit's sources by Scripts/fuzz.sh.

@_cdecl("LLVMFuzzerTestOneInput")
public func planAlignFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let stage = data[0] % 9
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    switch stage {
    case 0:
        if let text = try? TextDecoder.decode(bytes, path: "fuzz", forcing: nil),
           let plan = try? PlanLoader.parse(PlanSource(path: "fuzz", text: text)) {
            // Written counted to the byte, then read back: a miscount would cut it short.
            let json = plan.json.rendered()
            precondition(json.hasSuffix("}\n") && (try? JSONDocument.parse(json, path: "fuzz")) != nil, "the plan's JSON does not read back")
        }
    case 1: _ = TargetExtractor().targets(in: String(decoding: bytes, as: UTF8.self))
    case 2: _ = HTMLText.text(from: String(decoding: bytes, as: UTF8.self))
    case 3: _ = try? DocxText.text(from: bytes, path: "fuzz")
    case 8:
        if let text = try? TextDecoder.decode(bytes, path: "fuzz", forcing: nil), let plan = try? PlanLoader.parse(PlanSource(path: "fuzz", text: text)) {
            _ = MatchEngine(mappings: .builtIn).align(municipal: plan, district: plan)
        }
    default:
        guard let node = try? JSONDocument.parse(String(decoding: bytes, as: UTF8.self), path: "fuzz") else { return 0 }
        switch stage {
        case 4: _ = try? Lexicon.read(node, path: "fuzz")
        case 5: _ = try? IndicatorAliases.read(node, path: "fuzz")
        case 6: _ = try? ReviewFile.parse(node, path: "fuzz")
        default: _ = try? GoldLinks.parse(node, path: "fuzz")
        }
    }
    return 0
}
