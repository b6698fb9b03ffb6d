import Foundation

/// A planner's decision on one link, as `planalign review` records it.
public struct PlannerDecision: Sendable, Hashable {
    public var decision: Decision
    public var pair: LinkPair

    public init(_ decision: Decision, _ pair: LinkPair) {
        self.decision = decision
        self.pair = pair
    }
}

/// Why decisions cannot be recorded as given.
public enum ReviewError: Error, Equatable, Sendable {
    /// A decision names a ref the plan does not hold.
    case unknownRef(PlannerDecision, plan: String, ref: ItemRef)
    /// One call decides the same link two ways.
    case conflicting(LinkPair, Decision, Decision)
    /// The pair has no mappings directory to keep its review in.
    case noMappingsDirectory
    /// A decisions file made for other plans.
    case otherPlans(municipal: String, district: String)
}

/// What recording a review changed.
public struct ReviewOutcome: Sendable, Hashable {
    /// Where the review file is.
    public var path: String
    /// Engine links that became suggestions.
    public var newSuggestions: Int
    /// Decisions recorded by this call.
    public var recorded: Int
    /// The summary of the file as written.
    public var summary: ReviewSummary
    /// The decisions carried from an earlier version's review, when the file was new.
    public var carried: CarryOver?
}

extension PlanPair {
    /// Brings the pair's review file up to date with the engine's links, records
    /// `decisions` with `note` and `date`, and writes the file atomically.
    ///
    /// - Throws: `ReviewError` for a ref either plan lacks or a link decided two ways,
    ///   before anything is written; `InputError` when the file cannot be written.
    /// - Complexity: O(e + l + d) in entries, engine links and decisions.
    public func recordReview(_ decisions: [PlannerDecision], note: String, date: String, reviewer: String? = nil) throws -> ReviewOutcome {
        guard let path = reviewPath else { throw ReviewError.noMappingsDirectory }
        var seen: [LinkPair: Decision] = [:]
        for decided in decisions {
            if municipal.item(decided.pair.municipal) == nil { throw ReviewError.unknownRef(decided, plan: "municipal", ref: decided.pair.municipal) }
            if district.item(decided.pair.district) == nil { throw ReviewError.unknownRef(decided, plan: "district", ref: decided.pair.district) }
            if let earlier = seen[decided.pair], earlier != decided.decision { throw ReviewError.conflicting(decided.pair, earlier, decided.decision) }
            seen[decided.pair] = decided.decision
        }
        let alignment = engineAlignment()
        let carried = carryOver()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        // Read, merge and write under one lock, reading the file afresh: another run may have
        // recorded decisions since this pair was loaded.
        let (firstPass, summary) = try FileLock.withLock(path + ".lock") { () throws -> (ReviewSummary, ReviewSummary) in
            let current = try FilePath.exists(path) ? ReviewFile.read(path: path)
                : ReviewFile(municipalFile: municipal.path, districtFile: district.path, entries: carried?.entries ?? [])
            var (file, firstPass) = current.updated(with: alignment, municipal: municipal, district: district, date: date)
            file.decide(decisions.map { decided in
                var entry = ReviewEntry(municipal: decided.pair.municipal, district: decided.pair.district, decision: decided.decision,
                                        score: alignment.ranking.score(of: decided.pair).map(Score.rounded), note: note, date: date,
                                        municipalFingerprint: municipal.item(decided.pair.municipal).map(Fingerprint.of) ?? "",
                                        districtFingerprint: district.item(decided.pair.district).map(Fingerprint.of) ?? "")
                entry.reviewer = reviewer
                return entry
            })
            let (final, summary) = file.updated(with: alignment, municipal: municipal, district: district, date: date)
            try OutputFile.write(final.rendered, to: path)
            return (firstPass, summary)
        }
        return ReviewOutcome(path: path, newSuggestions: firstPass.newSuggestions, recorded: decisions.count, summary: summary,
                             carried: carried)
    }
}
