import Foundation
import PlanAlignKit

extension Commands {
    static let portfolio = CommandSpec(
        name: "portfolio", summary: "Align every district plan in a directory against the municipal plan, in parallel.",
        usage: "planalign portfolio --municipal FILE --districts DIR [--mappings DIR] [--format markdown|json|csv] [--lang zh|en] [-o FILE]",
        options: [("--municipal FILE", "the plan above"), ("--districts DIR", "a directory of district plans (every non-hidden file)"),
                  ("--mappings DIR", "lexicon and indicator aliases (default ./mappings)"),
                  ("--format markdown|json|csv", "output format (default markdown)"), ("--lang zh|en", "report language (default zh)"),
                  ("-o FILE", "write to FILE (atomically) instead of standard output")],
        valued: ["--municipal", "--districts", "--mappings", "--format", "--lang", "-o", "--output"], switches: []
    ) { arguments, session in
        try arguments.none(command: "portfolio")
        guard let municipalPath = arguments.options["--municipal"] else {
            throw UsageError.missingArgument("--municipal FILE", command: "portfolio")
        }
        guard let directory = arguments.options["--districts"] else {
            throw UsageError.missingArgument("--districts DIR", command: "portfolio")
        }
        let format = try arguments.choice("--format", among: ["markdown", "json", "csv"], default: "markdown")
        let code = try arguments.choice("--lang", among: ["zh", "en"], default: "zh")
        let municipal = try PlanLoader.load(path: municipalPath)
        let mappings = try Inputs.mappings(arguments, session: &session)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError.unreadable(path: directory, reason: "expected a directory of district plans")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { !$0.hasPrefix(".") }.sorted()
        let paths = names.map { directory + "/" + $0 }
            .filter { path in !FilePath.same(path, municipalPath) }
        let portfolio = await Portfolio.build(municipal: municipal, paths: paths, mappings: mappings)
        let text: String
        switch format {
        case "json": text = portfolio.json.rendered()
        case "csv": text = portfolio.csv
        default: text = portfolio.markdown(language: ReportLanguage.named(code) ?? .chinese)
        }
        try session.deliver(text, to: arguments.options["-o"] ?? arguments.options["--output"])
    }
}
