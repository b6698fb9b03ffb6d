import Foundation
import PlanAlignKit

extension Commands {
    static let portfolio = Command(
        name: "portfolio",
        summary: Text("Align every district plan in a directory against the municipal plan, in parallel.",
                      zh: "将目录中的每份下级计划与上级计划并行对标，生成全域总览。"),
        options: [
            Options.municipal,
            Option.value("--districts", placeholder: "DIR", help: Text("a directory of district plans (every non-hidden file)",
                                                                     zh: "下级计划所在目录（其中每个非隐藏文件）")),
            Options.mappings, Options.format("markdown", "json", "csv", "docx"), Options.lang, Options.output, Options.maxSize,
            Option.flag("--skip-unreadable", help: Text("exit 0 even when some district files cannot be read (each is still named)",
                                                        zh: "部分下级计划无法读取时仍以状态 0 结束（仍逐一列出）")),
        ]
    ) { arguments, session in
        try arguments.none()
        // The municipal seed in ./seeds by default, as the option's help says and as `report` reads it.
        let municipalPath = try arguments.value("--municipal") ?? Inputs.defaultSeed(containing: "municipal", option: "--municipal")
        let directory = try arguments.required("--districts")
        let mappings = try Inputs.mappings(arguments, session: &session)
        let municipal = try PlanLoader.load(path: municipalPath, limits: try Options.limits(arguments), vocabulary: mappings.targets)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError.unreadable(path: directory, reason: "expected a directory of district plans")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { !$0.hasPrefix(".") }.sorted()
        let paths = names.map { directory + "/" + $0 }.filter { !FilePath.same($0, municipalPath) }
        session.inputs += [municipalPath] + paths
        if let output = arguments.value("--output"), FilePath.same((output as NSString).deletingLastPathComponent.isEmpty ? "." : (output as NSString).deletingLastPathComponent, directory) {
            throw UsageError.outputIsInput(output: output, input: directory)
        }
        let portfolio = await Portfolio.build(municipal: municipal, paths: paths, mappings: mappings, limits: try Options.limits(arguments))
        for district in portfolio.districts { session.warn(notes: district.notes, in: directory + "/" + district.file) }
        let skipped = portfolio.districts.filter { $0.failure != nil }
        for district in skipped { session.warn("\(directory)/\(district.file): skipped: \(district.failure ?? "")") }
        if !skipped.isEmpty, !arguments.flag("--skip-unreadable") {
            session.failure = "\(skipped.count) of \(portfolio.districts.count) district files could not be read; the report lists them (pass --skip-unreadable to exit 0)"
        }
        let language = Options.language(arguments)
        let text: String
        switch arguments.choice("--format") {
        case "json": text = portfolio.json.rendered()
        case "csv": text = portfolio.csv(language: language)
        case "docx":
            try session.deliver(bytes: WordReport.render(markdown: portfolio.markdown(language: language)), to: arguments.value("--output"), format: "docx")
            return
        default: text = portfolio.markdown(language: language)
        }
        try session.deliver(text, to: arguments.value("--output"))
    }
}
