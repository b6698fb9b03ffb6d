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
        let outline = try OutlineParser.parse(source)
        // The sections are filled in and set once, since each change to them re-lists the
        // items; the outline is let go first, so that no copy of an item shares their storage.
        var sections = outline.sections
        var document = PlanDocument(path: outline.path, title: outline.title, sections: [], looseMeasures: outline.looseMeasures)
        for section in sections.indices {
            for item in sections[section].items.indices {
                for measure in sections[section].items[item].measures.indices {
                    let located = sections[section].items[item].measures[measure].located
                    sections[section].items[item].measures[measure].targets = extractor.targets(in: located)
                }
            }
        }
        document.sections = sections
        for measure in document.looseMeasures.indices {
            document.looseMeasures[measure].targets = extractor.targets(in: document.looseMeasures[measure].located)
        }
        return document
    }
}
