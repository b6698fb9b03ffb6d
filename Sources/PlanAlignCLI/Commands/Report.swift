import PlanAlignKit

extension Commands {
    static let report = Command(
        name: "report",
        summary: Text("Write the gap report: targets to change, coverage, gaps, owners (Markdown, JSON or CSV).",
                      zh: "生成对标分析报告：需调整的指标、对接情况、缺口与建议牵头科室（Markdown、JSON 或 CSV）。"),
        options: Options.pair + [Options.format("markdown", "json", "csv"), Options.lang, Options.output, Options.ignoreReviews]
    ) { arguments, session in
        try arguments.none()
        let inputs = try Inputs(arguments, session: &session)
        let analysis = inputs.analysis(ignoringReviews: arguments.flag("--ignore-reviews"), session: &session)
        let language = Options.language(arguments)
        let text: String
        switch arguments.choice("--format") {
        case "json": text = analysis.json(language: language).rendered()
        case "csv": text = analysis.csv(language: language)
        default: text = MarkdownReport.render(analysis, language: language)
        }
        try session.deliver(text, to: arguments.value("--output"))
    }
}
