/// Links district tasks to municipal priorities by keyword and target-type similarity,
/// and says why.
///
/// The score of a pair is a weighted sum of four signals (see `MatchWeights`):
/// the TF-IDF cosine of the two whole texts, the cosine of their best-matching pair of
/// a municipal measure and a district sentence, a bonus for a shared indicator, and a
/// bonus when the task's heading names a concept of the priority's heading or its field.
public struct MatchEngine: Sendable {
    public var mappings: Mappings
    public var parameters: Parameters
    /// How much of a district plan's text is counted at a time (see `DistrictCounts`).
    var stretchBytes = DistrictCounts.standardStretchBytes

    public init(mappings: Mappings, parameters: Parameters = .standard) {
        self.mappings = mappings
        self.parameters = parameters
    }

    /// Tokenizes `municipal` once, for aligning many district plans against it.
    public func prepare(_ municipal: PlanDocument) -> PreparedPlan {
        PreparedPlan(municipal, mappings: mappings, parameters: parameters)
    }

    /// Aligns `district` to `municipal`: the engine's own links, without any planner's decision.
    ///
    /// - Complexity: O(p · t · s) in priorities, tasks and sentences per item, each
    ///   sentence pair a merge of two sparse vectors.
    /// `explaining` names pairs the engine should score and explain even where it links
    /// nothing: a review's decisions need their score and evidence. Without `coverage`,
    /// the clause-level coverage is skipped: a portfolio of many plans needs the links,
    /// not each clause's nearest sentence.
    public func align(municipal: PlanDocument, district: PlanDocument, explaining: [LinkPair] = [], coverage: Bool = true,
                      evidence: Bool = true) -> Alignment {
        let prepared = prepare(municipal)
        return align(municipal: prepared, district: district, targets: normalizedTargets(of: district),
                     explaining: explaining, coverage: coverage, evidence: evidence)
    }

    /// Each item's targets with their normalized indicators, as `align` and target comparison read them.
    public func normalizedTargets(of plan: PlanDocument) -> NormalizedTargets {
        NormalizedTargets(plan, aliases: mappings.indicators)
    }

