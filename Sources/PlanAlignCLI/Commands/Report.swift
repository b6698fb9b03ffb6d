import PlanAlignKit

extension Commands {
    static let report = Command(
        name: "report",
        summary: Text("Write the gap report: targets to change, coverage, gaps, owners (Markdown, JSON, CSV, Word, Excel or a web page with a review mode).",
                      zh: "生成对标分析报告：需调整的指标、对接情况、缺口与建议牵头科室（Markdown、JSON、CSV、Word、Excel 或可复核的网页）。"),
        options: Options.pair + [Options.format("markdown", "json", "csv", "docx", "xlsx", "html"), Options.lang, Options.output, Options.ignoreReviews]
    ) { arguments, session in
        try arguments.none()
        let inputs = try Inputs(arguments, session: &session)
        let analysis = inputs.analysis(ignoringReviews: arguments.flag("--ignore-reviews"), session: &session)
        let language = Options.language(arguments)
        let format = arguments.choice("--format"), output = arguments.value("--output")
        switch format {
        case "json": try session.deliver(analysis.json(language: language).rendered(), to: output)
        case "csv": try session.deliver(analysis.csv(language: language), to: output)
        case "docx": try session.deliver(bytes: WordReport.render(analysis, language: language), to: output, format: format)
        case "xlsx": try session.deliver(bytes: WorkbookReport.render(analysis, language: language), to: output, format: format)
        case "html": try session.deliver(HTMLReport.render(analysis, language: language), to: output)
        default: try session.deliver(MarkdownReport.render(analysis, language: language), to: output)
        }
    }
}
