/// A task near a gap, with the departments that lead it: the suggested owner.
public struct NearbyTask: Sendable, Hashable {
    public var ref: ItemRef
    public var title: String
    public var score: Double
    public var lead: [String]
}

/// A municipal priority and how the district carries it.
public struct PriorityCoverage: Sendable, Hashable {
    public var priority: ItemRef
    public var title: String
    /// The links, strongest first.
    public var links: [Link]
    /// The best strength among the links, or nil when no task carries the priority.
    public var strength: Strength? { links.map(\.strength).min() }
    /// Whether the priority is covered, only has weak candidates, or has nothing.
    public var status: CoverageStatus {
        guard let strength else { return .notCovered }
        return strength.covers ? .covered : .candidate
    }
    /// The priority's clauses and whether the district covers each.
    public var measures: [MeasureCoverage]
    /// The nearest tasks, even below the link threshold.
    public var nearest: [NearbyTask]
}

/// Whether the district carries a municipal priority.
public enum CoverageStatus: String, Sendable, Hashable, CaseIterable {
    /// At least one link shows evidence of substance (or a planner confirmed it).
    case covered
    /// Only weak links: a gap to review, with its candidates, and no coverage in any figure.
    case candidate
    /// No task links to the priority at all.
    case notCovered
}

/// What one lead department's tasks serve and which gaps sit nearest to it.
public struct DepartmentView: Sendable, Hashable {
    public var name: String
    /// The district tasks it leads.
    public var tasks: [ItemRef]
    /// The municipal priorities those tasks carry.
    public var priorities: [ItemRef]
    /// Uncovered clauses and unmapped priorities whose nearest task it leads.
    public var nearbyGaps: [MeasureCoverage]
}

/// The gap analysis of a district plan against a municipal plan: everything a report shows.
public struct GapAnalysis: Sendable {
    public var municipal: PlanDocument
    public var district: PlanDocument
    /// The engine's links with the planners' decisions applied.
    public var alignment: ReviewedAlignment
    public var targets: TargetComparisons
    /// Per area, each priority's coverage, in document order.
    public var areas: [(section: PlanSection, priorities: [PriorityCoverage])]
    /// District tasks that carry no municipal priority.
    public var districtOnly: [PlanItem]

    /// How many nearby tasks a gap lists.
    public static let nearbyCount = 3
    /// A gap gets a suggested owner, and counts as near a department, only when its nearest
    /// task scores at least this much: below it the report says the owner is to be decided.
    public let ownerScore: Double

    /// Analyses an alignment and a target comparison of two plans.
    ///
    /// - Complexity: O(p · t) in priorities and tasks.
    public init(municipal: PlanDocument, district: PlanDocument, alignment: ReviewedAlignment, targets: TargetComparisons,
                ownerScore: Double = Parameters.standard.coverage.ownerScore) {
        self.ownerScore = ownerScore
        self.municipal = municipal
        self.district = district
        self.alignment = alignment
        self.targets = targets
        let nearest = municipal.sections.map { section in
            section.items.map { alignment.ranking.best(GapAnalysis.nearbyCount, of: $0.ref) }
        }
        let tasks = district.firstItems(nearest.joined().joined().map(\.task))
        areas = zip(municipal.sections, nearest).map { section, nearest in
            (section, zip(section.items, nearest).map { priority, nearest in
                PriorityCoverage(
                    priority: priority.ref, title: priority.title,
                    links: alignment.links(of: priority.ref).sorted { $0.score != $1.score ? $0.score > $1.score : $0.district < $1.district },
                    measures: alignment.coverage.filter { $0.priority == priority.ref },
                    nearest: nearest.compactMap { entry in
                        tasks[entry.task].map { NearbyTask(ref: $0.ref, title: $0.title, score: Score.rounded(entry.score), lead: $0.lead) }
                    })
            })
        }
        let unlinked = Set(alignment.unlinkedTasks)
        districtOnly = district.items.filter { unlinked.contains($0.ref) }
    }

    /// Every priority's coverage, in document order.
    public var priorities: [PriorityCoverage] { areas.flatMap(\.priorities) }

    /// Lead departments, those leading most tasks first: what each one's tasks serve and
    /// which gaps sit nearest to it. Worked out when a report asks, since a whole-city view does not.
    ///
    /// - Complexity: O(t + l + g) in tasks, links and gaps.
    public var departments: [DepartmentView] {
        let gaps = alignment.uncoveredMeasures.filter { $0.score >= ownerScore }
        let tasks = district.firstItems(alignment.links.map(\.district) + gaps.compactMap(\.nearestTask))
        var views: [String: DepartmentView] = [:]
        for task in district.items {
            for name in task.lead {
                views[name, default: DepartmentView(name: name, tasks: [], priorities: [], nearbyGaps: [])].tasks.append(task.ref)
            }
        }
        for link in alignment.links {
            for name in tasks[link.district]?.lead ?? [] where !(views[name]?.priorities.contains(link.municipal) ?? true) {
                views[name]?.priorities.append(link.municipal)
            }
        }
        for gap in gaps {
            for name in gap.nearestTask.flatMap({ tasks[$0] })?.lead ?? [] { views[name]?.nearbyGaps.append(gap) }
        }
        return views.values.map { view in
            var view = view
            view.priorities.sort()
            return view
        }.sorted { $0.tasks.count != $1.tasks.count ? $0.tasks.count > $1.tasks.count : $0.name < $1.name }
    }

    /// The summary figures of the report.
    public var summary: Summary {
        let all = priorities
        var verdicts: [Verdict: Int] = [:]
        for comparison in targets.comparisons { verdicts[comparison.verdict, default: 0] += 1 }
        return Summary(
            priorities: all.count, strong: all.filter { $0.strength == .strong }.count,
            partial: all.filter { $0.strength == .partial }.count, candidates: all.filter { $0.status == .candidate }.count,
            uncoveredPriorities: all.filter { $0.status == .notCovered }.count,
            measures: alignment.coverage.count, uncoveredMeasures: alignment.uncoveredMeasures.count,
            verdicts: verdicts, tasks: district.items.count, districtOnlyTasks: districtOnly.count,
            confirmedLinks: alignment.links.filter { $0.origin != .engine }.count,
            engineLinks: alignment.links.filter { $0.origin == .engine }.count)
    }

    /// The headline figures.
    public struct Summary: Sendable, Hashable {
        public var priorities: Int
        public var strong: Int
        public var partial: Int
        /// Priorities with weak links only.
        public var candidates: Int
        /// Priorities no task links to.
        public var uncoveredPriorities: Int
        public var measures: Int
        public var uncoveredMeasures: Int
        public var verdicts: [Verdict: Int]
        public var tasks: Int
        public var districtOnlyTasks: Int
        public var confirmedLinks: Int
        public var engineLinks: Int
    }

    /// The district task with `ref`.
    public func task(_ ref: ItemRef) -> PlanItem? { district.item(ref) }

    /// The comparisons with one verdict.
    public func comparisons(_ verdict: Verdict) -> [TargetComparison] { targets.comparisons.filter { $0.verdict == verdict } }
}
