/// One district plan's place in the whole-city view.
public struct DistrictSummary: Sendable {
    /// The plan's file name.
    public var file: String
    /// The plan's title, or nil when it could not be read.
    public var title: String?
    /// Why the plan was skipped, when it could not be read or parsed.
    public var failure: String?
    /// The number of tasks.
    public var tasks: Int
    /// Each priority's best link strength, by priority ref; nil where no task carries it.
    public var strengths: [ItemRef: Strength]
    /// Targets the district must tighten.
    public var behind: [TargetComparison]
    /// Municipal intensive targets the district sets no target for.
    public var missing: Int
    /// Tasks with no municipal counterpart.
    public var districtOnly: Int

    /// A plan that could not be used, with the reason.
    static func failed(_ file: String, _ reason: String) -> DistrictSummary {
        DistrictSummary(file: file, title: nil, failure: reason, tasks: 0, strengths: [:], behind: [], missing: 0, districtOnly: 0)
    }
}

/// Every district plan aligned against the municipal plan.
public struct Portfolio: Sendable {
    public var municipal: PlanDocument
    /// The districts in file-name order, readable or not.
    public var districts: [DistrictSummary]

    /// Aligns every source against `municipal`, in parallel on all cores.
    ///
    /// Each plan is parsed, matched and compared in its own child task; results are put
    /// back in input order, so the output does not depend on scheduling. A plan that
    /// cannot be read or parsed is kept with its reason.
    ///
    /// - Complexity: O(n · p · t) for n plans of t tasks against p priorities.
    public static func build(municipal: PlanDocument, sources: [Result<PlanSource, InputError>], mappings: Mappings) async -> Portfolio {
        let engine = MatchEngine(mappings: mappings)
        let prepared = engine.prepare(municipal)
        var summaries = [DistrictSummary?](repeating: nil, count: sources.count)
        await withTaskGroup(of: (Int, DistrictSummary).self) { group in
            for (index, source) in sources.enumerated() {
                group.addTask {
                    (index, Portfolio.summarize(source, municipal: prepared, engine: engine))
                }
            }
            for await (index, summary) in group { summaries[index] = summary }
        }
        return Portfolio(municipal: municipal, districts: summaries.compactMap { $0 })
    }

    /// Reads the plan files at `paths` (failures kept with their reason) and builds the portfolio.
    public static func build(municipal: PlanDocument, paths: [String], mappings: Mappings) async -> Portfolio {
        let sources = paths.map { path in Result { try FormatReader.read(path: path) }.mapError { $0 as? InputError ?? .unreadable(path: path, reason: "\($0)") } }
        return await build(municipal: municipal, sources: sources, mappings: mappings)
    }

    static func summarize(_ source: Result<PlanSource, InputError>, municipal prepared: PreparedPlan, engine: MatchEngine) -> DistrictSummary {
        let plan: PlanDocument
        switch source {
        case .failure(let error):
            return .failed(MarkdownReport.fileName(error.path), "\(error)")
        case .success(let text):
            do { plan = try PlanLoader.parse(text) } catch {
                return .failed(MarkdownReport.fileName(text.path), "\(error)")
            }
        }
        // Both the alignment and the comparison need the district's normalized indicators.
        let districtTargets = IndicatorIdentity(aliases: engine.mappings.indicators).normalizedTargets(of: plan)
        let alignment = engine.align(municipal: prepared, district: plan, targets: districtTargets, coverage: false, evidence: false)
        var strengths: [ItemRef: Strength] = [:]
        for link in alignment.links { strengths[link.municipal] = min(strengths[link.municipal] ?? .partial, link.strength) }
        let targets = TargetComparisons.compare(municipal: prepared.plan, normalized: prepared.targets, district: plan, normalized: districtTargets)
        return DistrictSummary(file: MarkdownReport.fileName(plan.path), title: plan.title, failure: nil, tasks: plan.items.count,
                               strengths: strengths, behind: targets.comparisons.filter { $0.verdict == .behind },
                               missing: targets.comparisons.filter { $0.verdict == .missing }.count,
                               districtOnly: alignment.unlinkedTasks.count)
    }

    /// The districts that could be read.
    public var readable: [DistrictSummary] { districts.filter { $0.failure == nil } }

    /// Priorities that no district carries.
    public var uncoveredEverywhere: [PlanItem] {
        municipal.items.filter { priority in !readable.contains { $0.strengths[priority.ref] != nil } }
    }
}
