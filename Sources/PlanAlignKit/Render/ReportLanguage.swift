/// The words of a report in one language. The documents' own text is never translated.
public struct ReportLanguage: Sendable, Hashable {
    public var code: String
    var comma: String
    var colon: String
    var title: String
    var municipalPlan: String
    var districtPlan: String
    var summary: String
    var behind: String
    var missing: String
    var coverage: String
    var gaps: String
    var unmappedPriorities: String
    var uncoveredMeasures: String
    var aggregates: String
    var districtOnly: String
    var departments: String
    var diagram: String
    /// What the diagrams' shapes and lines mean.
    var diagramLegend: String
    var nextSteps: String
    var nextStepsText: [String]
    var appendix: String
    var figure: String
    var value: String
    var priorities: String
    var strongly: String
    var partly: String
    var notCovered: String
    var candidatesOnly: String
    var candidatePriorities: String
    var candidates: String
    var noNearTask: String
    var ownerUndecided: String
    var atLine: String
    var readingNotes: String
    var line: String
    var measuresUncovered: String
    var tasksWithoutCounterpart: String
    var linksReviewed: String
    var linksEngineOnly: String
    var indicator: String
    var municipalTarget: String
    var districtTarget: String
    var change: String
    var priority: String
    var task: String
    var note: String
    var strength: String
    var lead: String
    var evidence: String
    var nearestTasks: String
    var suggestedOwner: String
    var measure: String
    var score: String
    var districtCount: String
    var municipalTotal: String
    var department: String
    var tasksLed: String
    var prioritiesServed: String
    var nearbyGaps: String
    var none: String
    var wordingDiffers: String
    var rejectedLinks: String
    var staleDecisions: String
    var decision: String
    var nothing: String
    /// Between the parts of a note.
    var separator: String
    /// A target beside the past value that explains it: `{since}` is `sinceYear` or `sinceNow`.
    var fromBaseline: String
    var sinceYear: String
    var sinceNow: String
    var behindNote: String
    var meetsNote: String
    var aheadNote: String
    var aggregateNote: String
    var noDistrictTarget: String
    var comparisonTitle: String
    var districtOnlyTargets: String
    var linksTitle: String
    var priorityTitle: String
    var taskTitle: String
    var verdict: String
    var byHandNote: String
    var portfolioTitle: String
    var districtPlans: String
    var readable: String
    var summaryByDistrict: String
    var file: String
    var plan: String
    var taskCount: String
    var coverageMatrix: String
    var matrixLegend: String
    var uncoveredEverywhere: String
    var filesSkipped: String
    var reason: String
    var csvHeaders: [String]
    var csvLink: String
    var csvUnmappedPriority: String
    var csvUncoveredMeasure: String
    var csvTarget: String
    var verdicts: [Verdict: String]
    var strengths: [Strength: String]
    var origins: [LinkOrigin: String]
    /// What each kind of reading note says, with `{expected}` and `{found}`.
    var notes: [ParseNote.Kind: String]
    /// The words of a drafted plan.
    var draft: DraftWords
    /// The words of a comparison of two versions of a plan.
    var diff: DiffWords
    /// The words of the Word, Excel and web outputs.
    var office: OfficeWords

