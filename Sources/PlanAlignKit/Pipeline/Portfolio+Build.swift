extension Portfolio {
    /// Aligns every source against `municipal`, in parallel on all cores.
    ///
    /// Each plan is parsed and analysed through `Pipeline.analyse` in its own child task;
    /// results are put back in input order, so the output does not depend on scheduling.
    /// A plan that cannot be read or parsed is kept with its reason.
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
    public static func build(municipal: PlanDocument, paths: [String], mappings: Mappings, limits: Limits = .standard) async -> Portfolio {
        let sources = paths.map { path in
            Result { try FormatReader.read(path: path, limits: limits) }.mapError { $0 as? InputError ?? .unreadable(path: path, reason: "\($0)") }
        }
        return await build(municipal: municipal, sources: sources, mappings: mappings)
    }

    static func summarize(_ source: Result<PlanSource, InputError>, municipal prepared: PreparedPlan, engine: MatchEngine) -> DistrictSummary {
        switch source {
        case .failure(let error):
            return .failed(error)
        case .success(let text):
            do {
                let plan = try PlanLoader.parse(text)
                return DistrictSummary(Pipeline.analyse(prepared, district: plan, engine: engine, review: nil, detail: .links))
            } catch let error as InputError {
                return .failed(error)
            } catch {
                return .failed(.unreadable(path: text.path, reason: "\(error)"))
            }
        }
    }
}
