/// Reads a plan file into a `PlanDocument` with its targets: decode, clean, parse, extract.
public enum PlanLoader {
    /// Loads the plan at `path`.
    ///
    /// - Throws: `InputError` naming the file when it cannot be read or holds no outline.
    public static func load(path: String, encoding: TextEncoding? = nil, limits: Limits = .standard,
                            vocabulary: TargetVocabulary = .builtIn) throws -> PlanDocument {
        try parse(readings: FormatReader.readings(path: path, encoding: encoding, limits: limits), limits: limits, vocabulary: vocabulary)
    }

    /// Parses each reading of one file and keeps the most consistent (see `consistent(_:)`).
    ///
    /// - Throws: the error of the first reading when none parses.
    /// The readings are taken: a file read once goes once it is cleaned.
    public static func parse(readings: consuming [PlanSource], limits: Limits = .standard, vocabulary: TargetVocabulary = .builtIn) throws -> PlanDocument {
        let extractor = TargetExtractor(vocabulary: vocabulary)
        if readings.count == 1 { return try parse(readings.removeLast(), extractor: extractor, limits: limits) }
        return try consistent(readings.map { source in Result { try parse(source, extractor: extractor, limits: limits) } })
    }

    /// Of several readings of one file (a PDF read in each of `pdftotext`'s modes), the one
    /// with the most consistent outline: the most items, then the fewest numbering slips. A
    /// printer that moves a number out of reading order breaks one reading, not every one.
    ///
    /// - Throws: the first reading's error when none parses.
    static func consistent(_ readings: [Result<PlanDocument, any Error>]) throws -> PlanDocument {
        var best: PlanDocument?
        for plan in readings.compactMap({ try? $0.get() }) {
            // Ties keep the earlier reading: pdftotext's reading order first.
            if let current = best, (plan.items.count, -plan.notes.count) <= (current.items.count, -current.notes.count) { continue }
            best = plan
        }
        guard let best else {
            // None parses: the first reading's error says why.
            return try readings.first?.get() ?? { throw InputError.unreadable(path: "", reason: "no reading of the file") }()
        }
        return best
    }

    /// Parses a plan held in memory and reads the targets of every measure.
    ///
    /// The source is taken: a long plan's text goes once it is cleaned, when no caller holds it too.
    public static func parse(_ source: consuming PlanSource, extractor: TargetExtractor = TargetExtractor(), limits: Limits = .standard) throws -> PlanDocument {
        let path = source.path
        guard source.text.utf8.count <= Limits.largestText else {
            throw InputError.unreadable(path: path, reason: "\(source.text.utf8.count) bytes of text, more than the \(Limits.largestText) the tool reads")
        }
        var outline = try OutlineParser.parts(of: source)
        let items = outline.sections.reduce(0) { $0 + $1.items.count }
        if items > limits.items {
            throw InputError.unreadable(path: path, reason: "\(items) items, more than the \(limits.items) a plan may hold")
        }
        // The measures are filled in where they are, then the plan is built once.
        for section in outline.sections.indices {
            // A section that looks back (发展基础) holds past values; the plan's title gives its period.
            let context = TargetContext(title: outline.title, sectionTitle: outline.sections[section].title, vocabulary: extractor.vocabulary)
            for item in outline.sections[section].items.indices {
                // The measures are taken out while they are filled in, so that they are written in place.
                var measures = outline.sections[section].items[item].measures
                outline.sections[section].items[item].measures = []
                for measure in measures.indices { read(&measures[measure], extractor: extractor, context: context, notes: &outline.notes) }
                outline.sections[section].items[item].measures = measures
            }
        }
        let context = TargetContext(title: outline.title, vocabulary: extractor.vocabulary)
        for measure in outline.loose.indices { read(&outline.loose[measure], extractor: extractor, context: context, notes: &outline.notes) }
        return PlanDocument(path: path, title: outline.title, sections: outline.sections, looseMeasures: outline.loose, notes: outline.notes)
    }

    /// Reads the targets of `measure` in place, adding what could not be read with
    /// confidence to `notes`. Most measures say what will be done, not how much: one with
    /// no digit and no numeral character is not decoded to be read.
    private static func read(_ measure: inout Measure, extractor: TargetExtractor, context: TargetContext, notes: inout [ParseNote]) {
        guard measure.hasScalar(where: TargetExtractor.mayBeInNumber) else {
            measure.settle(targets: [])
            return
        }
        let reading = extractor.read(measure.located, context: context)
        measure.settle(targets: reading.targets)
        notes += reading.notes
    }
}

extension TargetListing {
    /// Lists the targets of `path`. A file with no outline, such as a plain list of
    /// sentences, still has every sentence read.
    public static func load(path: String, encoding: TextEncoding? = nil, limits: Limits = .standard,
                            vocabulary: TargetVocabulary = .builtIn) throws -> TargetListing {
        listing(of: try FormatReader.read(path: path, encoding: encoding, limits: limits), extractor: TargetExtractor(vocabulary: vocabulary))
    }

    /// Lists the targets of text held in memory.
    public static func listing(of source: PlanSource, extractor: TargetExtractor = TargetExtractor()) -> TargetListing {
        if let document = try? PlanLoader.parse(source, extractor: extractor) {
            var entries: [(ItemRef?, Target)] = document.looseMeasures.flatMap { $0.targets.map { (nil, $0) } }
            for item in document.items { entries += item.targets.map { (item.ref, $0) } }
            entries.sort { $0.1.line < $1.1.line }
            return TargetListing(entries: entries)
        }
        let lines = OutlineParser.logicalLines(of: source.text)
        let targets = lines.flatMap { SentenceSplitter.measures($0) }.flatMap { extractor.targets(in: $0) }
        return TargetListing(entries: targets.map { (nil, $0) })
    }
}
