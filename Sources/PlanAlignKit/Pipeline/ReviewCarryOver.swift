import Foundation

/// Decisions carried from the review of an earlier version of the district plan (last year's
/// plan, or an earlier draft) to a version that has no review yet: tasks are matched by
/// content, as `planalign diff` matches them, so renumbering loses nothing.
public struct CarryOver: Sendable, Hashable {
    /// The earlier review file.
    public var source: String
    /// The decisions carried, with their new refs; those whose task changed materially keep
    /// the earlier text's fingerprint, so that they read as stale until confirmed again.
    public var entries: [ReviewEntry]
    /// How many carried decisions are stale.
    public var stale: Int
    /// The decisions that could not be placed (their task has no counterpart), as `M:D`.
    public var unplaced: [String]
}

extension PlanPair {
    /// The carry-over for this pair, when it has no review file yet and another review of the
    /// same municipal plan holds an earlier version of this district plan: the one whose tasks
    /// match this plan's best, if at least half of them do.
    ///
    /// - Complexity: O(r · o · n) in the review files and the tasks of both versions.
    public func carryOver() -> CarryOver? {
        guard let reviewPath, !FilePath.exists(reviewPath), let directory = mappings.directory else { return nil }
        let reviews = directory + "/reviews"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: reviews)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        var best: (carry: CarryOver, matched: Double)?
        for name in names {
            let path = reviews + "/" + name
            guard let file = try? ReviewFile.read(path: path), ReviewFile.stem(file.municipalFile) == ReviewFile.stem(municipal.path),
                  !FilePath.same(file.districtFile, district.path),
                  let earlier = try? PlanLoader.load(path: file.districtFile, vocabulary: mappings.targets) else { continue }
            let versions = PlanVersions(old: earlier, new: district)
            let matched = Double(versions.matched.count) / Double(max(1, earlier.items.count))
            guard matched >= 0.5, matched > (best?.matched ?? 0) else { continue }
            best = (carry(file, from: name, versions: versions), matched)
        }
        return best?.carry
    }

    /// The decisions of `file` moved onto this district plan's tasks.
    func carry(_ file: ReviewFile, from name: String, versions: PlanVersions) -> CarryOver {
        var entries: [ReviewEntry] = [], unplaced: [String] = [], stale = 0
        for entry in file.entries where entry.isDecision {
            guard municipal.item(entry.municipal) != nil, let match = versions.counterpart(of: entry.district), let task = district.item(match.new) else {
                unplaced.append(entry.pair.description)
                continue
            }
            var carried = entry
            carried.district = match.new
            carried.carried = "\(name)#\(entry.district)"
            if match.similarity >= PlanVersions.unchanged {
                carried.districtFingerprint = Fingerprint.of(task)
            } else {
                stale += 1
            }
            entries.append(carried)
        }
        return CarryOver(source: name, entries: entries, stale: stale, unplaced: unplaced)
    }
}
