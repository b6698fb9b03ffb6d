/// What a planner decided about a link.
public enum Decision: String, Sendable, Hashable, CaseIterable {
    /// Proposed by the engine, not yet reviewed.
    case suggested
    /// Confirmed by a planner.
    case accepted
    /// Turned down by a planner: left out of the alignment.
    case rejected
    /// A link the engine did not propose, added by a planner.
    case added
}

/// One reviewed (or suggested) link of a pair of plans.
public struct ReviewEntry: Sendable, Hashable {
    public var municipal: ItemRef
    public var district: ItemRef
    public var decision: Decision
    /// The engine's score at the last review run, if it proposed or scored the link.
    public var score: Double?
    /// Why the planner decided as they did.
    public var note: String
    /// The date of the decision (or of the first suggestion), `YYYY-MM-DD`.
    public var date: String
    /// Fingerprints of both items' text when the decision was made.
    public var municipalFingerprint: String
    public var districtFingerprint: String
    /// Why the decision may no longer hold: an item's text changed or a ref disappeared.
    public var stale: String?
    /// Where a decision carried over from the review of an earlier version of the district
    /// plan came from: `FILE#REF`, the earlier review file and the task's ref there.
    public var carried: String?
    /// Who made the decision, when a reviewer named themselves (the web page's review mode).
    public var reviewer: String?
    /// The decisions this one replaced, oldest first: a changed decision keeps what it was.
    public var history: [Earlier] = []

    /// A decision as it was before it changed.
    public struct Earlier: Sendable, Hashable {
        public var decision: Decision
        public var note: String
        public var date: String
        public var reviewer: String?
    }
    /// Fields a planner or another tool added to the entry, kept as they were on every rewrite.
    public var unknownFields: [JSONMember] = []

    public init(municipal: ItemRef, district: ItemRef, decision: Decision, score: Double? = nil, note: String = "",
                date: String, municipalFingerprint: String, districtFingerprint: String, stale: String? = nil,
                unknownFields: [JSONMember] = []) {
        self.unknownFields = unknownFields
        self.municipal = municipal
        self.district = district
        self.decision = decision
        self.score = score
        self.note = note
        self.date = date
        self.municipalFingerprint = municipalFingerprint
        self.districtFingerprint = districtFingerprint
        self.stale = stale
    }

    /// Whether a planner made this decision (anything but a suggestion).
    public var isDecision: Bool { decision != .suggested }

    /// The two refs the entry decides.
    public var pair: LinkPair { LinkPair(municipal, district) }
}

/// The planners' decisions for one pair of plans, kept under `mappings/reviews/`.
///
/// The file is pretty-printed JSON with entries sorted by refs, so it diffs cleanly in git.
public struct ReviewFile: Sendable, Hashable {
    /// The municipal plan's file name.
    public var municipalFile: String
    /// The district plan's file name.
    public var districtFile: String
    /// Entries sorted by municipal ref, then district ref, one per pair.
    public private(set) var entries: [ReviewEntry]
    /// Top-level fields a planner or another tool added, kept as they were on every rewrite.
    public var unknownFields: [JSONMember] = []

    public init(municipalFile: String, districtFile: String, entries: [ReviewEntry]) {
        self.municipalFile = municipalFile
        self.districtFile = districtFile
        self.entries = entries.sorted { $0.pair < $1.pair }
    }

    /// Replaces every entry, sorting them once.
    mutating func replaceEntries(_ new: [ReviewEntry]) { entries = new.sorted { $0.pair < $1.pair } }

    /// The position of the entry for `pair`, or where it would go, by binary search.
    private func position(of pair: LinkPair) -> Int {
        var low = 0, high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].pair < pair { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The path of the review file for two plans under a mappings directory.
    public static func path(mappings: String, municipal: String, district: String) -> String {
        "\(mappings)/reviews/\(stem(municipal))--\(stem(district)).json"
    }

    static func stem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// The entry for a pair of refs, if any.
    ///
    /// - Complexity: O(log e).
    public func entry(_ municipal: ItemRef, _ district: ItemRef) -> ReviewEntry? {
        let pair = LinkPair(municipal, district), index = position(of: pair)
        return index < entries.count && entries[index].pair == pair ? entries[index] : nil
    }

    /// Replaces or adds the entry for its pair of refs, keeping the fields a planner added.
    ///
    /// - Complexity: O(e) for the insertion; `decide(_:)` records many at once.
    public mutating func set(_ entry: ReviewEntry) {
        var entry = entry
        let index = position(of: entry.pair)
        if index < entries.count && entries[index].pair == entry.pair {
            if entry.unknownFields.isEmpty { entry.unknownFields = entries[index].unknownFields }
            entries[index] = entry
        } else {
            entries.insert(entry, at: index)
        }
    }
}

extension ReviewFile {
    static let about = "Planners' decisions on the links between two plans. decision: suggested (engine, not yet reviewed), accepted, rejected or added (a link the engine did not propose). Edit decisions and notes by hand or with 'planalign review --accept/--reject/--add M:D --note TEXT'; 'planalign review' adds new suggestions and marks a decision stale when either item's text changed (fingerprint) or its ref is gone. Decisions are never deleted."

