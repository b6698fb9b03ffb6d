extension PlacedTarget {
    /// The target with its item's ref, as in `compare` output.
    public var json: JSONValue { target.json(item: .some(item)) }
}

extension TargetComparisons {
    /// The comparison as `planalign compare` prints it, its notes worded in `language`.
    public func json(language: ReportLanguage) -> JSONValue {
        .object([
            ("comparisons", comparisonsJSON(language: language)),
            ("districtOnly", .array(districtOnly.map(\.json))),
        ])
    }

    /// The comparisons array alone, as the report's `targetComparisons`.
    public func comparisonsJSON(language: ReportLanguage) -> JSONValue {
        .array(comparisons.map { comparison in
            .object([
                ("municipal", comparison.municipal.json),
                ("district", comparison.district?.json ?? .null),
                ("municipalBaseline", comparison.municipalBaseline?.json() ?? .null),
                ("districtBaseline", comparison.districtBaseline?.json() ?? .null),
                ("verdict", .string(comparison.verdict.rawValue)),
                ("change", .number(comparison.change)),
                ("note", .string(TargetText.note(comparison, language))),
            ])
        })
    }
}

extension Link {
    /// The link as in `match` output.
    public var json: JSONValue {
        .object([
            ("municipal", .string(municipal.rawValue)),
            ("district", .string(district.rawValue)),
            ("score", .number(score)),
            ("strength", .string(strength.rawValue)),
            ("origin", .string(origin.rawValue)),
            ("evidence", .object([
                ("terms", .strings(evidence.terms)),
                ("indicators", .strings(evidence.indicators)),
                ("headings", .strings(evidence.headings)),
                ("substance", .strings(evidence.substance.map(\.rawValue))),
                ("measures", .array(evidence.measures.map { pair in
                    .object([("municipal", .string(pair.municipal)), ("district", .string(pair.district)),
                             ("score", .number(pair.score))])
                })),
            ])),
        ])
    }
}

extension MeasureCoverage {
    /// An uncovered clause, with the nearest district sentence.
    public var json: JSONValue {
        .object([
            ("priority", .string(priority.rawValue)),
            ("measure", .string(measure)),
            ("nearestTask", .string(nearestTask?.rawValue)),
            ("nearestSentence", .string(nearestSentence)),
            ("score", .number(score)),
        ])
    }
}

extension ReviewedAlignment {
    /// The members `match` and `report` share: links, unmapped priorities, unlinked tasks, uncovered measures.
    public var jsonMembers: [(String, JSONValue)] {
        [
            ("links", .array(links.map(\.json))),
            ("unmappedPriorities", .strings(unmappedPriorities.map(\.rawValue))),
            ("unlinkedTasks", .strings(unlinkedTasks.map(\.rawValue))),
            ("uncoveredMeasures", .array(uncoveredMeasures.map(\.json))),
        ]
    }

    /// The alignment as `planalign match` prints it.
    public var json: JSONValue { .object(jsonMembers) }
}

extension TargetListing {
    /// The JSON array of `planalign targets`.
    public var json: JSONValue { .array(entries.map { $0.target.json(item: .some($0.item)) }) }

    /// A Markdown table of the targets.
    public var markdown: String {
        MarkdownText.table(["item", "indicator", "cmp", "value", "unit", "kind", "line", "text"], entries.map { entry in
            let target = entry.target
            return [entry.item?.rawValue ?? "", target.indicator, target.comparator.rawValue, target.valueText,
                    target.unit, target.kind.rawValue, String(target.line), target.text]
        })
    }

    /// CSV with a UTF-8 BOM, so spreadsheet programs read the Chinese correctly.
    public var csv: String {
        CSVText.document(["item", "indicator", "comparator", "value", "low", "high", "unit", "kind", "line", "text"],
                         entries.map { entry in
            let target = entry.target
            return [entry.item?.rawValue ?? "", target.indicator, target.comparator.rawValue,
                    target.value?.compactText ?? "", target.range?.low.compactText ?? "", target.range?.high.compactText ?? "",
                    target.unit, target.kind.rawValue, String(target.line), target.text]
        })
    }
}
