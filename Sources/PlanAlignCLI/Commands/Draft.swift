import PlanAlignKit

extension Commands {
    static let draft = Command(
        name: "draft",
        summary: Text("Draft next year's district plan: every task kept, targets raised, gaps filled, each change marked with its reason.",
                      zh: "起草下一年度本级计划：保留全部任务，调整落后指标，补齐缺口，每处修改标明原因。"),
        options: Options.pair + [
            Option.value("--year", placeholder: "YEAR", help: Text("the year the draft is for (default: the year after the district plan's)",
                                                                 zh: "草稿所属年度（默认：本级计划年度的下一年）")),
            Options.format("text", "markdown", "docx"), Options.lang, Options.output, Options.ignoreReviews,
            Option.value("--date", placeholder: "YYYY-MM-DD", help: Text("the date the Word file's tracked changes carry (default: today)",
                                                                       zh: "Word 修订记录所用日期（默认：今天）")),
        ]
    ) { arguments, session in
        try arguments.none()
        let inputs = try Inputs(arguments, session: &session)
        let analysis = inputs.analysis(ignoringReviews: arguments.flag("--ignore-reviews"), session: &session)
        let year: Int
        if let text = arguments.value("--year") {
            guard let value = Int(text), (1990...2100).contains(value) else {
                throw UsageError.invalidValue(option: "--year", value: text, accepted: ["a year such as 2026"])
            }
            year = value
        } else {
            guard let inferred = PlanDraft.year(after: inputs.pair.district, municipal: inputs.pair.municipal) else {
                throw UsageError.missingDefault(what: "year in either plan's title", option: "--year YEAR")
            }
            year = inferred
        }
        let draft = PlanDraft(analysis, year: year, vocabulary: inputs.mappings.targets)
        let language = Options.language(arguments)
        switch arguments.choice("--format") {
        case "markdown": try session.deliver(draft.markdown(language: language), to: arguments.value("--output"))
        case "docx":
            let date = try arguments.value("--date").map(validDate) ?? today()
            try session.deliver(bytes: draft.docx(language: language, date: date), to: arguments.value("--output"), format: "docx")
        default: try session.deliver(draft.text(language: language), to: arguments.value("--output"))
        }
    }
}