    /// The file's JSON text: pretty-printed, entries sorted, stable from run to run.
    public var rendered: String {
        JSONValue.object([
            ("about", .string(ReviewFile.about)),
            ("municipal", .string(municipalFile)),
            ("district", .string(districtFile)),
            ("links", .array(entries.map { entry in
                .object([
                    ("municipal", .string(entry.municipal.rawValue)),
                    ("district", .string(entry.district.rawValue)),
                    ("decision", .string(entry.decision.rawValue)),
                    ("score", .number(entry.score)),
                    ("note", .string(entry.note)),
                    ("date", .string(entry.date)),
                    ("fingerprint", .object([("municipal", .string(entry.municipalFingerprint)),
                                             ("district", .string(entry.districtFingerprint))])),
                    ("stale", .string(entry.stale)),
                ] + (entry.carried.map { [("carried", JSONValue.string($0))] } ?? []) + (entry.reviewer.map { [("reviewer", JSONValue.string($0))] } ?? [])
                    + (entry.history.isEmpty ? [] : [("history", JSONValue.array(entry.history.map { earlier in
                        .object([("decision", .string(earlier.decision.rawValue)), ("note", .string(earlier.note)), ("date", .string(earlier.date)),
                                 ("reviewer", .string(earlier.reviewer))])
                    }))]) + entry.unknownFields.map { ($0.name, $0.value) })
            })),
        ] + unknownFields.map { ($0.name, $0.value) }).rendered()
    }

    /// Reads a review file.
    ///
    /// - Throws: `InputError.malformed` with the line and column of what is wrong.
    public static func read(path: String) throws -> ReviewFile {
        guard let node = try JSONDocument.read(path: path) else { throw InputError.fileNotFound(path: path) }
        return try parse(node, path: path)
    }

    /// The keys the tool writes at the top of a review file and in each entry; any other is kept as it is.
    static let fileKeys: Set<String> = ["about", "municipal", "district", "links"]
    static let entryKeys: Set<String> = ["municipal", "district", "decision", "score", "note", "date", "fingerprint", "stale", "carried", "reviewer", "history"]

    static func parse(_ node: JSONNode, path: String) throws -> ReviewFile {
        func string(_ parent: JSONNode, _ key: String, optional: Bool = false) throws -> String? {
            try JSONDocument.string(parent, key, path: path, optional: optional)
        }
        guard node.members != nil else { throw JSONDocument.mismatch(node, path: path, expected: "a review object") }
        guard let links = node["links"], let list = links.array else {
            throw JSONDocument.mismatch(node["links"] ?? node, path: path, expected: "\"links\": an array")
        }
        var entries: [ReviewEntry] = []
        var seen: [LinkPair: Int] = [:]
        for link in list {
            guard link.members != nil else { throw JSONDocument.mismatch(link, path: path, expected: "a link object") }
            let decisionText = try string(link, "decision") ?? ""
            guard let decision = Decision(rawValue: decisionText) else {
                throw JSONDocument.mismatch(link["decision"] ?? link, path: path,
                                            expected: "a decision: \(Decision.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            var score: Double?
            if let value = link["score"] {
                switch value.content {
                case .null: score = nil
                case .number(let number): score = number
                default: throw JSONDocument.mismatch(value, path: path, expected: "\"score\" as a number or null")
                }
            }
            let fingerprint = link["fingerprint"]
            guard let fingerprint, fingerprint.members != nil else {
                throw JSONDocument.mismatch(link["fingerprint"] ?? link, path: path, expected: "\"fingerprint\": {\"municipal\": …, \"district\": …}")
            }
            entries.append(ReviewEntry(
                municipal: ItemRef(try string(link, "municipal") ?? ""), district: ItemRef(try string(link, "district") ?? ""),
                decision: decision, score: score, note: try string(link, "note", optional: true) ?? "",
                date: try string(link, "date", optional: true) ?? "",
                municipalFingerprint: try string(fingerprint, "municipal") ?? "",
                districtFingerprint: try string(fingerprint, "district") ?? "",
                stale: try string(link, "stale", optional: true),
                unknownFields: JSONMember.unknown(in: link, known: entryKeys)))
            entries[entries.count - 1].carried = try string(link, "carried", optional: true)
            entries[entries.count - 1].reviewer = try string(link, "reviewer", optional: true)
            for earlier in link["history"]?.array ?? [] {
                guard let decision = Decision(rawValue: try string(earlier, "decision") ?? "") else {
                    throw JSONDocument.mismatch(earlier, path: path, expected: "an earlier decision: \(Decision.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                entries[entries.count - 1].history.append(ReviewEntry.Earlier(decision: decision, note: try string(earlier, "note", optional: true) ?? "",
                                                                              date: try string(earlier, "date", optional: true) ?? "",
                                                                              reviewer: try string(earlier, "reviewer", optional: true)))
            }
            let pair = LinkPair(entries[entries.count - 1].municipal, entries[entries.count - 1].district)
            if let first = seen[pair] {
                throw InputError.malformed(path: path, line: link.line, column: link.column,
                                           expected: "one entry per link", found: "a second entry for \(pair) (the first is at line \(first)); keep one")
            }
            seen[pair] = link.line
        }
        var file = ReviewFile(municipalFile: try string(node, "municipal", optional: true) ?? "",
                              districtFile: try string(node, "district", optional: true) ?? "", entries: entries)
        file.unknownFields = JSONMember.unknown(in: node, known: fileKeys)
        return file
    }
}

/// A short, stable fingerprint of an item's text: FNV-1a over its UTF-8 bytes, in hex.
public enum Fingerprint {
    public static func of(_ item: PlanItem) -> String {
        var hash = FNV1a()
        hash.add(item.title + "\n" + item.text)
        let hex = String(hash.value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