    /// Chinese, the default.
    public static let chinese = ReportLanguage(
        code: "zh", comma: "，", colon: "：", title: "上下级工作计划对标分析报告", municipalPlan: "上级计划", districtPlan: "本级计划", summary: "概览",
        behind: "需调整的指标（落后于上级）", missing: "缺失的指标", coverage: "分领域对标情况", gaps: "未对接的重点任务与措施",
        unmappedPriorities: "未覆盖的上级重点任务", uncoveredMeasures: "未覆盖的措施", aggregates: "总量指标（需分解落实）",
        districtOnly: "本级特有任务", departments: "科室视图", diagram: "对标关系图",
        diagramLegend: "图例：方框为上级重点任务，圆角框为本级任务；粗箭头为强对接，虚线箭头为部分对接或待复核；红色方框为无本级任务承接的重点任务。",
        nextSteps: "下一步",
        nextStepsText: ["在网页版报告中逐条确认或否决对接、为缺口补充对接，导出决定文件后导入复核记录；也可逐条用命令记录。",
                        "复核完成后起草下一年度计划（Word 修订稿，每处修改附原因与上级依据）。"], appendix: "附录",
        figure: "项目", value: "数值", priorities: "上级重点任务", strongly: "强对接", partly: "部分对接", notCovered: "未覆盖", candidatesOnly: "待复核", candidatePriorities: "仅有弱候选的上级重点任务（待复核，不计为已覆盖）", candidates: "候选本级任务",
        noNearTask: "无相近任务", ownerUndecided: "待定（无相近任务）", atLine: "（第{line}行）", readingNotes: "读取提示", line: "行",
        measuresUncovered: "未覆盖的措施", tasksWithoutCounterpart: "无上级对应的本级任务", linksReviewed: "已复核的对接",
        linksEngineOnly: "仅引擎建议的对接", indicator: "指标", municipalTarget: "上级目标", districtTarget: "本级现行目标",
        change: "需调整", priority: "上级任务", task: "本级任务", note: "说明", strength: "强度", lead: "牵头科室",
        evidence: "依据", nearestTasks: "最相近的本级任务", suggestedOwner: "建议牵头", measure: "措施", score: "相似度",
        districtCount: "本级相关数量", municipalTotal: "上级总量", department: "科室", tasksLed: "牵头任务",
        prioritiesServed: "服务的上级任务", nearbyGaps: "相近的缺口", none: "无", wordingDiffers: "表述不同", rejectedLinks: "已否决的对接", staleDecisions: "需重新确认的决定（文本已变化）", decision: "决定", nothing: "（无）",
        separator: "；", fromBaseline: "{since}{baseline} → 目标 {target}", sinceYear: "{year}年 ", sinceNow: "现状 ", behindNote: "本级目标需由{held}调整为{wanted}{unit}（{change}）", meetsNote: "本级{held}{unit}与上级{wanted}{unit}持平",
        aheadNote: "本级{held}{unit}已严于上级{wanted}{unit}", aggregateNote: "上级总量{total}；本级{held}", noDistrictTarget: "本级无对应目标", comparisonTitle: "上下级指标比对", districtOnlyTargets: "本级特有指标", linksTitle: "对接关系",
        priorityTitle: "上级任务名称", taskTitle: "本级任务名称", verdict: "判断", byHandNote: "期限不同：上级{wantedYear}年{wanted}{unit}，本级{heldYear}年{held}{unit}，请人工判断能否如期达到",
        portfolioTitle: "全域对标总览", districtPlans: "下级计划", readable: "可读", summaryByDistrict: "各区县概况", file: "文件", plan: "计划",
        taskCount: "任务数", coverageMatrix: "对标矩阵", matrixLegend: "●强对接 ◐部分对接 ○仅弱候选（待复核） ·未覆盖", uncoveredEverywhere: "无任何下级计划覆盖的上级任务",
        filesSkipped: "未能读取的文件", reason: "原因",
        csvHeaders: ["类别", "领域", "上级任务", "上级任务或措施", "本级任务", "本级任务或指标", "强度", "相似度", "牵头科室", "说明"],
        csvLink: "对接", csvUnmappedPriority: "未覆盖的重点任务", csvUncoveredMeasure: "未覆盖的措施", csvTarget: "指标{verdict}",
        verdicts: [.behind: "落后", .meets: "持平", .ahead: "领先", .missing: "缺失", .aggregate: "总量", .byHand: "待人工比对"],
        strengths: [.strong: "强", .partial: "部分", .weak: "弱（待复核）"],
        origins: [.engine: "引擎建议", .accepted: "已确认", .added: "人工添加"],
        notes: [.numberingSlip: "编号应为 {expected}，实为 {found}；已按标题读入", .inferredOutline: "未见编号标题，按段落读作条目（结构为推断）",
                .traditionalScript: "繁体字文本，已转为简体读取与匹配", .unpairedList: "“分别”前列出 {expected} 个指标、其后 {found} 个数值，未配对；各数值按其前文读取"],
        draft: .chinese, diff: .chinese, office: .chinese)

