import PlanAlignKit

extension Commands {
    static let parse = Command(
        name: "parse",
        summary: Text("Print the outline of one plan: sections, items, departments, measures, targets.",
                      zh: "输出一份计划的结构：部分、条目、科室、措施与指标。"),
        positional: ("FILE", Text("the plan to read", zh: "要读取的计划文件")),
        options: [Options.format("json", "markdown"), Options.encoding, Options.maxSize, Options.mappings, Options.lang]
    ) { arguments, session in
        let vocabulary = try Inputs.mappings(arguments, session: &session).targets
        let document = try PlanLoader.load(path: try arguments.single(), encoding: try Options.encoding(arguments),
                                           limits: try Options.limits(arguments), vocabulary: vocabulary)
        session.warn(about: document)
        session.output = arguments.choice("--format") == "json" ? document.json.rendered() : document.markdownOutline
    }

    static let targets = Command(
        name: "targets",
        summary: Text("List every quantitative target in a text file, with or without an outline.",
                      zh: "列出文本中的全部量化指标，无论是否有条目结构。"),
        positional: ("FILE", Text("the text to read", zh: "要读取的文件")),
        options: [Options.format("json", "markdown", "csv"), Options.encoding, Options.maxSize, Options.mappings, Options.lang]
    ) { arguments, session in
        let vocabulary = try Inputs.mappings(arguments, session: &session).targets
        let listed = try TargetListing.load(path: try arguments.single(), encoding: try Options.encoding(arguments),
                                            limits: try Options.limits(arguments), vocabulary: vocabulary)
        switch arguments.choice("--format") {
        case "csv": session.output = listed.csv
        case "markdown": session.output = listed.markdown
        default: session.output = listed.json.rendered()
        }
    }
}
