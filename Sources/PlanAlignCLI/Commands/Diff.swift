import PlanAlignKit

extension Commands {
    static let diff = Command(
        name: "diff",
        summary: Text("Compare two versions of a plan: tasks added, removed, renumbered and moved, text and targets changed.",
                      zh: "比对同一计划的两个版本：新增、删除、重新编号和移动的任务，文字与指标的变化。"),
        positional: ("OLD NEW", Text("the two versions, older first", zh: "两个版本，旧版在前")),
        options: [Options.format("markdown", "json", "csv"), Options.lang, Options.output, Options.encoding, Options.maxSize, Options.mappings]
    ) { arguments, session in
        let (oldPath, newPath) = try arguments.two()
        let vocabulary = try Inputs.mappings(arguments, session: &session).targets
        let encoding = try Options.encoding(arguments), limits = try Options.limits(arguments)
        let old = try PlanLoader.load(path: oldPath, encoding: encoding, limits: limits, vocabulary: vocabulary)
        let new = try PlanLoader.load(path: newPath, encoding: encoding, limits: limits, vocabulary: vocabulary)
        session.inputs += [oldPath, newPath]
        session.warn(about: old)
        session.warn(about: new)
        let diff = PlanDiff(old: old, new: new)
        let language = Options.language(arguments)
        let text: String
        switch arguments.choice("--format") {
        case "json": text = diff.json.rendered()
        case "csv": text = diff.csv(language: language)
        default: text = diff.markdown(language: language)
        }
        try session.deliver(text, to: arguments.value("--output"))
    }
}
