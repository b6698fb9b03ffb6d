extension PlacedTarget {
    /// The target with its item's ref, as in `compare` output.
    public var json: JSONValue { target.json(item: .some(item)) }
}

extension TargetComparisons {
    /// The comparison as `planalign compare` prints it.
    public var json: JSONValue {
        .object([
            ("comparisons", comparisonsJSON),
            ("districtOnly", .array(districtOnly.map(\.json))),
        ])
    }

    /// The comparisons array alone, as the report's `targetComparisons`.
    public var comparisonsJSON: JSONValue {
        .array(comparisons.map { comparison in
            .object([
                ("municipal", comparison.municipal.json),
                ("district", comparison.district?.json ?? .null),
                ("verdict", .string(comparison.verdict.rawValue)),
                ("change", .number(comparison.change)),
                ("note", .string(comparison.note)),
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

extension Alignment {
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
