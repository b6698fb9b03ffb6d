/// The words of the genre that frame a quantitative target: comparators, units, hedges,
/// verbs and scope words. These describe how targets are written, not any one plan.
enum TargetVocabulary {
    /// How far before a number a per-population scope word (`每千人口`) is looked for, in characters.
    static let scopeWindow = 32
    /// How far before a number the cues of its status (`已`, a past year, `分别`) are looked for:
    /// far enough for a sentence of the genre, bounded so a long unpunctuated text stays linear.
    static let cueWindow = 80

    /// Words before a number, in its clause, that report what was done rather than commit.
    static let pastWords = ["已经", "已", "实现了", "完成了", "达到了", "提高了", "下降了", "增长了", "降低了", "截至", "截止", "比上年",
                            "同比", "较上年", "累计完成", "圆满完成", "先后", "共计", "创历史"].map(\.scalars)
    /// Words that mark a clause as a commitment even where it names a past year.
    static let futureWords = ["到20", "力争", "目标", "确保", "将", "要", "届时", "以上", "以下", "以内", "不低于", "不超过", "控制在", "提高到", "降至", "达到"]
    /// Titles of documents that look back: every number in them is a past value.
    static let retrospectiveTitles = ["工作总结", "总结报告", "年度总结", "工作成效"]
    /// Section titles that look back inside a plan.
    static let retrospectiveSections = ["发展基础", "工作总结", "主要成效", "主要成就", "成就", "回顾", "发展现状", "工作成效", "取得的成效"]
    /// Five-year periods by the first year they cover.
    static let fiveYearPeriods = [("十三五", 2016), ("十四五", 2021), ("十五五", 2026), ("十六五", 2031)]
    /// Hedges that make a value approximate: `约` right before the number (or its comparator),
    /// `左右` right after it. `力争` only hedges the effort, not the value: it keeps its comparator.
    static let approximateBefore = ["约", "大约"].map(\.scalars)
    static let approximateAfter = "左右".scalars
    /// How indicators end (`…率`, `…人数`): a value stated with `为` after one is a reading of it.
    static let indicatorEndings = ["率", "比例", "比重", "占比", "指数", "寿命", "人数", "数", "量", "额", "费用", "水平"].map(\.scalars)
    /// Indicator words that make a figure intensive whatever its unit: rates, shares, per-capita amounts.
    static let intensiveIndicatorWords = ["率", "比例", "比重", "占比", "指数", "人均", "每人", "户均", "次均"]

    /// Words before a number that bound it from above, longest first.
    static let atMostWords = ["控制在", "控制到", "降低至", "降低到", "下降至", "下降到", "减少至", "减少到", "压缩至", "压缩到",
                              "缩短至", "缩短到", "降至", "降到", "不超过", "不高于", "不大于", "低于", "小于", "少于", "控制"]
    /// Words before a number that bound it from below, longest first.
    static let atLeastWords = ["提升至", "提升到", "提高至", "提高到", "增加至", "增加到", "增长至", "增长到", "扩大至", "扩大到",
                               "保持在", "稳定在", "维持在", "不少于", "不低于", "不小于", "达到", "达至", "增至", "超过", "高于",
                               "大于", "至少", "突破", "达", "为"]

    /// Every comparator word, longest first, so `不少于` is read before `少于`.
    static let comparatorWords: [([Unicode.Scalar], TargetComparator)] =
        (atMostWords.map { ($0.scalars, TargetComparator.atMost) } + atLeastWords.map { ($0.scalars, TargetComparator.atLeast) })
            .sorted { $0.0.count > $1.0.count }

