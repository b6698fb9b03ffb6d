/// What `planalign review` changed in a review file.
public struct ReviewSummary: Sendable, Hashable {
    public var newSuggestions: Int
    public var staleDecisions: Int
    public var unreviewed: Int
    public var decisions: Int
}

extension ReviewFile {
    /// Brings the file up to date with the engine's current links and both plans' text.
    ///
    /// New engine links become suggestions; suggestions the engine no longer makes are
    /// dropped; every planner decision is kept as it is and marked stale when an item's
    /// text changed since the decision or its ref no longer exists.
    ///
    /// - Complexity: O(e + l) in entries and links, with a dictionary of items.
    public func updated(with alignment: Alignment, municipal: PlanDocument, district: PlanDocument, date: String) -> (ReviewFile, ReviewSummary) {
        let priorities = Dictionary(municipal.items.map { ($0.ref, $0) }, uniquingKeysWith: { first, _ in first })
        let tasks = Dictionary(district.items.map { ($0.ref, $0) }, uniquingKeysWith: { first, _ in first })
        let proposed = Dictionary(alignment.links.map { ($0.pair, $0) }, uniquingKeysWith: { first, _ in first })
        var byPair: [LinkPair: ReviewEntry] = [:]
        for entry in entries where entry.isDecision || proposed[entry.pair] != nil { byPair[entry.pair] = entry }
        var added = 0
        for link in alignment.links where byPair[link.pair] == nil {
            byPair[link.pair] = ReviewEntry(municipal: link.municipal, district: link.district, decision: .suggested, score: link.score,
                                            date: date, municipalFingerprint: priorities[link.municipal].map(Fingerprint.of) ?? "",
                                            districtFingerprint: tasks[link.district].map(Fingerprint.of) ?? "")
            added += 1
        }
        var updated: [ReviewEntry] = []
        updated.reserveCapacity(byPair.count)
        for var entry in byPair.values {
            let priority = priorities[entry.municipal], task = tasks[entry.district]
            if let link = proposed[LinkPair(entry.municipal, entry.district)] { entry.score = link.score }
            if entry.decision == .suggested {
                entry.municipalFingerprint = priority.map(Fingerprint.of) ?? entry.municipalFingerprint
                entry.districtFingerprint = task.map(Fingerprint.of) ?? entry.districtFingerprint
                entry.stale = nil
            } else {
                entry.stale = entry.staleness(priority: priority, task: task)?.description
            }
            updated.append(entry)
        }
        var file = self
        file.replaceEntries(updated)
        let summary = ReviewSummary(newSuggestions: added, staleDecisions: file.entries.filter { $0.stale != nil }.count,
                                    unreviewed: file.entries.filter { $0.decision == .suggested }.count,
                                    decisions: file.entries.filter(\.isDecision).count)
        return (file, summary)
    }

    /// Records a planner's decision on a pair of refs, with a note and the current fingerprints.
    public mutating func decide(_ decision: Decision, municipal ref: ItemRef, district task: ItemRef, note: String, date: String,
                                plans: (municipal: PlanDocument, district: PlanDocument), score: Double?) {
        set(ReviewEntry(municipal: ref, district: task, decision: decision, score: score, note: note, date: date,
                        municipalFingerprint: plans.municipal.item(ref).map(Fingerprint.of) ?? "",
                        districtFingerprint: plans.district.item(task).map(Fingerprint.of) ?? ""))
    }

    /// Records many decisions at once, each replacing any entry for its pair, and keeping
    /// the fields a planner added by hand to an entry it replaces, where it came from, and,
    /// when it changes a decision or its note, the earlier decision in its history.
    ///
    /// - Complexity: O((e + d) log (e + d)) in entries and decisions: one merge, not one insert each.
    public mutating func decide(_ decisions: [ReviewEntry]) {
        var byPair = Dictionary(entries.map { ($0.pair, $0) }, uniquingKeysWith: { first, _ in first })
        for var decision in decisions {
            if let earlier = byPair[decision.pair] {
                if decision.unknownFields.isEmpty { decision.unknownFields = earlier.unknownFields }
                if decision.carried == nil { decision.carried = earlier.carried }
                decision.history = earlier.history
                if earlier.isDecision, earlier.decision != decision.decision || earlier.note != decision.note || earlier.reviewer != decision.reviewer {
                    decision.history.append(ReviewEntry.Earlier(decision: earlier.decision, note: earlier.note, date: earlier.date, reviewer: earlier.reviewer))
                }
            }
            byPair[decision.pair] = decision
        }
        replaceEntries(Array(byPair.values))
    }

    /// The refs of the entries that neither plan has, for validation.
    public func unknownRefs(municipal: PlanDocument, district: PlanDocument) -> [String] {
        let priorities = Set(municipal.items.map(\.ref)), tasks = Set(district.items.map(\.ref))
        var unknown: [String] = []
        for entry in entries {
            if !priorities.contains(entry.municipal) { unknown.append("municipal \(entry.municipal)") }
            if !tasks.contains(entry.district) { unknown.append("district \(entry.district)") }
        }
        return unknown
    }
}
