import Foundation

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
    /// What the reader noted in the plan (numbering slips).
    public var notes: [ParseNote] = []

    /// A plan that could not be used, with the reason; the reason names the file by its
    /// name alone, so the view reads the same wherever the directory is.
    public static func failed(_ error: InputError) -> DistrictSummary {
        let file = FileBytes.name(error.path)
        return DistrictSummary(file: file, title: nil, failure: "\(error)".replacingOccurrences(of: error.path, with: file), tasks: 0,
                               strengths: [:], behind: [], missing: 0, districtOnly: 0)
    }
}

/// Every district plan aligned against the municipal plan.
public struct Portfolio: Sendable {
    public var municipal: PlanDocument
    /// The districts in file-name order, readable or not.
    public var districts: [DistrictSummary]

    public init(municipal: PlanDocument, districts: [DistrictSummary]) {
        self.municipal = municipal
        self.districts = districts
    }

    /// The districts that could be read.
    public var readable: [DistrictSummary] { districts.filter { $0.failure == nil } }

    /// Priorities that no district carries.
    public var uncoveredEverywhere: [PlanItem] {
        municipal.items.filter { priority in !readable.contains { $0.strengths[priority.ref]?.covers == true } }
    }
}

extension DistrictSummary {
    /// The whole-city view's line for one district's analysis.
    public init(_ analysis: GapAnalysis) {
        self.init(district: analysis.district, alignment: analysis.alignment, targets: analysis.targets)
    }

    /// The whole-city view's line for one district, from its reviewed alignment and target
    /// comparisons: what `init(_:)` reads of an analysis.
    init(district: PlanDocument, alignment: ReviewedAlignment, targets: TargetComparisons) {
        var strengths: [ItemRef: Strength] = [:]
        for link in alignment.links { strengths[link.municipal] = min(strengths[link.municipal] ?? .weak, link.strength) }
        let unlinked = Set(alignment.unlinkedTasks)
        self.init(file: FileBytes.name(district.path), title: district.title, failure: nil,
                  tasks: district.items.count, strengths: strengths, behind: targets.comparisons.filter { $0.verdict == .behind },
                  missing: targets.comparisons.filter { $0.verdict == .missing }.count,
                  districtOnly: district.items.filter { unlinked.contains($0.ref) }.count, notes: district.notes)
    }
}
