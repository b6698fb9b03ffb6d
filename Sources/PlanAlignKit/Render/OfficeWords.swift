/// The words of the office outputs (Word, Excel, the web page) beyond the report's own.
struct OfficeWords: Sendable, Hashable {
    var matrixLegend: String
    var area: String
    /// A column of the coverage matrix, with `{n}`.
    var priorityColumn: String
    /// The matrix marks: `strong`, `partial`, `candidate`, `none`.
    var matrixMarks: [String: String]
    /// The workbook's sheets, by the table they hold.
    var sheets: [ReportTable.Kind: String]
    /// The links sheet, which gathers every area's coverage table.
    var linksSheet: String
    /// The columns of a department's sheet.
    var departmentColumns: [String]
    /// The kinds of row in a department's sheet: `gap`, `target`, `task`.
    var departmentRows: [String: String]
    /// The first column of the gaps sheet, and its kinds of gap.
    var gapColumn: String
    var gapKinds: [String: String]
    /// The web page's review mode.
    var review: [String: String]

    static let chinese = OfficeWords(
        matrixLegend: "覆盖矩阵：强＝强对接，部分＝部分对接，待＝仅有弱候选（待复核），缺＝无本级任务承接。",
        area: "领域", priorityColumn: "重点任务{n}",
        matrixMarks: ["strong": "强", "partial": "部分", "candidate": "待", "none": "缺"],
        sheets: [.summary: "概览", .behind: "需调整指标", .missing: "缺失指标", .unmapped: "未覆盖", .aggregates: "总量指标", .districtOnly: "本级特有"],
        linksSheet: "对接关系",
        departmentColumns: ["类型", "编号", "内容", "说明", "反馈"],
        departmentRows: ["gap": "缺口", "target": "需调整指标", "task": "牵头任务"],
        gapColumn: "类型", gapKinds: ["unmapped": "未覆盖的重点任务", "candidates": "仅有弱候选", "uncoveredMeasures": "未覆盖的措施"],
        review: ["title": "复核模式", "reviewer": "复核人", "accept": "确认", "reject": "否决", "note": "说明", "add": "补充对接",
                 "pick": "选择本级任务", "export": "导出决定文件", "count": "已记录 {n} 项决定", "pending": "待复核的建议对接",
                 "gaps": "缺口：补充对接", "import": "导出后运行：planalign review --import 决定文件", "bars": "各领域覆盖情况",
                 "current": "当前状态", "rejected": "已否决"])

    static let english = OfficeWords(
        matrixLegend: "Coverage matrix: strong, partial, to review (weak candidates only), none (no district task carries it).",
        area: "Area", priorityColumn: "Priority {n}",
        matrixMarks: ["strong": "strong", "partial": "partial", "candidate": "to review", "none": "none"],
        sheets: [.summary: "Summary", .behind: "Targets to change", .missing: "Missing targets", .unmapped: "Uncovered",
                 .aggregates: "Totals", .districtOnly: "District only"],
        linksSheet: "Links",
        departmentColumns: ["Kind", "Ref", "What", "Note", "Feedback"],
        departmentRows: ["gap": "gap", "target": "target to change", "task": "task led"],
        gapColumn: "Kind", gapKinds: ["unmapped": "priority not covered", "candidates": "weak candidates only", "uncoveredMeasures": "clause not covered"],
        review: ["title": "Review mode", "reviewer": "Reviewer", "accept": "Accept", "reject": "Reject", "note": "Note", "add": "Add a link",
                 "pick": "choose a district task", "export": "Download the decisions", "count": "{n} decisions recorded",
                 "pending": "Suggested links to review", "gaps": "Gaps: add a link", "import": "Then run: planalign review --import FILE",
                 "bars": "Coverage by area", "current": "Now", "rejected": "rejected"])
}
