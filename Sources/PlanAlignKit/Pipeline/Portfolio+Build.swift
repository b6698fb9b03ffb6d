extension Portfolio {
    /// Aligns every source against `municipal`, in parallel on all cores.
    ///
    /// Each plan is parsed and analysed through `Pipeline.analyse` in its own child task;
    /// results are put back in input order, so the output does not depend on scheduling.
    /// A plan that cannot be read or parsed is kept with its reason.
    ///
    /// - Complexity: O(n · p · t) for n plans of t tasks against p priorities.
    public static func build(municipal: PlanDocument, sources: [Result<PlanSource, InputError>], mappings: Mappings) async -> Portfolio {
        await build(municipal: municipal, readings: sources.map { $0.map { [$0] } }, mappings: mappings)
    }

    /// Aligns every file's readings (one per file, or one per pdftotext mode for a PDF) against `municipal`.
    static func build(municipal: PlanDocument, readings sources: [Result<[PlanSource], InputError>], mappings: Mappings) async -> Portfolio {
        await build(municipal: municipal, count: sources.count, mappings: mappings) { sources[$0] }
    }

    /// Reads the plan files at `paths` (failures kept with their reason) and builds the portfolio.
    /// Each file is read inside its own parallel task, and read from disk once.
    public static func build(municipal: PlanDocument, paths: [String], mappings: Mappings, limits: Limits = .standard) async -> Portfolio {
        await build(municipal: municipal, count: paths.count, mappings: mappings) { index in
            Result { try FormatReader.readings(path: paths[index], limits: limits) }
                .mapError { $0 as? InputError ?? .unreadable(path: paths[index], reason: "\($0)") }
        }
    }

    /// The `count` districts that `readings` gives, each read and analysed in its own child
    /// task, put back in input order.
    private static func build(municipal: PlanDocument, count: Int, mappings: Mappings,
                              readings: @escaping @Sendable (Int) -> Result<[PlanSource], InputError>) async -> Portfolio {
        let engine = MatchEngine(mappings: mappings)
        let prepared = engine.prepare(municipal)
        var summaries = [DistrictSummary?](repeating: nil, count: count)
        await withTaskGroup(of: (Int, DistrictSummary).self) { group in
            for index in 0..<count {
                group.addTask { (index, Portfolio.summarize(readings(index), municipal: prepared, engine: engine)) }
            }
            for await (index, summary) in group { summaries[index] = summary }
        }
        return Portfolio(municipal: municipal, districts: summaries.compactMap { $0 })
    }

    static func summarize(_ source: Result<[PlanSource], InputError>, municipal prepared: PreparedPlan, engine: MatchEngine) -> DistrictSummary {
        switch source {
        case .failure(let error):
            return .failed(error)
        case .success(let readings):
            do {
                let plan = try PlanLoader.parse(readings: readings, vocabulary: engine.mappings.targets)
                return Pipeline.summarize(prepared, district: plan, engine: engine, review: nil)
            } catch let error as InputError {
                return .failed(error)
            } catch {
                return .failed(.unreadable(path: readings.first?.path ?? "", reason: "\(error)"))
            }
        }
    }
}
