/// What the extractor knows of where a measure stands: the plan's period and whether the
/// text around it looks back (a work summary, a 发展基础 section).
public struct TargetContext: Sendable, Hashable {
    /// The first year of the plan's period, from its title (`2026年…计划`, `“十五五”规划`).
    public var planYear: Int?
    /// Whether the measure reports what was done, so that its numbers are past values.
    public var retrospective = false

    public init(planYear: Int? = nil, retrospective: Bool = false) {
        self.planYear = planYear
        self.retrospective = retrospective
    }

    /// The context of a plan with `title`, for a section with `sectionTitle`.
    public init(title: String, sectionTitle: String = "", vocabulary: TargetVocabulary = .builtIn) {
        planYear = TargetContext.year(inTitle: title, vocabulary: vocabulary)
        retrospective = vocabulary.retrospectiveTitles.contains { title.includes($0) }
            || vocabulary.retrospectiveSections.contains { sectionTitle.includes($0) }
    }

    /// The first year a title names, or the first year of the five-year period it names.
    static func year(inTitle title: String, vocabulary: TargetVocabulary = .builtIn) -> Int? {
        for (period, year) in vocabulary.fiveYearPeriods where title.includes(period) { return year }
        let scalars = title.scalars
        for start in scalars.indices where start + 4 <= scalars.count {
            let digits = scalars[start..<(start + 4)]
            if digits.allSatisfy(\.isASCIIDigit), let year = Int(String(scalars: Array(digits))), (1990...2100).contains(year),
               start == 0 || !scalars[start - 1].isASCIIDigit {
                return year
            }
        }
        return nil
    }
}
