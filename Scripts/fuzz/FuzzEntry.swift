// The libFuzzer entry point: feeds arbitrary bytes to the readers, the outline parser
// and the target extractor. Built together with PlanAlignKit's sources by Scripts/fuzz.sh.

@_cdecl("LLVMFuzzerTestOneInput")
public func planAlignFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let text = try? TextDecoder.decode(bytes, path: "fuzz", forcing: nil) {
        _ = try? PlanLoader.parse(PlanSource(path: "fuzz", text: text))
        _ = TargetExtractor().targets(in: text)
        _ = HTMLText.text(from: text)
    }
    _ = try? DocxText.text(from: bytes, path: "fuzz")
    _ = try? JSONDocument.parse(String(decoding: bytes, as: UTF8.self), path: "fuzz")
    return 0
}
