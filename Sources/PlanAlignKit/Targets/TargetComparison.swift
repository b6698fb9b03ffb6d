/// What a municipal target asks of the district, from the district's standpoint.
public enum Verdict: String, Sendable, Hashable, CaseIterable {
    /// The district target is laxer: it must change.
    case behind
    /// The targets are equal.
    case meets
    /// The district is already stricter.
    case ahead
    /// A municipal intensive target with no district counterpart.
    case missing
    /// A municipal count: a total to share out, shown with the district's related count.
    case aggregate
    /// The district is short of the municipal value, but the two are set for different years
    /// (`到2027年` against `到2026年`): a planner must judge whether the district can reach it by then.
    case byHand
}

/// A target and the ref of the item that holds it.
public struct PlacedTarget: Sendable, Hashable {
    public var item: ItemRef
    public var target: Target

    public init(item: ItemRef, target: Target) {
        self.item = item
        self.target = target
    }
}

/// One municipal target set against its district counterpart.
public struct TargetComparison: Sendable, Hashable {
    public var municipal: PlacedTarget
    public var district: PlacedTarget?
    public var verdict: Verdict
    /// Notes from the indicator aliases where a wording may change the definition.
    public var definitionNotes: [String] = []
    /// The past value of the municipal indicator its item states (`2025年 82.25岁`), which
    /// explains how far the target reaches.
    public var municipalBaseline: Target?
    /// The past value of the district indicator its item states.
    public var districtBaseline: Target?

    /// The change the district target needs: municipal bound minus district bound.
    public var change: Double? {
        guard verdict == .behind, let district else { return nil }
        return municipal.target.bound.limit - district.target.bound.limit
    }

    /// Whether the two plans word the indicator differently: a planner should check the definitions match.
    public var wordingDiffers: Bool { district.map { $0.target.indicator != municipal.target.indicator } ?? false }
}

/// The comparison of every municipal target with the district's targets.
public struct TargetComparisons: Sendable, Hashable {
    public var comparisons: [TargetComparison]
    /// The district plan's items, whose targets `districtOnlyPlaces` are.
    private let districtItems: [PlanItem]
    /// Where the district targets no municipal target corresponds to are: a long plan has
    /// one for nearly every target, and a copy of each took 130 bytes.
    private let districtOnlyPlaces: [TargetPlace]

    /// District targets no municipal target corresponds to, read from the plan when asked for.
    public var districtOnly: [PlacedTarget] {
        var placed: [PlacedTarget] = [], item = -1, targets: [Target] = []
        placed.reserveCapacity(districtOnlyPlaces.count)
        for place in districtOnlyPlaces {
            if Int(place.item) != item { (item, targets) = (Int(place.item), districtItems[Int(place.item)].targets) }
            placed.append(PlacedTarget(item: districtItems[item].ref, target: targets[Int(place.target)]))
        }
        return placed
    }

    /// Equal when they say the same: the same comparisons and district-only targets.
    public static func == (left: TargetComparisons, right: TargetComparisons) -> Bool {
        left.comparisons == right.comparisons && left.districtOnly == right.districtOnly
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(comparisons)
        hasher.combine(districtOnly)
    }

    /// Where a target is filed for comparison: by its kind and unit, every count unit under
    /// one name, since any two of them agree (`IndicatorIdentity.unitsAgree`). Units filed
    /// together may still differ in their bytes; the comparison checks.
    struct UnitFile: Hashable {
        var kind: TargetKind
        /// The unit's code (`IndicatorIdentity.unitCode(_:)`): 0 for any count unit. Filed
        /// by an integer, not by hashing the unit's text.
        var unit: UInt64

        init(_ target: Target) {
            kind = target.kind
            unit = IndicatorIdentity.unitCode(target.unit)
        }
    }

    /// A target's item among a plan's items, and its place among the item's targets.
    struct TargetPlace: Sendable, Hashable {
        var item: Int32
        var target: Int32
    }

    /// Compares the targets of two plans.
    ///
    /// - Complexity: O(m · k) in the number of municipal targets and the district targets
    ///   of each one's kind and unit, at most O(m · d).
    public static func compare(municipal: PlanDocument, district: PlanDocument, aliases: IndicatorAliases,
                               thresholds: IndicatorThresholds = .standard) -> TargetComparisons {
        compare(municipal: municipal, normalized: NormalizedTargets(municipal, aliases: aliases),
                district: district, normalized: NormalizedTargets(district, aliases: aliases), thresholds: thresholds)
    }