    /// Count and measure units, longest first, with their normalised spelling.
    static let units: [(String, String)] = [
        ("人次", "人次"), ("分钟", "分钟"), ("小时", "小时"), ("平方米", "平方米"), ("公里", "公里"),
        ("个", "个"), ("家", "家"), ("名", "名"), ("张", "张"), ("台", "台"), ("项", "项"), ("所", "所"),
        ("人", "人"), ("元", "元"), ("天", "天"), ("岁", "岁"), ("次", "次"), ("例", "例"), ("件", "件"),
        ("支", "支"), ("辆", "辆"), ("套", "套"), ("间", "间"), ("座", "座"), ("位", "位"), ("管", "管"), ("U", "U"),
        ("%", "%"), ("‰", "‰"),
    ]
    /// Units that make a target intensive: rates, ratios, per-capita figures, times and ages.
    static let intensiveUnits: Set<String> = ["%", "‰", "/10万", "分钟", "小时", "天", "岁"]
    /// Units whose smaller values are better when a plan states no comparator (response times).
    static let timeUnits: Set<String> = ["分钟", "小时", "天"]

    /// Per-population phrases that turn a count into a ratio: `每千人口…个` is `个/千人`.
    static let perPopulation: [(String, String)] = [
        ("每十万人口", "/10万"), ("每10万人口", "/10万"), ("每千人口", "/千人"), ("每千常住人口", "/千人"),
        ("每千人", "/千人"), ("每万人口", "/万人"), ("每万常住人口", "/万人"), ("每万人", "/万人"),
    ]

    /// Nouns after a count that name parts of a plan, not things to deliver (`8个方面`), or
    /// count the plan's own tasks and indicators (`19项专项行动`, `153个具体指标`).
    static let structuralNouns = ["方面", "层面", "环节", "维度", "批次", "专项行动", "具体指标", "具体任务", "发展指标", "主要指标",
                                  "重点任务", "主要任务", "任务清单", "条措施", "项措施"]
    /// Words after a count of sessions that make it a meeting's number (`75次常务会议`).
    static let meetingNouns = ["常务会议", "常务会", "会议", "全会", "常委会"]
    /// Units of time a count can be per (`6万管/日`).
    static let perTime = ["日", "天", "月", "年"]
    /// Indicator words before a unitless number that give its unit: an index scores, a count of people counts people.
    static let impliedUnits: [(String, String)] = [("指数", "分"), ("得分", "分"), ("评分", "分"), ("人次", "人次"), ("人数", "人")]

    /// Leading words an indicator drops: scope words, hedges and delivery verbs, longest first.
    static let leadingNoise = [
        "全区", "全市", "全县", "全省", "辖区", "区内", "市内", "各区县",
        "进一步", "力争", "确保", "争取", "努力", "全力", "积极", "持续", "基本", "全面", "累计", "年内", "当年", "至少",
        "新建", "新增", "新创", "新招", "建成", "建设", "建立", "打造", "培育", "培树", "培养", "创建", "争创", "完成", "实现",
        "推动", "推进", "遴选", "招引", "选拔", "招聘", "招录", "引进", "引育", "输送", "获批", "采购", "布局", "开展", "提供",
        "组建", "设立", "设置", "配备", "改造", "扩建", "投用", "启动", "支持", "帮扶", "申报", "认定", "评选", "为", "的", "使",
    ]
    /// The leading words as scalars, built once.
    static let leadingNoiseScalars: [[Unicode.Scalar]] = leadingNoise.map(\.scalars)

    /// Delivery verbs: a number right after one counts the noun that follows it (`新建1所托育园`).
    static let deliveryVerbs: [[Unicode.Scalar]] = [
        "新建", "新增", "新创", "建成", "建设", "打造", "培育", "培树", "培养", "创建", "争创", "完成", "实现", "遴选", "招引",
        "招聘", "招录", "引进", "输送", "获批", "采购", "组建", "设立", "设置", "配备", "改造", "扩建", "投用", "为", "选拔",
        "开展", "提供", "帮扶", "评选", "认定", "申报", "力争", "确保", "争取", "至少",
    ].map(\.scalars)

    /// Bracketed text that starts with one of these explains rather than commits (`（即1个…）`).
    static let asideOpeners = ["即", "如", "含", "包括", "注"]
}
