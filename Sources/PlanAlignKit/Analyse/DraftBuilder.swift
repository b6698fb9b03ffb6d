/// Builds a `PlanDraft` from a gap analysis: collects what each task must take on, then lays
/// the tasks out in the district's order and numbering, numbering the changes as it goes.
struct DraftBuilder {
    let analysis: GapAnalysis
    let year: Int
    /// How the plan words a target, a share and an undecided owner.
    let phrasing: [String: String]

    /// A change waiting for its place in the text.
    enum Pending {
        /// Replace `old` at `offset` of the task's text with `new`; the mark goes at `markOffset`.
        case replace(offset: Int, old: String, new: String, markOffset: Int, change: DraftChange)
        /// A mark at `offset`, no text changed.
        case flag(offset: Int, change: DraftChange)
        /// A sentence added at the end of the task's body.
        case append(String, change: DraftChange)
    }

    /// Per district task, what it takes on.
    var pending: [ItemRef: [Pending]] = [:]
    /// Per municipal priority nothing carries, the district section its stub goes under (nil: a new section).
    var stubs: [(priority: PlanItem, section: ItemRef?)] = []

    init(analysis: GapAnalysis, year: Int, vocabulary: TargetVocabulary) {
        self.analysis = analysis
        self.year = year
        phrasing = vocabulary.phrasing
    }

    /// A phrasing template with its `{name}`s filled.
    func phrase(_ key: String, _ values: [String: String] = [:]) -> String {
        TemplateText.fill(phrasing[key] ?? "", values)
    }

    mutating func build() -> PlanDraft {
        let uncovered = Set(analysis.priorities.filter { $0.status != .covered }.map(\.priority))
        collectTargets(uncovered: uncovered)
        collectMeasures(uncovered: uncovered)
        for task in analysis.districtOnly {
            pending[task.ref, default: []].append(.flag(offset: task.text.scalars.count, change: change(.districtOnly)))
        }
        for priority in analysis.priorities where uncovered.contains(priority.priority) {
            guard let item = analysis.municipal.item(priority.priority) else { continue }
            let near = priority.nearest.first { $0.score >= analysis.ownerScore }
            stubs.append((item, near.flatMap { ref in analysis.district.sections.first { $0.items.contains { $0.ref == ref.ref } }?.ref }))
        }
        return layOut()
    }

    func change(_ kind: DraftChange.Category, municipal: ItemRef? = nil) -> DraftChange {
        DraftChange(id: 0, kind: kind, task: "", municipal: municipal)
    }

    /// The task that carries a priority best: its strongest link that shows substance.
    func carrier(of priority: ItemRef) -> ItemRef? {
        analysis.priorities.first { $0.priority == priority }?.links.first { $0.strength.covers }?.district
    }

    /// Targets behind are raised, missing indicators written in, municipal totals given a
    /// placeholder for the district's share, and targets for another year flagged.
    mutating func collectTargets(uncovered: Set<ItemRef>) {
        let rejected = Set(analysis.alignment.rejected.map(\.link.pair))
        for comparison in analysis.targets.comparisons {
            let municipal = comparison.municipal
            // A planner who rejected the link between the two items rejected the change it would drive.
            if let district = comparison.district, rejected.contains(LinkPair(municipal.item, district.item)) { continue }
            switch comparison.verdict {
            case .behind:
                guard let district = comparison.district, let task = analysis.district.item(district.item) else { continue }
                var change = change(.raisedTarget, municipal: municipal.item)
                change.indicator = district.target.indicator
                change.municipalIndicator = comparison.wordingDiffers ? municipal.target.indicator : nil
                change.from = district.target
                change.to = municipal.target
                pending[task.ref, default: []].append(Self.raise(district.target, to: municipal.target, in: task, change: change))
            case .byHand:
                guard let district = comparison.district, let task = analysis.district.item(district.item) else { continue }
                var change = change(.checkPeriod, municipal: municipal.item)
                change.indicator = district.target.indicator
                change.from = district.target
                change.to = municipal.target
                pending[task.ref, default: []].append(.flag(offset: Self.end(of: district.target, in: task), change: change))
            case .missing, .aggregate:
                // A priority nothing carries gets a stub with its own text; a total the district already counts needs nothing.
                guard comparison.district == nil, !uncovered.contains(municipal.item), let task = carrier(of: municipal.item) else { continue }
                let aggregate = comparison.verdict == .aggregate
                var change = change(aggregate ? .sharePlaceholder : .addedIndicator, municipal: municipal.item)
                change.indicator = municipal.target.indicator
                change.to = municipal.target
                let sentence = aggregate ? sharePhrase(municipal.target) : phrase(municipal.target)
                change.text = sentence
                pending[task, default: []].append(.append(sentence, change: change))
            case .meets, .ahead:
                continue
            }
        }
    }