    /// English: every heading, label and verdict translated.
    public static let english = ReportLanguage(
        code: "en", comma: ", ", colon: ": ", title: "Plan alignment gap report", municipalPlan: "Plan above", districtPlan: "Plan below", summary: "Summary",
        behind: "Targets that must change (behind)", missing: "Missing targets", coverage: "Coverage by area",
        gaps: "Unmapped priorities and uncovered measures", unmappedPriorities: "Priorities no task carries",
        uncoveredMeasures: "Uncovered measures", aggregates: "Aggregate targets (totals to share out)",
        districtOnly: "District-only tasks", departments: "Department view", diagram: "Alignment diagram",
        diagramLegend: "Legend: boxes are municipal priorities, rounded boxes district tasks; thick arrows are strong links, dotted arrows partial or to-review links; red boxes are priorities no district task carries.",
        nextSteps: "Next steps",
        nextStepsText: ["Confirm or reject each link, and add links for the gaps, in the web page of the report; export the decisions and import them into the review file, or record them one by one with the command.",
                        "Once reviewed, draft next year's plan (a Word file with tracked changes, each with its reason and municipal source)."], appendix: "Appendix",
        figure: "Figure", value: "Value", priorities: "Municipal priorities", strongly: "strongly covered", partly: "partly covered",
        notCovered: "not covered", candidatesOnly: "to review", candidatePriorities: "Priorities with weak candidates only (to review; not counted as covered)",
        candidates: "Candidate tasks", noNearTask: "no near task", ownerUndecided: "to be decided (no near task)", atLine: " (line {line})", readingNotes: "Reading notes", line: "Line", measuresUncovered: "Measures uncovered", tasksWithoutCounterpart: "District tasks with no municipal counterpart",
        linksReviewed: "Links reviewed by planners", linksEngineOnly: "Links proposed by the engine only", indicator: "Indicator",
        municipalTarget: "Municipal target", districtTarget: "District target now", change: "Change needed", priority: "Priority",
        task: "Task", note: "Note", strength: "Strength", lead: "Lead departments", evidence: "Evidence",
        nearestTasks: "Nearest district tasks", suggestedOwner: "Suggested owner", measure: "Measure", score: "Score",
        districtCount: "District's related count", municipalTotal: "Municipal total", department: "Department",
        tasksLed: "Tasks led", prioritiesServed: "Priorities served", nearbyGaps: "Nearest gaps", none: "none", wordingDiffers: "wording differs", rejectedLinks: "Links planners rejected", staleDecisions: "Decisions to confirm again (text changed)", decision: "Decision", nothing: "(none)",
        separator: "; ", fromBaseline: "{since}{baseline} → target {target}", sinceYear: "{year}: ", sinceNow: "now ", behindNote: "{held} -> {wanted} {unit}: the district target must move by {change}", meetsNote: "{held}{unit} = {wanted}{unit}",
        aheadNote: "district {held}{unit} already stricter than municipal {wanted}{unit}", aggregateNote: "municipal total {total}; district {held}",
        noDistrictTarget: "no district target", comparisonTitle: "Target comparison", districtOnlyTargets: "District-only targets",
        linksTitle: "Links", priorityTitle: "Priority title", taskTitle: "Task title", verdict: "Verdict", byHandNote: "periods differ: municipal {wanted}{unit} by {wantedYear}, district {held}{unit} by {heldYear}; judge by hand whether the district gets there in time",
        portfolioTitle: "Whole-city alignment", districtPlans: "District plans", readable: "readable", summaryByDistrict: "Summary by district",
        file: "File", plan: "Plan", taskCount: "Tasks", coverageMatrix: "Coverage matrix", matrixLegend: "● strong ◐ partial ○ weak candidates only (to review) · none",
        uncoveredEverywhere: "Priorities no district covers", filesSkipped: "Files skipped", reason: "Reason",
        csvHeaders: ["kind", "area", "priority", "priority or measure", "task", "task or target", "strength", "score", "lead departments", "detail"],
        csvLink: "link", csvUnmappedPriority: "unmapped priority", csvUncoveredMeasure: "uncovered measure", csvTarget: "target {verdict}",
        verdicts: [.behind: "behind", .meets: "meets", .ahead: "ahead", .missing: "missing", .aggregate: "aggregate", .byHand: "by hand"],
        strengths: [.strong: "strong", .partial: "partial", .weak: "weak (to review)"],
        origins: [.engine: "engine", .accepted: "confirmed", .added: "added by planner"],
        notes: [.numberingSlip: "expected {expected}, found {found}; read on as a heading", .inferredOutline: "no numbered headings; each paragraph read as an item (outline inferred)",
                .traditionalScript: "traditional characters, read and matched as simplified", .unpairedList: "a 分别 list names {expected} indicators and {found} values; none paired, each value keeps the words before it"],
        draft: .english, diff: .english, office: .english)

    /// The language for a `--lang` code.
    public static func named(_ code: String) -> ReportLanguage? {
        [chinese, english].first { $0.code == code }
    }

    /// `template` with each `{name}` replaced by its value.
    func fill(_ template: String, _ values: [String: String]) -> String { TemplateText.fill(template, values) }

    func note(_ note: ParseNote) -> String {
        fill(notes[note.kind] ?? note.message, ["expected": note.expected, "found": note.found])
    }

    func verdict(_ verdict: Verdict) -> String { verdicts[verdict] ?? verdict.rawValue }
    func strength(_ strength: Strength?) -> String { strength.map { strengths[$0] ?? $0.rawValue } ?? notCovered }
}
