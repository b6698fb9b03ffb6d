import Foundation

/// A file of decisions exported by the web page's review mode.
public struct DecisionsFile: Sendable, Hashable {
    /// The plans' file names the decisions are for.
    public var municipal: String
    public var district: String
    public var reviewer: String
    public var decisions: [Imported]

    /// One decision of the file.
    public struct Imported: Sendable, Hashable {
        public var pair: LinkPair
        public var decision: Decision
        public var note: String
    }

    /// The marker the web page writes, so that no other JSON file is taken for decisions.
    public static let marker = "planalign-decisions"

    /// Reads an exported decisions file.
    ///
    /// - Throws: `InputError` naming the file, line and column of what is wrong.
    public static func read(path: String) throws -> DecisionsFile {
        guard let node = try JSONDocument.read(path: path) else { throw InputError.fileNotFound(path: path) }
        try JSONDocument.checkKeys(of: node, allowed: ["format", "municipal", "district", "reviewer", "decisions"], path: path)
        guard node["format"]?.string == marker else {
            throw JSONDocument.mismatch(node["format"] ?? node, path: path, expected: "\"format\": \"\(marker)\", as the report's review mode writes it")
        }
        func string(_ parent: JSONNode, _ key: String) throws -> String { try JSONDocument.string(parent, key, path: path) ?? "" }
        guard let list = node["decisions"]?.array else { throw JSONDocument.mismatch(node["decisions"] ?? node, path: path, expected: "\"decisions\": an array") }
        var decisions: [Imported] = []
        for item in list {
            try JSONDocument.checkKeys(of: item, allowed: ["municipal", "district", "decision", "note"], path: path)
            guard let decision = Decision(rawValue: try string(item, "decision")), decision != .suggested else {
                throw JSONDocument.mismatch(item["decision"] ?? item, path: path, expected: "a decision: accepted, rejected or added")
            }
            decisions.append(Imported(pair: LinkPair(ItemRef(try string(item, "municipal")), ItemRef(try string(item, "district"))),
                                      decision: decision, note: item["note"]?.string ?? ""))
        }
        return DecisionsFile(municipal: try string(node, "municipal"), district: try string(node, "district"),
                             reviewer: node["reviewer"]?.string ?? "", decisions: decisions)
    }
}

/// What importing a decisions file did.
public struct ImportOutcome: Sendable, Hashable {
    public var path: String
    /// Decisions recorded: new ones, and changes of a reviewer's own earlier decision (kept in its history).
    public var recorded: Int
    /// Decisions the file already held as they are.
    public var unchanged: Int
    /// Decisions that would overwrite another reviewer's different decision: left as they were.
    public var conflicts: [String]
}

extension PlanPair {
    /// Merges an exported decisions file into the pair's review file, under its lock: each
    /// decision is recorded with its reviewer and `date`; a changed decision keeps the one it
    /// replaces in its history; a decision that differs from another reviewer's is a conflict,
    /// reported and not written.
    ///
    /// - Throws: `ReviewError` when the file is for another pair of plans or names a ref a plan lacks.
    public func importDecisions(_ file: DecisionsFile, date: String) throws -> ImportOutcome {
        guard let path = reviewPath else { throw ReviewError.noMappingsDirectory }
        guard file.municipal == FileBytes.name(municipal.path), file.district == FileBytes.name(district.path) else {
            throw ReviewError.otherPlans(municipal: file.municipal, district: file.district)
        }
        for decided in file.decisions {
            let planned = PlannerDecision(decided.decision, decided.pair)
            if municipal.item(decided.pair.municipal) == nil { throw ReviewError.unknownRef(planned, plan: "municipal", ref: decided.pair.municipal) }
            if district.item(decided.pair.district) == nil { throw ReviewError.unknownRef(planned, plan: "district", ref: decided.pair.district) }
        }
        let alignment = engineAlignment()
        let reviewer = file.reviewer.isEmpty ? nil : file.reviewer
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        return try FileLock.withLock(path + ".lock") { () throws -> ImportOutcome in
            let current = try FilePath.exists(path) ? ReviewFile.read(path: path)
                : ReviewFile(municipalFile: municipal.path, districtFile: district.path, entries: [])
            var (updated, _) = current.updated(with: alignment, municipal: municipal, district: district, date: date)
            var entries: [ReviewEntry] = [], unchanged = 0, conflicts: [String] = []
            for decided in file.decisions {
                let earlier = updated.entry(decided.pair.municipal, decided.pair.district)
                if let earlier, earlier.isDecision, earlier.decision == decided.decision, earlier.note == decided.note || decided.note.isEmpty {
                    unchanged += 1
                    continue
                }
                if let earlier, earlier.isDecision, earlier.decision != decided.decision, let other = earlier.reviewer, other != reviewer {
                    conflicts.append("\(decided.pair): \(other) \(earlier.decision.rawValue), \(reviewer ?? "?") \(decided.decision.rawValue)")
                    continue
                }
                var entry = ReviewEntry(municipal: decided.pair.municipal, district: decided.pair.district, decision: decided.decision,
                                        score: earlier?.score, note: decided.note, date: date,
                                        municipalFingerprint: municipal.item(decided.pair.municipal).map(Fingerprint.of) ?? "",
                                        districtFingerprint: district.item(decided.pair.district).map(Fingerprint.of) ?? "")
                entry.reviewer = reviewer
                entries.append(entry)
            }
            updated.decide(entries)
            let (final, _) = updated.updated(with: alignment, municipal: municipal, district: district, date: date)
            try OutputFile.write(final.rendered, to: path)
            return ImportOutcome(path: path, recorded: entries.count, unchanged: unchanged, conflicts: conflicts)
        }
    }
}