    /// Compares two plans' targets, whose indicators are normalized already.
    public static func compare(municipal: PlanDocument, normalized municipalTargets: NormalizedTargets,
                               district: PlanDocument, normalized districtNormalized: NormalizedTargets,
                               thresholds: IndicatorThresholds = .standard) -> TargetComparisons {
        // The district side's kinds and units in plain arrays, with where each target is:
        // every municipal target is held against every district target, and reading them
        // out of whole targets copied each one, as a flat copy of every target did.
        // Each district target is filed under its kind and unit (every count unit under one
        // name), in order: a municipal target is held only against those it can match.
        var kinds: [TargetKind] = [], units: [String] = [], places: [TargetPlace] = []
        var filed: [UnitFile: [Int]] = [:]
        for item in 0..<districtNormalized.itemCount {
            for (index, (target, _)) in districtNormalized.item(item).enumerated() {
                filed[UnitFile(target), default: []].append(kinds.count)
                kinds.append(target.kind)
                units.append(target.unit)
                places.append(TargetPlace(item: Int32(item), target: Int32(index)))
            }
        }
        func normalized(_ index: Int) -> IndicatorIdentity.Normalized { districtNormalized.normalized(Int(places[index].item), Int(places[index].target)) }
        func districtTarget(_ index: Int) -> PlacedTarget {
            let place = places[index]
            return PlacedTarget(item: district.items[Int(place.item)].ref, target: districtNormalized.target(Int(place.item), Int(place.target)))
        }
        var used = Set<Int>()
        var comparisons: [TargetComparison] = []
        for (position, item) in municipal.items.enumerated() {
            let targets = municipalTargets.item(position)
            for (target, wording) in targets {
                let placed = PlacedTarget(item: item.ref, target: target)
                let threshold = thresholds.threshold(for: target.kind)
                var found: (index: Int, score: Double)?
                for index in filed[UnitFile(target)] ?? [] where kinds[index] == target.kind && IndicatorIdentity.unitsAgree(target.unit, units[index]) {
                    let score = IndicatorIdentity.score(wording, normalized(index), thresholds: thresholds)
                    if score >= threshold, score > (found?.score ?? 0) { found = (index, score) }
                }
                // The notes are the best match's, worked out for it alone.
                let best = found.map { (index: $0.index, score: $0.score,
                                        notes: IndicatorIdentity.similarity(wording, normalized($0.index), thresholds: thresholds).notes) }
                guard let best else {
                    comparisons.append(TargetComparison(municipal: placed, district: nil,
                                                        verdict: target.kind == .intensive ? .missing : .aggregate))
                    continue
                }
                used.insert(best.index)
                let counterpart = districtTarget(best.index)
                var verdict = target.kind == .intensive ? judge(target, against: counterpart.target, thresholds: thresholds) : .aggregate
                if verdict == .behind, let wanted = target.period, let held = counterpart.target.period, wanted != held { verdict = .byHand }
                comparisons.append(TargetComparison(municipal: placed, district: counterpart, verdict: verdict,
                                                    definitionNotes: best.notes))
            }
        }
        let municipalItems = municipal.firstItems(comparisons.map(\.municipal.item))
        let districtItems = district.firstItems(comparisons.compactMap(\.district?.item))
        for index in comparisons.indices {
            let comparison = comparisons[index]
            comparisons[index].municipalBaseline = municipalItems[comparison.municipal.item].flatMap { baseline(of: comparison.municipal.target, in: $0) }
            comparisons[index].districtBaseline = comparison.district.flatMap { placed in districtItems[placed.item].flatMap { baseline(of: placed.target, in: $0) } }
        }
        return TargetComparisons(comparisons: comparisons, districtItems: district.items,
                                 districtOnlyPlaces: places.indices.filter { !used.contains($0) }.map { places[$0] })
    }

    /// The baseline of `target`'s indicator in `item`: the last past value stated before the
    /// target, in the same unit, whose indicator is the target's or holds it (or is held by it).
    static func baseline(of target: Target, in item: PlanItem) -> Target? {
        item.baselines.last { baseline in
            baseline.unit == target.unit && baseline.line <= target.line && !baseline.indicator.isEmpty && !target.indicator.isEmpty
                && (baseline.indicator.includes(target.indicator) || target.indicator.includes(baseline.indicator))
        }
    }

    /// The verdict for two targets of the same indicator, in the municipal target's direction.
    static func judge(_ municipal: Target, against district: Target, thresholds: IndicatorThresholds = .standard) -> Verdict {
        let wanted = municipal.bound.limit, held = district.bound.limit
        if held == wanted { return .meets }
        // An approximate value is met within the tolerance, never behind by rounding.
        if municipal.comparator == .approximately || district.comparator == .approximately,
           abs(held - wanted) <= thresholds.approximateTolerance * abs(wanted) {
            return .meets
        }
        let lowerIsStricter = municipal.comparator == .atMost
        return (held < wanted) == lowerIsStricter ? .ahead : .behind
    }
}
