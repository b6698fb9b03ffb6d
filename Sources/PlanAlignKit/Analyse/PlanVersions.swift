/// Two versions of one plan (last year's and this year's draft, or two drafts), their items
/// matched by content rather than by number: a renumbered task is the same task.
public struct PlanVersions: Sendable {
    public var old: PlanDocument
    public var new: PlanDocument
    /// Matched items, in the new plan's order.
    public var matched: [Match]
    /// Old items with no counterpart: removed.
    public var removed: [ItemRef]
    /// New items with no counterpart: added.
    public var added: [ItemRef]

    /// One old item and the new item that continues it.
    public struct Match: Sendable, Hashable {
        public var old: ItemRef
        public var new: ItemRef
        /// How alike the two are, from 0 to 1: half their titles, half their texts.
        public var similarity: Double
    }

    /// How alike two items must be to count as one item in two versions.
    public static let sameItem = 0.35
    /// How alike two versions of an item must be for a decision on it to carry over without
    /// a second look: below this the text changed materially.
    public static let unchanged = 0.8

    /// Matches the items of two versions: the most alike pair first, each item at most once.
    ///
    /// - Complexity: O(o · n · b) in the items of both versions and their bigrams.
    public init(old: PlanDocument, new: PlanDocument) {
        self.old = old
        self.new = new
        let oldKeys = old.items.map(PlanVersions.keys), newKeys = new.items.map(PlanVersions.keys)
        var candidates: [(old: Int, new: Int, similarity: Double)] = []
        for (i, left) in oldKeys.enumerated() {
            for (j, right) in newKeys.enumerated() {
                let similarity = PlanVersions.similarity(left, right)
                if similarity >= PlanVersions.sameItem { candidates.append((i, j, similarity)) }
            }
        }
        candidates.sort { ($0.similarity, -$0.old, -$0.new) > ($1.similarity, -$1.old, -$1.new) }
        var oldUsed = Set<Int>(), newUsed = Set<Int>(), matches: [Match] = []
        var newIndex: [Int: Int] = [:]
        for candidate in candidates where !oldUsed.contains(candidate.old) && !newUsed.contains(candidate.new) {
            oldUsed.insert(candidate.old)
            newUsed.insert(candidate.new)
            newIndex[candidate.new] = matches.count
            matches.append(Match(old: old.items[candidate.old].ref, new: new.items[candidate.new].ref, similarity: Score.rounded(candidate.similarity)))
        }
        matched = new.items.indices.compactMap { newIndex[$0].map { matches[$0] } }
        removed = old.items.indices.filter { !oldUsed.contains($0) }.map { old.items[$0].ref }
        added = new.items.indices.filter { !newUsed.contains($0) }.map { new.items[$0].ref }
    }

    /// The new item that continues an old one.
    public func counterpart(of old: ItemRef) -> Match? { matched.first { $0.old == old } }

    /// An item's title and text as sorted, distinct bigram keys.
    static func keys(_ item: PlanItem) -> (title: [UInt64], text: [UInt64]) {
        func sorted(_ text: String) -> [UInt64] { Array(Set(Bigram.all(of: text.scalars.filter(\.isChineseText)).map(\.key))).sorted() }
        return (sorted(item.title), sorted(item.text))
    }

    /// Half the Dice coefficient of the titles' bigrams, half the texts'.
    static func similarity(_ left: (title: [UInt64], text: [UInt64]), _ right: (title: [UInt64], text: [UInt64])) -> Double {
        0.5 * dice(left.title, right.title) + 0.5 * dice(left.text, right.text)
    }

    /// `2|A ∩ B| / (|A| + |B|)` of two sorted sets.
    static func dice(_ left: [UInt64], _ right: [UInt64]) -> Double {
        guard !left.isEmpty || !right.isEmpty else { return 1 }
        return 2 * Double(IndicatorIdentity.sharedBigrams(left, right)) / Double(left.count + right.count)
    }
}
