/// How a target's value bounds its indicator.
public enum TargetComparator: String, Sendable, Hashable, Codable {
    /// The indicator must stay at or below the value: lower is stricter.
    case atMost = "<="
    /// The indicator must reach the value: higher is stricter.
    case atLeast = ">="
    /// The indicator should fall within `low...high`.
    case range
}

/// Whether a target applies to each district as it is, or is a total to share out.
public enum TargetKind: String, Sendable, Hashable, Codable {
    /// A rate, ratio, per-capita figure or time: it applies to each district as it is.
    case intensive
    /// A count: a municipal count is a total to be shared out among districts.
    case extensive
}

/// A quantitative target found in a measure, such as `肺结核报告发病率控制在35/10万以下`.
public struct Target: Sendable, Hashable {
    /// The phrase the number measures, without scope words, hedges or verbs.
    public var indicator: String
    /// How the value bounds the indicator.
    public var comparator: TargetComparator
    /// The single value, or nil for a range.
    public var value: Double?
    /// The low end of a range.
    public var low: Double?
    /// The high end of a range.
    public var high: Double?
    /// The normalised unit: `%`, `‰`, `/10万`, `个/千人`, `个`, `分钟` …
    public var unit: String
    /// Whether the target is intensive or extensive.
    public var kind: TargetKind
    /// The source phrase the target was read from.
    public var text: String
    /// The 1-based source line of the number.
    public var line: Int

    /// The value that bounds the target: the value itself, or the end of a range a planner is held to.
    public var bound: Double {
        value ?? (comparator == .atMost ? high : low) ?? 0
    }

    /// The value as written in a report: `46`, `0.3`, `1-3`.
    public var valueText: String {
        if let value { return value.compactText }
        return "\((low ?? 0).compactText)-\((high ?? 0).compactText)"
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
