/// Reads a plan file into a `PlanDocument` with its targets: decode, clean, parse, extract.
public enum PlanLoader {
    /// Loads the plan at `path`.
    ///
    /// - Throws: `InputError` naming the file when it cannot be read or holds no outline.
    public static func load(path: String, encoding: TextEncoding? = nil) throws -> PlanDocument {
        try parse(FormatReader.read(path: path, encoding: encoding))
    }

    /// Parses a plan held in memory and reads the targets of every measure.
    public static func parse(_ source: PlanSource, extractor: TargetExtractor = TargetExtractor()) throws -> PlanDocument {
        var document = try OutlineParser.parse(source)
        for section in document.sections.indices {
            for item in document.sections[section].items.indices {
                for measure in document.sections[section].items[item].measures.indices {
                    let located = document.sections[section].items[item].measures[measure].located
                    document.sections[section].items[item].measures[measure].targets = extractor.targets(in: located)
                }
            }
        }
        for measure in document.looseMeasures.indices {
            document.looseMeasures[measure].targets = extractor.targets(in: document.looseMeasures[measure].located)
        }
        return document
    }
}
