/// The words of a drafted plan in one language: the marks in its text, its note, and its
/// change list. The plan's own text is never translated.
struct DraftWords: Sendable, Hashable {
    /// The mark written after each kind of change, in the plan's text.
    var marks: [DraftChange.Category: String]
    /// What each kind of change is called in the change list.
    var kinds: [DraftChange.Category: String]
    /// Why each kind of change was made, with `{from}`, `{to}`, `{lead}`, `{fromYear}`, `{toYear}`.
    var reasons: [DraftChange.Category: String]
    /// Said after a reason when the two plans word an indicator differently.
    var wordingFlag: String
    /// The note under the title, with `{municipal}` and `{legend}`.
    var note: String
    var changes: String
    var number: String
    var kind: String
    var task: String
    var change: String
    var reason: String
    var source: String

    static let chinese = DraftWords(
        marks: [.raisedTarget: "【改】", .addedIndicator: "【增】", .sharePlaceholder: "【增】", .addedMeasure: "【增】", .addedTask: "【新增任务】",
                .addedSection: "【新增】", .districtOnly: "【本级特有，请确认保留】", .checkPeriod: "【期限不同，请核对】"],
        kinds: [.raisedTarget: "调整指标", .addedIndicator: "补充指标", .sharePlaceholder: "分解总量", .addedMeasure: "补充措施", .addedTask: "新增任务",
                .addedSection: "新增部分", .districtOnly: "本级特有", .checkPeriod: "期限不同"],
        reasons: [.raisedTarget: "本级目标 {from} 落后于上级 {to}，已调至上级水平（原值见“修改”）",
                  .addedIndicator: "上级设有目标 {to}，本级原无对应目标",
                  .sharePlaceholder: "上级总量 {to}，请填写本区分解数",
                  .addedMeasure: "上级措施尚无本级任务承接，已加入承接该项重点任务的本级任务",
                  .addedTask: "上级重点任务无本级任务承接；建议牵头：{lead}",
                  .addedSection: "新增任务在本级计划中无合适部分",
                  .districtOnly: "上级计划无对应重点任务，请确认是否保留",
                  .checkPeriod: "本级目标 {from}（{fromYear}年）与上级 {to}（{toYear}年）期限不同，请人工判断能否按期达到"],
        wordingFlag: "指标表述不同（本级“{from}”/上级“{to}”），请核对统计口径",
        note: "（草稿：由 PlanAlign 依据《{municipal}》生成。{legend}）",
        changes: "修改清单", number: "序号", kind: "类型", task: "本级任务", change: "修改", reason: "原因", source: "上级依据")

    static let english = DraftWords(
        marks: [.raisedTarget: "[changed]", .addedIndicator: "[added]", .sharePlaceholder: "[added]", .addedMeasure: "[added]", .addedTask: "[new task]",
                .addedSection: "[new]", .districtOnly: "[district only: keep?]", .checkPeriod: "[other year: check]"],
        kinds: [.raisedTarget: "target raised", .addedIndicator: "indicator added", .sharePlaceholder: "share of a total", .addedMeasure: "measure added",
                .addedTask: "task added", .addedSection: "section added", .districtOnly: "district only", .checkPeriod: "other year"],
        reasons: [.raisedTarget: "the district target {from} is behind the municipal {to}; raised to it (the old value is under Change)",
                  .addedIndicator: "the municipal plan sets {to}; the district had no target for it",
                  .sharePlaceholder: "a municipal total of {to}: fill in the district's share",
                  .addedMeasure: "no district task carried this municipal measure; added to a task that carries its priority",
                  .addedTask: "no district task carries this municipal priority; suggested lead: {lead}",
                  .addedSection: "no district section fits the new task",
                  .districtOnly: "no municipal priority asks for this task: keep it or not",
                  .checkPeriod: "the district's {from} ({fromYear}) and the municipal {to} ({toYear}) are set for different years: judge by hand"],
        wordingFlag: "the indicators are worded differently (district “{from}” / municipal “{to}”): check the definitions",
        note: "(Draft made by PlanAlign from “{municipal}”. {legend})",
        changes: "Changes", number: "No.", kind: "Kind", task: "District task", change: "Change", reason: "Why", source: "Municipal source")

    /// The legend of the marks, in the order of the kinds.
    var legend: String {
        var seen: [String] = []
        for kind in DraftChange.Category.allCases {
            guard let mark = marks[kind], let name = kinds[kind] else { continue }
            let entry = mark + name
            if !seen.contains(where: { $0.hasPrefix(mark) }) { seen.append(entry) }
        }
        return seen.joined(separator: " ")
    }
}