    /// Aligns `district`, whose targets' indicators are normalized already, to a municipal
    /// plan prepared by `prepare(_:)`; the result is the same as aligning to the plan itself.
    public func align(municipal prepared: PreparedPlan, district: PlanDocument, targets districtTargets: NormalizedTargets,
                      explaining: [LinkPair] = [], coverage: Bool = true, evidence: Bool = true) -> Alignment {
        let municipal = prepared.plan
        let space = VectorSpace(municipal: prepared, district: district, parameters: parameters, stretchBytes: stretchBytes)
        var links: [Link] = []
        let priorities = municipal.items, tasks = district.items
        let rule = parameters.decision
        // Each priority's agreement bits read from a plain array: most pairs stop at them, and
        // reading them from the sets would hand each set's arrays over for every pair.
        let priorityIndicators = prepared.indicators, priorityBits = priorityIndicators.map(\.agreementBits)
        // One score a pair; the shared indicators only where there are some. The district is
        // read once, a stretch at a time: each task's whole text and each of its sentences
        // are scored against the priorities, and each sentence against the priorities'
        // clauses for coverage. The best pairs are swept task by task and not kept in a
        // table, which for a long plan was as large as the scores: each priority keeps those
        // of its best-scoring tasks, the ones it can link to.
        var scores = [Double](repeating: 0, count: priorities.count * tasks.count)
        var sharedIndicators: [Int: [String]] = [:]
        var candidates = [TopScores<(task: Int, bestPair: Double)>](repeating: TopScores(capacity: rule.maximumLinks), count: priorities.count)
        let clauses = coverage ? space.nearestSentences(municipal: municipal) : nil
        var nearest = clauses
        let weights = parameters.score
        space.sweepStretches(clauses: clauses) { stretch in
            if let found = stretch.nearest { nearest?.merge(found) }
            for local in 0..<stretch.count {
                let taskIndex = stretch.first + local
                let taskIndicators = IndicatorSet(districtTargets, item: taskIndex)
                for priorityIndex in priorities.indices {
                    let cell = priorityIndex * tasks.count + taskIndex, scored = priorityIndex * stretch.count + local
                    let indicators = priorityBits[priorityIndex] & taskIndicators.agreementBits == 0 ? []
                        : MatchEngine.sharedIndicators(priorityIndicators[priorityIndex], taskIndicators, thresholds: parameters.identity)
                    if !indicators.isEmpty { sharedIndicators[cell] = indicators }
                    let bestPair = stretch.bestPairs[scored]
                    scores[cell] = weights.itemShare * stretch.items[scored] + weights.measureShare * bestPair
                        + (indicators.isEmpty ? 0 : weights.targetBonus)
                        + (space.sharesHeadingConcept(priority: priorityIndex, task: taskIndex) ? weights.headingBonus : 0)
                    candidates[priorityIndex].offer(scores[cell], (taskIndex, bestPair))
                }
            }
        }
        /// A pair's best pair score: kept for a priority's candidates, read again for any other.
        func bestPair(_ priority: Int, _ task: Int) -> Double {
            candidates[priority].entries.first { $0.value.task == task }?.value.bestPair ?? space.bestPair(priority: priority, task: task)
        }
        let ranking = Ranking(priorities: priorities.map(\.ref), tasks: tasks.map(\.ref), scores: scores)
        var taskVectors: TaskVectors? = evidence ? TaskVectors() : nil
        for priorityIndex in priorities.indices {
            let ranked = ranking.best(rule.maximumLinks, row: priorityIndex)
            let best = ranked.first?.score ?? 0
            for (rank, candidate) in ranked.enumerated()
            where (candidate.score >= rule.minimumScore && candidate.score >= rule.relativeToBest * best)
                || (rank == 0 && candidate.score >= rule.bestFloor) {
                links.append(link(space, priority: priorityIndex, task: candidate.task, of: (priorities, tasks), score: candidate.score,
                                  bestPair: bestPair(priorityIndex, candidate.task),
                                  indicators: sharedIndicators[priorityIndex * tasks.count + candidate.task] ?? [],
                                  evidence: &taskVectors))
            }
        }
        var explained: [Link] = []
        if !explaining.isEmpty {
            // A pair asked to be explained always shows its evidence.
            if taskVectors == nil { taskVectors = TaskVectors() }
            let priorityIndex = Dictionary(priorities.enumerated().map { ($1.ref, $0) }, uniquingKeysWith: { first, _ in first })
            let proposed = Set(links.map(\.pair))
            for pair in Set(explaining).sorted() where !proposed.contains(pair) {
                guard let p = priorityIndex[pair.municipal], let t = ranking.taskIndex(of: pair.district) else { continue }
                let cell = p * tasks.count + t
                explained.append(link(space, priority: p, task: t, of: (priorities, tasks), score: scores[cell],
                                      bestPair: bestPair(p, t), indicators: sharedIndicators[cell] ?? [], evidence: &taskVectors))
            }
        }
        let linkedPriorities = Set(links.map(\.municipal)), linkedTasks = Set(links.map(\.district))
        return Alignment(
            links: links,
            unmappedPriorities: municipal.items.map(\.ref).filter { !linkedPriorities.contains($0) },
            unlinkedTasks: district.items.map(\.ref).filter { !linkedTasks.contains($0) },
            coverage: nearest.map { space.coverage(municipal: municipal, district: district, nearest: $0,
                                                   carriers: Set(links.filter(\.strength.covers).map(\.pair))) } ?? [],
            ranking: ranking, explained: explained)
    }

    /// The district items' counted rows and vectors that evidence reads, each counted and
    /// weighed once however many priorities link to its task.
    struct TaskVectors {
        private var tasks: [Int: (counted: CountedPlan, vector: VectorRows)] = [:]

        /// Task `task`'s rows, as a plan of one item, and its item vector in `space`.
        mutating func task(_ task: Int, in space: VectorSpace) -> (counted: CountedPlan, vector: VectorRows) {
            if let read = tasks[task] { return read }
            let counted = space.district.item(task)
            let read = (counted, space.items(counted).vector(0))
            tasks[task] = read
            return read
        }
    }

