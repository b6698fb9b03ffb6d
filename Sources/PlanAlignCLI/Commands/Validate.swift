import PlanAlignKit

extension Commands {
    static let validate = Command(
        name: "validate",
        summary: Text("Check every file under mappings/: lexicon, indicator aliases and review files.",
                      zh: "检查 mappings/ 下的全部文件：词表、指标别名与复核记录。"),
        options: [Option.value("--mappings", placeholder: "DIR", help: Text("the mappings directory (default ./mappings)", zh: "映射目录（默认 ./mappings）")),
                  Options.lang]
    ) { arguments, session in
        try arguments.none()
        let directory = arguments.value("--mappings") ?? "mappings"
        let check = try MappingsCheck.run(directory: directory)
        for warning in check.warnings { session.warn(warning) }
        session.output = "ok: \(check.checked.count) files checked in \(directory): \(check.checked.joined(separator: ", "))\n"
    }
}
