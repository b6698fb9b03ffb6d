extension GapAnalysis {
    /// The version of the report's JSON schema; it changes when a key changes meaning.
    public static let schemaVersion = 1

    /// The whole analysis as one JSON document; keys and codes are English, notes are in `language`.
    public func json(language: ReportLanguage) -> JSONValue {
        let summary = self.summary
        return .object([
            ("schemaVersion", .number(Double(GapAnalysis.schemaVersion))),
            ("municipal", .object([("title", .string(municipal.title)), ("file", .string(FileBytes.name(municipal.path)))])),
            ("district", .object([("title", .string(district.title)), ("file", .string(FileBytes.name(district.path)))])),
            ("summary", .object([
                ("priorities", .number(Double(summary.priorities))),
                ("prioritiesStrong", .number(Double(summary.strong))),
                ("prioritiesPartial", .number(Double(summary.partial))),
                ("prioritiesCandidate", .number(Double(summary.candidates))),
                ("prioritiesUncovered", .number(Double(summary.uncoveredPriorities))),
                ("measures", .number(Double(summary.measures))),
                ("measuresUncovered", .number(Double(summary.uncoveredMeasures))),
                ("targets", .object(Verdict.allCases.map { ($0.rawValue, .number(Double(summary.verdicts[$0] ?? 0))) })),
                ("tasks", .number(Double(summary.tasks))),
                ("districtOnlyTasks", .number(Double(summary.districtOnlyTasks))),
                ("linksReviewed", .number(Double(summary.confirmedLinks))),
                ("linksEngineOnly", .number(Double(summary.engineLinks))),
            ])),
        ] + alignment.jsonMembers + [
            ("targetComparisons", targets.comparisonsJSON(language: language)),
            ("districtOnlyTargets", .array(targets.districtOnly.map(\.json))),
            ("coverage", .array(priorities.map { priority in
                .object([
                    ("priority", .string(priority.priority.rawValue)),
                    ("title", .string(priority.title)),
                    ("strength", .string(priority.strength?.rawValue)),
                    ("status", .string(priority.status.rawValue)),
                    ("tasks", .strings(priority.links.map(\.district.rawValue))),
                    ("measures", .array(priority.measures.map { measure in
                        .object([("measure", .string(measure.measure)), ("covered", .bool(measure.covered)),
                                 ("nearestTask", .string(measure.nearestTask?.rawValue)), ("score", .number(measure.score))])
                    })),
                    ("nearestTasks", .array(priority.nearest.map { task in
                        .object([("task", .string(task.ref.rawValue)), ("score", .number(task.score)), ("lead", .strings(task.lead))])
                    })),
                ])
            })),
            ("districtOnlyTasks", .strings(districtOnly.map(\.ref.rawValue))),
            ("departments", .array(departments.map { view in
                .object([("name", .string(view.name)), ("tasks", .strings(view.tasks.map(\.rawValue))),
                         ("priorities", .strings(view.priorities.map(\.rawValue))),
                         ("nearbyGaps", .array(view.nearbyGaps.map { .object([("priority", .string($0.priority.rawValue)), ("measure", .string($0.measure))]) }))])
            })),
            ("items", .object([
                // Each item is built as it is written: a long plan is never held twice.
                ("municipal", .generated(municipal.items, \.json)),
                ("district", .generated(district.items, \.json)),
            ])),
        ])
    }
}