    /// A link between two items, with its evidence when `vectors` is there to read it with.
    func link(_ space: VectorSpace, priority: Int, task: Int, of items: ([PlanItem], [PlanItem]), score: Double, bestPair: Double,
              indicators: [String], evidence vectors: inout TaskVectors?) -> Link {
        let headings = space.headingConcepts(priority: priority, task: task).map { space.tokenizer.text(of: space.keys[Int($0)]) }
        let (municipalItem, districtItem) = (items.0[priority], items.1[task])
        let read = vectors?.task(task, in: space)
        let evidence = if let read {
            Evidence(terms: space.sharedTerms(priority: priority, task: read.counted, taskVector: read.vector,
                                                texts: (municipalItem.title + "\n" + municipalItem.text, districtItem.title + "\n" + districtItem.text),
                                                limit: parameters.evidence.terms),
                       indicators: indicators, headings: headings,
                       measures: Array(space.measurePairs(priority: priority, task: read.counted, items: (municipalItem, districtItem))
                        .prefix(parameters.evidence.measurePairs)))
        } else {
            Evidence(terms: [], indicators: indicators, headings: headings, measures: [])
        }
        let substance = space.substance(priority: priority, task: task, bestPair: bestPair, sharesIndicator: !indicators.isEmpty)
        var link = Link(municipal: items.0[priority].ref, district: items.1[task].ref, score: Score.rounded(score),
                        strength: Strength(score: score, substantive: !substance.isEmpty, rule: parameters.decision), evidence: evidence)
        link.evidence.substance = substance
        return link
    }

    /// One item's targets laid out for comparing many pairs: kinds, units and normalized
    /// indicators in plain arrays, read in place without copying whole targets.
    struct IndicatorSet {
        var kinds: [TargetKind] = []
        var units: [String] = []
        /// Each unit's code (`IndicatorIdentity.unitCode(_:)`), checked against the bytes when equal.
        var unitCodes: [UInt64] = []
        var normalized: [IndicatorIdentity.Normalized] = []
        var names: [String] = []
        /// One bit for each target's kind and unit code together: two sets whose bits do not
        /// meet hold no pair of targets of one kind whose units agree, so they share no
        /// indicator, and alignment does not compare them.
        var agreementBits: UInt64 = 0

        /// Item `item`'s targets among `targets`.
        init(_ targets: NormalizedTargets, item: Int) {
            let count = targets.count(ofItem: item)
            guard count > 0 else { return }
            kinds.reserveCapacity(count)
            units.reserveCapacity(count)
            unitCodes.reserveCapacity(count)
            normalized.reserveCapacity(count)
            names.reserveCapacity(count)
            for (target, normalized) in targets.item(item) {
                let code = IndicatorIdentity.unitCode(target.unit)
                kinds.append(target.kind)
                units.append(target.unit)
                unitCodes.append(code)
                agreementBits |= IndicatorSet.agreementBit(kind: target.kind, unitCode: code)
                self.normalized.append(normalized)
                names.append(target.indicator)
            }
        }

        /// The bit a target of `kind` whose unit has `unitCode` sets in `agreementBits`: the
        /// two, mixed by the Fibonacci hash, pick one of 64.
        static func agreementBit(kind: TargetKind, unitCode: UInt64) -> UInt64 {
            1 << (((unitCode &+ (kind == .intensive ? 1 : 2)) &* PackedSlots.multiplier) >> 58)
        }

        /// Whether the units of target `i` here and target `j` of `other` agree, as
        /// `IndicatorIdentity.unitsAgree` says: compared as integers, and as bytes only when
        /// the integers are equal.
        @inline(__always)
        func unitsAgree(_ i: Int, _ other: IndicatorSet, _ j: Int) -> Bool {
            let code = unitCodes[i]
            return code == other.unitCodes[j] && (code == 0 || units[i].hasSameBytes(as: other.units[j]))
        }
    }

    /// Indicators that both items set targets for, as `municipal ~ district`.
    static func sharedIndicators(_ priority: IndicatorSet, _ task: IndicatorSet, thresholds: IndicatorThresholds) -> [String] {
        var shared: [String] = []
        // The arrays are read through locals: a pair of small plans compares every target of
        // one with every target of the other, and field access in the loop retained each.
        let (kinds, otherKinds) = (priority.kinds, task.kinds)
        guard !kinds.isEmpty, !otherKinds.isEmpty else { return shared }
        let (normalized, otherNormalized) = (priority.normalized, task.normalized)
        for i in kinds.indices {
            let threshold = thresholds.threshold(for: kinds[i])
            for j in otherKinds.indices where otherKinds[j] == kinds[i] && priority.unitsAgree(i, task, j) {
                if IndicatorIdentity.score(normalized[i], otherNormalized[j], thresholds: thresholds) >= threshold {
                    shared.append("\(priority.names[i]) ~ \(task.names[j])")
                }
            }
        }
        return shared
    }
}