    /// Each uncovered clause of a covered priority goes to the task nearest it that carries
    /// the priority, or to its strongest carrier.
    mutating func collectMeasures(uncovered: Set<ItemRef>) {
        for gap in analysis.alignment.uncoveredMeasures where !uncovered.contains(gap.priority) {
            let carriers = analysis.priorities.first { $0.priority == gap.priority }?.links.filter(\.strength.covers).map(\.district) ?? []
            guard let task = gap.nearestTask.flatMap({ carriers.contains($0) ? $0 : nil }) ?? carriers.first else { continue }
            var change = change(.addedMeasure, municipal: gap.priority)
            change.text = Self.sentence(gap.measure)
            pending[task, default: []].append(.append(Self.sentence(gap.measure), change: change))
        }
    }

    // MARK: Phrasing

    /// A clause as a sentence of its own, without its closing stop (the renderer writes it).
    static func sentence(_ clause: String) -> String {
        var scalars = clause.trimmingBlanks.scalars
        while let last = scalars.last, CharacterSets.measureBreaks.contains(last) || last == "，" { scalars.removeLast() }
        return String(scalars: scalars)
    }

    /// A municipal target in the plan's own phrasing (from `mappings/targets.json`):
    /// `人均预期寿命达到79.9岁`, `孕产妇死亡率控制在8/10万以下`, with the year when it is set
    /// for another one.
    func phrase(_ target: Target) -> String {
        let value = target.valueText + target.unit
        let body: String
        switch target.bound {
        case .atMost: body = phrase("atMost", ["value": value])
        case .atLeast: body = phrase("atLeast", ["value": value])
        case .range(let low, let high): body = phrase("range", ["low": low.compactText, "high": high.compactText + target.unit])
        case .approximately: body = phrase("approximately", ["value": value])
        }
        let when = target.period.flatMap { $0 != year ? phrase("byYear", ["year": String($0)]) : nil } ?? ""
        return when + target.indicator + body
    }

    /// A municipal total as a placeholder for the district's share: `新建区域医疗中心【待定：区级分解数】个`.
    func sharePhrase(_ target: Target) -> String {
        target.indicator + phrase("share") + target.unit
    }

    // MARK: Places in the text

    /// Where a target's phrase ends in a task's text, or the text's end.
    static func end(of target: Target, in task: PlanItem) -> Int {
        let text = task.text.scalars
        guard let start = text[...].firstOffset(of: target.text.scalars) else { return text.count }
        return start + target.text.unicodeScalars.count
    }

    /// The replacement of a district target's value with the municipal one, at the value's
    /// place inside the target's phrase; a mark alone where the value is not written plainly.
    static func raise(_ district: Target, to municipal: Target, in task: PlanItem, change: DraftChange) -> Pending {
        let text = task.text.scalars
        guard let start = text[...].firstOffset(of: district.text.scalars) else { return .flag(offset: text.count, change: change) }
        let phrase = district.text.scalars
        let written = [district.bound.limit.compactText] + (district.bound.limit >= 10_000 ? [(district.bound.limit / 10_000).compactText + "万"] : [])
        for old in written {
            let needle = old.scalars
            var position = 0
            while position + needle.count <= phrase.count {
                let before = position > 0 ? phrase[position - 1] : nil, after = position + needle.count < phrase.count ? phrase[position + needle.count] : nil
                if phrase[position..<(position + needle.count)].elementsEqual(needle), !(before?.isASCIIDigit ?? false), before != ".",
                   !(after?.isASCIIDigit ?? false), !(after == "." && position + needle.count + 1 < phrase.count && phrase[position + needle.count + 1].isASCIIDigit) {
                    let new = old.hasSuffix("万") ? (municipal.bound.limit / 10_000).compactText + "万" : municipal.bound.limit.compactText
                    return .replace(offset: start + position, old: old, new: new, markOffset: start + phrase.count, change: change)
                }
                position += 1
            }
        }
        return .flag(offset: start + phrase.count, change: change)
    }
}
