import Foundation
import PlanAlignKit

extension Commands {
    static let review = Command(
        name: "review",
        summary: Text("Create or update the review file of a plan pair: add suggestions, record decisions, flag stale ones.",
                      zh: "建立或更新一对计划的复核记录：加入引擎建议、记录决定、标出需重新确认的决定。"),
        options: Options.pair + [
            Option.repeatable("--accept", placeholder: "M:D", help: Text(
                "confirm links, as municipal ref:district ref (comma-separated, or repeat the option)", zh: "确认对接，写作 上级编号:本级编号（可用逗号分隔或重复本选项）")),
            Option.repeatable("--reject", placeholder: "M:D", help: Text("turn links down; they leave the alignment", zh: "否决对接；它们不再计入对接")),
            Option.repeatable("--add", placeholder: "M:D", help: Text("add links the engine did not propose", zh: "添加引擎未提出的对接")),
            Option.value("--note", placeholder: "TEXT", help: Text("why, recorded with the decisions of this call", zh: "理由，随本次的决定一并记录")),
            Option.value("--date", placeholder: "YYYY-MM-DD", help: Text("the date recorded with new entries (default today, local time)",
                                                                        zh: "记录在新条目中的日期（默认今天，本地时间）")),
            Option.value("--reviewer", placeholder: "NAME", help: Text("who decides, recorded with the decisions of this call",
                                                                     zh: "复核人，随本次的决定一并记录")),
            Option.value("--import", placeholder: "FILE", help: Text(
                "merge a decisions file the report's web page exported, with its reviewer; conflicts with another reviewer are reported, not written",
                zh: "合并网页版报告导出的决定文件（含复核人）；与他人不同的决定列为冲突，不覆盖")),
            Options.lang,
        ]
    ) { arguments, session in
        try arguments.none()
        if let file = arguments.value("--import") {
            let date = try arguments.value("--date").map(validDate) ?? today()
            let inputs = try Inputs(arguments, session: &session)
            guard inputs.mappings.directory != nil else { throw UsageError.missingDefault(what: "mappings directory", option: "--mappings DIR") }
            session.inputs.append(file)
            let outcome: ImportOutcome
            do {
                outcome = try inputs.pair.importDecisions(try DecisionsFile.read(path: file), date: date)
            } catch ReviewError.unknownRef(let decided, let plan, let ref) {
                throw InputError.unreadable(path: file, reason: "\(decided.pair): the \(plan) plan has no item \(ref)")
            } catch ReviewError.otherPlans(let municipal, let district) {
                throw InputError.unreadable(path: file, reason: "the decisions are for \(municipal) and \(district), not for this pair of plans")
            }
            session.output = "reviews: \(outcome.path)\n  \(outcome.recorded) decisions recorded, \(outcome.unchanged) already recorded, "
                + "\(outcome.conflicts.count) conflicts\n"
            if !outcome.conflicts.isEmpty {
                for conflict in outcome.conflicts { session.warn("conflict, not written: \(conflict)") }
                session.failure = "\(file): \(outcome.conflicts.count) decisions differ from another reviewer's; settle them, then import again"
            }
            return
        }
        var decisions: [PlannerDecision] = []
        for (option, decision) in [("--accept", Decision.accepted), ("--reject", .rejected), ("--add", .added)] {
            for value in arguments.all(option) { decisions += try links(value, option: option).map { PlannerDecision(decision, $0) } }
        }
        let date = try arguments.value("--date").map(validDate) ?? today()
        let inputs = try Inputs(arguments, session: &session)
        guard inputs.mappings.directory != nil else { throw UsageError.missingDefault(what: "mappings directory", option: "--mappings DIR") }
        let outcome: ReviewOutcome
        do {
            outcome = try inputs.pair.recordReview(decisions, note: arguments.value("--note") ?? "", date: date, reviewer: arguments.value("--reviewer"))
        } catch ReviewError.unknownRef(let decided, let plan, let ref) {
            throw UsageError.unknownRef(option: "--" + decided.decision.command, value: decided.pair.description, plan: plan, ref: ref.rawValue)
        } catch ReviewError.conflicting(let pair, let first, let second) {
            throw UsageError.conflictingDecisions(link: pair.description, first: "--" + first.command, second: "--" + second.command)
        }
        if let carried = outcome.carried {
            session.output += "carried \(carried.entries.count) decisions from reviews/\(carried.source), \(carried.stale) of them stale, "
                + "\(carried.unplaced.count) could not be placed" + (carried.unplaced.isEmpty ? "" : ": " + carried.unplaced.joined(separator: ", ")) + "\n"
        }
        session.output += """
        reviews: \(outcome.path)
          \(outcome.newSuggestions) new suggestions, \(outcome.recorded) decisions recorded now, \(outcome.summary.staleDecisions) stale decisions, \
        \(outcome.summary.unreviewed) links still unreviewed, \(outcome.summary.decisions) decisions in all

        """
    }

    /// `2.1:4,3.2:21` as pairs of refs; full-width `：` and `，` read as `:` and `,`.
    static func links(_ value: String, option: String) throws -> [LinkPair] {
        let normalized = value.replacingOccurrences(of: "：", with: ":").replacingOccurrences(of: "，", with: ",")
        return try normalized.split(separator: ",").map { pair in
            let parts = pair.split(separator: ":", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw UsageError.invalidValue(option: option, value: String(pair), accepted: ["M:D, such as 2.1:4"])
            }
            return LinkPair(ItemRef(parts[0]), ItemRef(parts[1]))
        }
    }

    /// A `YYYY-MM-DD` date that exists in the calendar.
    static func validDate(_ text: String) throws -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month),
              day >= 1, day <= daysIn(month: month, year: year) else {
            throw UsageError.invalidValue(option: "--date", value: text, accepted: ["a real date as YYYY-MM-DD"])
        }
        return text
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The date of `now` where the planner is (`timeZone`, the system's by default), not in UTC.
    static func today(now: Date = Date(), timeZone: TimeZone = .current) -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: timeZone, from: now)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}

extension Decision {
    /// The option of `planalign review` that records the decision.
    var command: String {
        switch self {
        case .accepted: return "accept"
        case .rejected: return "reject"
        case .added: return "add"
        case .suggested: return "suggest"
        }
    }
}
