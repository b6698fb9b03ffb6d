/// How a target's value bounds its indicator.
public enum TargetComparator: String, Sendable, Hashable, Codable {
    /// The indicator must stay at or below the value: lower is stricter.
    case atMost = "<="
    /// The indicator must reach the value: higher is stricter.
    case atLeast = ">="
    /// The indicator should fall within `low...high`.
    case range
    /// The indicator should be about the value.
    case approximately = "~"
}

/// Whether a target applies to each district as it is, or is a total to share out.
public enum TargetKind: String, Sendable, Hashable, Codable {
    /// A rate, ratio, per-capita figure or time: it applies to each district as it is.
    case intensive
    /// A count: a municipal count is a total to be shared out among districts.
    case extensive
}

/// How a target's value bounds its indicator, with the value: a target cannot hold a
/// comparator without its value, or a range without both ends.
public enum TargetBound: Sendable, Hashable {
    /// The indicator must stay at or below the value: lower is stricter.
    case atMost(Double)
    /// The indicator must reach the value: higher is stricter.
    case atLeast(Double)
    /// The indicator should fall within `low...high`; a planner is held to `low`.
    case range(low: Double, high: Double)
    /// The indicator should be about the value (`45%左右`, `约8%`, `力争90%`).
    case approximately(Double)

    /// The comparator, as reports and JSON name it.
    public var comparator: TargetComparator {
        switch self {
        case .atMost: return .atMost
        case .atLeast: return .atLeast
        case .range: return .range
        case .approximately: return .approximately
        }
    }

    /// The value a planner is held to: the value itself, or the low end of a range.
    public var limit: Double {
        switch self {
        case .atMost(let value), .atLeast(let value), .approximately(let value): return value
        case .range(let low, _): return low
        }
    }
}

/// Whether a number found in a plan is a commitment or something else.
public enum TargetStatus: String, Sendable, Hashable {
    /// A commitment for the plan's period: compared and reported as a target.
    case target
    /// A past value (`2020年末…提高到82.25岁`, `已实现…`): kept, never compared as a target.
    case baseline
}
/// A quantitative target found in a measure, such as `肺结核报告发病率控制在35/10万以下`.
public struct Target: Sendable, Hashable {
    /// The phrase the number measures, without scope words, hedges or verbs.
    public var indicator: String
    /// How the value bounds the indicator.
    public var bound: TargetBound
    /// The normalised unit: `%`, `‰`, `/10万`, `个/千人`, `个`, `分钟` …
    public var unit: String
    /// Whether the target is intensive or extensive.
    public var kind: TargetKind
    /// The source phrase the target was read from.
    public var text: String {
        get { String(storedText) }
        set { storedText = Substring(newValue) }
    }
    /// The source phrase, as a slice of its measure's text once the measure settles its
    /// targets: a plan then holds each phrase once.
    private var storedText: Substring
    /// The 1-based source line of the number.
    public var line: Int
    /// Whether the number is a commitment or a past value.
    public var status: TargetStatus = .target
    /// The year the target is set for, when its sentence names one (`到2027年，…`); for a
    /// baseline, the year the value was reached (`2020年末，…82.25岁`).
    public var period: Int?

    public init(indicator: String, bound: TargetBound, unit: String, kind: TargetKind, text: String, line: Int, status: TargetStatus = .target) {
        self.status = status
        self.indicator = indicator
        self.bound = bound
        self.unit = unit
        self.kind = kind
        storedText = Substring(text)
        self.line = line
    }

    /// The target with its phrase read from `source` where `source` holds it, byte for byte.
    func sharingText(with source: Substring) -> Target {
        guard let range = source.byteRange(of: storedText) else { return self }
        var shared = self
        shared.storedText = source[range]
        return shared
    }

    /// The comparator of the bound.
    public var comparator: TargetComparator { bound.comparator }

    /// The single value, or nil for a range.
    public var value: Double? {
        if case .range = bound { return nil }
        return bound.limit
    }

    /// The ends of a range, or nil for a single value.
    public var range: (low: Double, high: Double)? {
        if case .range(let low, let high) = bound { return (low, high) }
        return nil
    }

    /// The value as written in a report: `46`, `0.3`, `1-3`.
    public var valueText: String {
        if let (low, high) = range { return "\(low.compactText)-\(high.compactText)" }
        return bound.limit.compactText
    }
}

extension Double {
    /// The shortest text for a value: `46` rather than `46.0`, `0.3`, `14000`.
    public var compactText: String {
        let value = abs(self) < 1e9 ? (self * 1e6).rounded() / 1e6 : self
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
