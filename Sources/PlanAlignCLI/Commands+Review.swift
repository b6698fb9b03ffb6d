import Foundation
import PlanAlignKit

extension Commands {
    static let review = CommandSpec(
        name: "review", summary: "Create or update the review file of a plan pair: add suggestions, record decisions, flag stale ones.",
        usage: "planalign review [--municipal FILE] [--district FILE] [--mappings DIR] [--accept M:D[,M:D…]] [--reject M:D…] [--add M:D…] [--note TEXT] [--date YYYY-MM-DD]",
        options: pairOptions + [
            ("--accept M:D", "confirm links, as municipal ref:district ref (comma-separated for several)"),
            ("--reject M:D", "turn links down; they leave the alignment"),
            ("--add M:D", "add links the engine did not propose"),
            ("--note TEXT", "why, recorded with the decisions of this call"),
            ("--date YYYY-MM-DD", "the date recorded with new entries (default today)"),
        ],
        valued: ["--municipal", "--district", "--mappings", "--accept", "--reject", "--add", "--note", "--date", "--encoding"],
        switches: []
    ) { arguments, session in
        try arguments.none(command: "review")
        let inputs = try Inputs(arguments, command: "review", session: &session)
        guard let directory = inputs.mappings.directory else {
            throw UsageError.missingDefault(what: "mappings directory", option: "--mappings DIR")
        }
        let date = try arguments.options["--date"].map(validDate) ?? today()
        let path = ReviewFile.path(mappings: directory, municipal: inputs.municipalPath, district: inputs.districtPath)
        var file = inputs.pair.review ?? ReviewFile(municipalFile: inputs.municipalPath, districtFile: inputs.districtPath, entries: [])
        let alignment = inputs.pair.engineAlignment()
        let (updated, firstPass) = file.updated(with: alignment, municipal: inputs.municipal, district: inputs.district, date: date)
        file = updated
        let note = arguments.options["--note"] ?? ""
        var decided = 0
        for (option, decision) in [("--accept", Decision.accepted), ("--reject", .rejected), ("--add", .added)] {
            for pair in try pairs(arguments.options[option], option: option) {
                guard inputs.municipal.item(pair.0) != nil, inputs.district.item(pair.1) != nil else {
                    throw UsageError.invalidValue(option: option, value: "\(pair.0):\(pair.1)", accepted: ["refs that both plans hold"])
                }
                let score = alignment.ranking[pair.0]?.first { $0.task == pair.1 }?.score
                file.decide(decision, municipal: pair.0, district: pair.1, note: note, date: date,
                            plans: (inputs.municipal, inputs.district), score: score.map { ($0 * 1000).rounded() / 1000 })
                decided += 1
            }
        }
        let (final, summary) = file.updated(with: alignment, municipal: inputs.municipal, district: inputs.district, date: date)
        file = final
        try FileManager.default.createDirectory(atPath: directory + "/reviews", withIntermediateDirectories: true)
        try OutputFile.write(file.rendered, to: path)
        session.output = """
        reviews: \(path)
          \(firstPass.newSuggestions) new suggestions, \(decided) decisions recorded now, \(summary.staleDecisions) stale decisions, \
        \(summary.unreviewed) links still unreviewed, \(summary.decisions) decisions in all

        """
    }

    static let validate = CommandSpec(
        name: "validate", summary: "Check every file under mappings/: lexicon, indicator aliases and review files.",
        usage: "planalign validate [--mappings DIR]",
        options: [("--mappings DIR", "the mappings directory (default ./mappings)")],
        valued: ["--mappings"], switches: []
    ) { arguments, session in
        try arguments.none(command: "validate")
        let directory = arguments.options["--mappings"] ?? "mappings"
        _ = try Mappings.load(directory: directory)
        var checked = [Mappings.lexiconFile, Mappings.indicatorsFile].filter { FileManager.default.fileExists(atPath: "\(directory)/\($0)") }
        let reviews = ((try? FileManager.default.contentsOfDirectory(atPath: directory + "/reviews")) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        for name in reviews {
            let path = "\(directory)/reviews/\(name)"
            let file = try ReviewFile.read(path: path)
            checked.append("reviews/\(name)")
            guard let municipal = try? PlanLoader.load(path: file.municipalFile),
                  let district = try? PlanLoader.load(path: file.districtFile) else {
                session.warn("\(path): cannot check refs: the plans \(file.municipalFile) and \(file.districtFile) are not readable from here")
                continue
            }
            let unknown = file.unknownRefs(municipal: municipal, district: district)
            if !unknown.isEmpty { session.warn("\(path): unknown refs: \(unknown.joined(separator: ", "))") }
            for stale in ReviewedAlignment(PlanPair(municipal: municipal, district: district, mappings: .empty).engineAlignment(),
                                           review: file, municipal: municipal, district: district).stale {
                session.warn("\(path): \(stale.entry.municipal):\(stale.entry.district) is stale: \(stale.reason)")
            }
        }
        session.output = "ok: \(checked.count) files checked in \(directory): \(checked.joined(separator: ", "))\n"
    }

    /// `2.1:4,3.2:21` as pairs of refs.
    static func pairs(_ value: String?, option: String) throws -> [(ItemRef, ItemRef)] {
        guard let value else { return [] }
        return try value.split(separator: ",").map { pair in
            let parts = pair.split(separator: ":")
            guard parts.count == 2 else { throw UsageError.invalidValue(option: option, value: String(pair), accepted: ["M:D, such as 2.1:4"]) }
            return (ItemRef(String(parts[0])), ItemRef(String(parts[1])))
        }
    }

    static func validDate(_ text: String) throws -> String {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) else {
            throw UsageError.invalidValue(option: "--date", value: text, accepted: ["YYYY-MM-DD"])
        }
        return text
    }

    static func today() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: Date())
    }
}
