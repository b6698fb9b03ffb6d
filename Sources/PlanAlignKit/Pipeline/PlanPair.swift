/// How much of an analysis to work out.
public enum AnalysisDetail: Sendable, Hashable {
    /// Everything a report shows: links with evidence and each clause's coverage.
    case full
    /// The links and target verdicts alone, as a whole-city view needs them.
    case links
}

/// The stages composed, in the one place they are: read → parse → targets → match →
/// review → analyse. `PlanPair`, the portfolio, the benchmark and the tests all go through it.
public enum Pipeline {
    /// Analyses `district` against a prepared municipal plan, with `review`'s decisions applied.
    ///
    /// The district's indicators are normalized once, for matching and for comparing targets.
    ///
    /// - Complexity: that of `MatchEngine.align`, plus O(m · d) in municipal and district targets.
    public static func analyse(_ prepared: PreparedPlan, district: PlanDocument, engine: MatchEngine, review: ReviewFile?,
                               detail: AnalysisDetail = .full) -> GapAnalysis {
        let (reviewed, targets) = alignAndCompare(prepared, district: district, engine: engine, review: review, detail: detail)
        return GapAnalysis(municipal: prepared.plan, district: district, alignment: reviewed, targets: targets,
                           ownerScore: engine.parameters.coverage.ownerScore)
    }

    /// One district's line in the whole-city view: its links and target verdicts, as
    /// `analyse(…, detail: .links)` finds them, without the per-priority views a report reads.
    public static func summarize(_ prepared: PreparedPlan, district: PlanDocument, engine: MatchEngine, review: ReviewFile?) -> DistrictSummary {
        let (reviewed, targets) = alignAndCompare(prepared, district: district, engine: engine, review: review, detail: .links)
        return DistrictSummary(district: district, alignment: reviewed, targets: targets)
    }

    /// The stages before the analysis: the alignment with `review`'s decisions applied, and
    /// the target comparisons.
    static func alignAndCompare(_ prepared: PreparedPlan, district: PlanDocument, engine: MatchEngine, review: ReviewFile?,
                                detail: AnalysisDetail) -> (ReviewedAlignment, TargetComparisons) {
        let districtTargets = engine.normalizedTargets(of: district)
        let alignment = engine.align(municipal: prepared, district: district, targets: districtTargets,
                                     explaining: review?.decidedPairs ?? [], coverage: detail == .full, evidence: detail == .full)
        let reviewed = ReviewedAlignment(alignment, review: review, municipal: prepared.plan, district: district,
                                         strongScore: engine.parameters.decision.strongScore)
        let targets = TargetComparisons.compare(municipal: prepared.plan, normalized: prepared.targets,
                                                district: district, normalized: districtTargets)
        return (reviewed, targets)
    }
}

/// A municipal and a district plan with the mappings and the review that go with them.
public struct PlanPair: Sendable {
    /// The plan above.
    public let municipal: PlanDocument
    /// The plan below.
    public let district: PlanDocument
    /// The domain knowledge matching and comparison use.
    public let mappings: Mappings
    /// Where the pair's review file lives, whether or not it exists yet; nil without a mappings directory.
    public let reviewPath: String?
    /// The pair's review, when its file exists.
    public let review: ReviewFile?

    /// A pair of plans held in memory.
    public init(municipal: PlanDocument, district: PlanDocument, mappings: Mappings, review: ReviewFile? = nil, reviewPath: String? = nil) {
        self.municipal = municipal
        self.district = district
        self.mappings = mappings
        self.review = review
        self.reviewPath = reviewPath
    }

    /// Loads both plans, and the pair's review file under the mappings directory when there is one.
    ///
    /// - Throws: `InputError` naming the file that cannot be read, or when both paths name one file.
    public static func load(municipal municipalPath: String, district districtPath: String, mappings: Mappings,
                            encoding: TextEncoding? = nil, limits: Limits = .standard) throws -> PlanPair {
        let municipal = try PlanLoader.load(path: municipalPath, encoding: encoding, limits: limits, vocabulary: mappings.targets)
        let district = try PlanLoader.load(path: districtPath, encoding: encoding, limits: limits, vocabulary: mappings.targets)
        if FilePath.same(municipalPath, districtPath) { throw InputError.samePlanTwice(path: districtPath) }
        let reviewPath = mappings.directory.map { ReviewFile.path(mappings: $0, municipal: municipalPath, district: districtPath) }
        let review = try reviewPath.flatMap { path in FilePath.exists(path) ? try ReviewFile.read(path: path) : nil }
        return PlanPair(municipal: municipal, district: district, mappings: mappings, review: review, reviewPath: reviewPath)
    }

    /// The engine of the pair's mappings.
    public var engine: MatchEngine { MatchEngine(mappings: mappings) }

    /// The engine's own links, with no planner's decision: what evaluation scores and what a review suggests.
    public func engineAlignment() -> Alignment {
        engine.align(municipal: municipal, district: district)
    }

    /// The whole analysis a report shows, with the review's decisions applied unless `ignoringReviews`.
    public func analysis(ignoringReviews: Bool = false) -> GapAnalysis {
        Pipeline.analyse(engine.prepare(municipal), district: district, engine: engine, review: ignoringReviews ? nil : review)
    }
}

extension PlanPair {
    /// Every municipal target set against the district's, without matching the items.
    public func targetComparisons() -> TargetComparisons {
        TargetComparisons.compare(municipal: municipal, district: district, aliases: mappings.indicators)
    }
}
