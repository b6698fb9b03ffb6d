import PlanAlignKit

extension Commands {
    static let compare = Command(
        name: "compare",
        summary: Text("Compare the numeric targets of a municipal and a district plan.", zh: "比较上下级计划的量化指标。"),
        options: Options.pair + [Options.format("json", "markdown"), Options.lang]
    ) { arguments, session in
        try arguments.none()
        let comparisons = try Inputs(arguments, session: &session).pair.targetComparisons()
        let language = Options.language(arguments)
        session.output = arguments.choice("--format") == "json"
            ? comparisons.json(language: language).rendered() : comparisons.markdown(language: language)
    }

    static let match = Command(
        name: "match",
        summary: Text("Link district tasks to municipal priorities and explain every link.", zh: "将本级任务与上级重点任务对接，并说明每条对接的依据。"),
        options: Options.pair + [Options.format("json", "markdown"), Options.lang, Options.ignoreReviews]
    ) { arguments, session in
        try arguments.none()
        let inputs = try Inputs(arguments, session: &session)
        let alignment = inputs.analysis(ignoringReviews: arguments.flag("--ignore-reviews"), session: &session).alignment
        session.output = arguments.choice("--format") == "json"
            ? alignment.json.rendered() : alignment.markdown(municipal: inputs.municipal, district: inputs.district, language: Options.language(arguments))
    }

    static let evaluate = Command(
        name: "evaluate",
        summary: Text("Score the engine's links against reviewed labels: precision, recall, F1, top-1.",
                      zh: "用复核标注评价引擎的对接：精确率、召回率、F1 与首位命中率。"),
        options: [Option.value("--gold", placeholder: "FILE", help: Text(
            "reviewed links: {\"priorities\": {\"2.1\": {\"required\": [...], \"acceptable\": [...]}}}",
            zh: "复核过的对接：{\"priorities\": {\"2.1\": {\"required\": [...], \"acceptable\": [...]}}}"))]
            + Options.pair + [Options.format("markdown", "json"), Options.lang,
                              Option.flag("--ablate", help: Text(
                                "also take out, priority by priority, every task the labels (or the review) accept, and say whether the gap is reported",
                                zh: "另逐项删去标注（或复核记录）认可的全部任务，检查是否报告为缺口"))]
    ) { arguments, session in
        try arguments.none()
        let goldPath = try arguments.required("--gold")
        let inputs = try Inputs(arguments, session: &session)
        let gold = try GoldLinks.read(path: goldPath)
        let evaluation = Evaluation.evaluate(inputs.pair.engineAlignment(), against: gold)
        let ablation = arguments.flag("--ablate") ? inputs.pair.ablation(gold: gold) : nil
        switch arguments.choice("--format") {
        case "markdown": session.output = evaluation.markdown + (ablation.map(Evaluation.ablationMarkdown) ?? "")
        default:
            var members = evaluation.jsonMembers
            if let ablation { members.append(("ablation", Evaluation.ablationJSON(ablation))) }
            session.output = JSONValue.object(members).rendered()
        }
    }
}
