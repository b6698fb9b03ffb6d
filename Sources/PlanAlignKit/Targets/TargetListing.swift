/// Every target of one file, each with the ref of the item that holds it.
public struct TargetListing: Sendable {
    /// The targets in document order, with their item's ref (nil outside every item).
    public var entries: [(item: ItemRef?, target: Target)]

    /// Lists the targets of `path`. A file with no outline, such as a plain list of
    /// sentences, still has every sentence read.
    public static func load(path: String, encoding: TextEncoding? = nil) throws -> TargetListing {
        let source = try FormatReader.read(path: path, encoding: encoding)
        return listing(of: source)
    }

    /// Lists the targets of text held in memory.
    public static func listing(of source: PlanSource, extractor: TargetExtractor = TargetExtractor()) -> TargetListing {
        if let document = try? PlanLoader.parse(source, extractor: extractor) {
            var entries: [(ItemRef?, Target)] = document.looseMeasures.flatMap { $0.targets.map { (nil, $0) } }
            for item in document.items { entries += item.targets.map { (item.ref, $0) } }
            entries.sort { $0.1.line < $1.1.line }
            return TargetListing(entries: entries)
        }
        let lines = TextCleaner.clean(source.text)
        let targets = lines.flatMap { SentenceSplitter.measures($0) }.flatMap { extractor.targets(in: $0) }
        return TargetListing(entries: targets.map { (nil, $0) })
    }

    /// The JSON array of `planalign targets`.
    public var json: JSONValue { .array(entries.map { $0.target.json(item: .some($0.item)) }) }

    /// A Markdown table of the targets.
    public var markdown: String {
        MarkdownText.table(["item", "indicator", "cmp", "value", "unit", "kind", "line", "text"], entries.map { entry in
            let target = entry.target
            return [entry.item?.rawValue ?? "", target.indicator, target.comparator.rawValue, target.valueText,
                    target.unit, target.kind.rawValue, String(target.line), target.text]
        })
    }

    /// CSV with a UTF-8 BOM, so spreadsheet programs read the Chinese correctly.
    public var csv: String {
        CSVText.document(["item", "indicator", "comparator", "value", "low", "high", "unit", "kind", "line", "text"],
                         entries.map { entry in
            let target = entry.target
            return [entry.item?.rawValue ?? "", target.indicator, target.comparator.rawValue,
                    target.value?.compactText ?? "", target.low?.compactText ?? "", target.high?.compactText ?? "",
                    target.unit, target.kind.rawValue, String(target.line), target.text]
        })
    }
}
