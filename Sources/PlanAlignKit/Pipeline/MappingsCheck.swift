import Foundation

/// What `planalign validate` found in a mappings directory.
public struct MappingsCheck: Sendable {
    /// The files read, relative to the directory.
    public var checked: [String]
    /// Problems worth a planner's attention that do not stop the tool.
    public var warnings: [String]

    /// Reads the lexicon, the indicator aliases, the target words and every review file of `directory`, and
    /// checks each review's refs and staleness against its plans where they are readable.
    ///
    /// - Throws: `InputError` naming the file and line of the first malformed file.
    public static func run(directory: String) throws -> MappingsCheck {
        let mappings = try Mappings.load(directory: directory)
        var check = MappingsCheck(checked: [Mappings.lexiconFile, Mappings.indicatorsFile, Mappings.targetsFile].filter { !mappings.fallbacks.contains($0) },
                                  warnings: mappings.fallbacks.map { "\(directory) has no \($0): the built-in \($0) is used" })
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory + "/reviews")) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        for name in names {
            let path = "\(directory)/reviews/\(name)"
            let file = try ReviewFile.read(path: path)
            check.checked.append("reviews/\(name)")
            guard let municipal = try? PlanLoader.load(path: file.municipalFile, vocabulary: mappings.targets),
                  let district = try? PlanLoader.load(path: file.districtFile, vocabulary: mappings.targets) else {
                check.warnings.append("\(path): cannot check refs: the plans \(file.municipalFile) and \(file.districtFile) are not readable from here")
                continue
            }
            let unknown = file.unknownRefs(municipal: municipal, district: district)
            if !unknown.isEmpty { check.warnings.append("\(path): unknown refs: \(unknown.joined(separator: ", "))") }
            // Staleness needs the items, not an alignment: no matching is run.
            for entry in file.entries where entry.isDecision {
                if let reason = entry.staleness(priority: municipal.item(entry.municipal), task: district.item(entry.district)) {
                    check.warnings.append("\(path): \(entry.pair) is stale: \(reason)")
                }
            }
        }
        return check
    }
}
