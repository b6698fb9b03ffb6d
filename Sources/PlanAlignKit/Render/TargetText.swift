/// The one way each value of a target is written in every output.
enum TargetText {
    /// `≤ 35/10万`, `≥ 90%`, `5–10个`.
    static func bound(_ target: Target) -> String {
        switch target.bound {
        case .atMost(let value): return "≤ \(value.compactText)\(target.unit)"
        case .atLeast(let value): return "≥ \(value.compactText)\(target.unit)"
        case .range(let low, let high): return "\(low.compactText)–\(high.compactText)\(target.unit)"
        case .approximately(let value): return "≈ \(value.compactText)\(target.unit)"
        }
    }

    /// The target beside the past value that explains it, when there is one:
    /// `2025年 82.25岁 → 目标 ≥ 82.6岁`; otherwise the bound alone.
    static func bound(_ target: Target, since baseline: Target?, _ words: ReportLanguage) -> String {
        guard let baseline else { return bound(target) }
        let since = baseline.period.map { words.fill(words.sinceYear, ["year": String($0)]) } ?? words.sinceNow
        return words.fill(words.fromBaseline, ["since": since, "baseline": baseline.valueText + baseline.unit, "target": bound(target)])
    }

    /// `孕产妇死亡率 ≤ 8/10万`.
    static func labelled(_ target: Target) -> String { "\(target.indicator) \(bound(target))" }

    /// `50 → 35 /10万（−15）`.
    static func change(from district: Target, to municipal: Target) -> String {
        let delta = municipal.bound.limit - district.bound.limit
        let sign = delta < 0 ? "−" : "+"
        return "\(district.bound.limit.compactText) → \(municipal.bound.limit.compactText) \(municipal.unit)（\(sign)\(abs(delta).compactText)）"
    }

    /// What a comparison says beside its verdict, worded in `words`: the change needed,
    /// a different wording of the indicator, and the aliases' notes on definitions.
    static func note(_ comparison: TargetComparison, _ words: ReportLanguage) -> String? {
        let municipal = comparison.municipal.target
        var parts: [String] = []
        if let district = comparison.district?.target {
            let held = district.bound.limit.compactText, wanted = municipal.bound.limit.compactText, unit = municipal.unit
            switch comparison.verdict {
            case .behind:
                let change = municipal.bound.limit - district.bound.limit
                parts.append(words.fill(words.behindNote, ["held": held, "wanted": wanted, "unit": unit,
                                                          "change": (change > 0 ? "+" : "") + change.compactText]))
            case .meets: parts.append(words.fill(words.meetsNote, ["held": held, "wanted": wanted, "unit": unit]))
            case .ahead: parts.append(words.fill(words.aheadNote, ["held": held, "wanted": wanted, "unit": unit]))
            case .aggregate:
                parts.append(words.fill(words.aggregateNote, ["total": municipal.valueText + unit, "held": district.valueText + district.unit]))
            case .byHand:
                parts.append(words.fill(words.byHandNote, ["held": held, "wanted": wanted, "unit": unit,
                                                          "heldYear": district.period.map(String.init) ?? "", "wantedYear": municipal.period.map(String.init) ?? ""]))
            case .missing: break
            }
        } else if comparison.verdict == .missing {
            parts.append(words.noDistrictTarget)
        }
        if comparison.wordingDiffers, let district = comparison.district {
            parts.append("\(words.wordingDiffers)\(words.colon)\(municipal.indicator) / \(district.target.indicator)")
        }
        parts.append(contentsOf: comparison.definitionNotes)
        return parts.isEmpty ? nil : parts.joined(separator: words.separator)
    }
}
