import PlanAlignKit

/// The options several commands share, declared once.
enum Options {
    static let municipal = Option.value("--municipal", placeholder: "FILE", help: Text(
        "the plan above (default: the municipal seed in ./seeds)", zh: "上级计划（默认：./seeds 中的上级计划）"))
    static let district = Option.value("--district", placeholder: "FILE", help: Text(
        "the plan below (default: the district seed in ./seeds)", zh: "本级计划（默认：./seeds 中的本级计划）"))
    static let mappings = Option.value("--mappings", placeholder: "DIR", help: Text(
        "lexicon, indicator aliases and reviews (default ./mappings); each file it holds replaces the built-in one",
        zh: "词表、指标别名与复核记录所在目录（默认 ./mappings）；其中的文件替换内置的同名文件"))
    static let encoding = Option.value("--encoding", placeholder: "ENC", help: Text(
        "force utf-8, utf-16le, utf-16be or gb18030 instead of detecting it", zh: "强制按 utf-8、utf-16le、utf-16be 或 gb18030 读取，不自动识别"))
    static let lang = Option.value("--lang", placeholder: "LANG", choices: ["zh", "en"], help: Text(
        "language of the output's headings and labels, and of help and errors (default zh); plan text is never translated",
        zh: "输出标题与标签、帮助与错误信息的语言（默认 zh）；计划原文不翻译"))
    static let output = Option.value("--output", "-o", placeholder: "FILE", help: Text(
        "write to FILE (atomically) instead of standard output; never over an input", zh: "写入文件（原子写入）而不是标准输出；不会覆盖输入文件"))
    static let ignoreReviews = Option.flag("--ignore-reviews", help: Text(
        "use the engine's own links, without the planners' decisions", zh: "只用引擎自己的对接结果，不应用复核决定"))

    /// `--format` with its choices, the first being the default.
    static func format(_ choices: String...) -> Option {
        Option.value("--format", placeholder: "FORMAT", choices: choices, help: Text(
            "output format (default \(choices[0]))", zh: "输出格式（默认 \(choices[0])）"))
    }

    static let maxSize = Option.value("--max-size", placeholder: "SIZE", help: Text(
        "read plan files up to SIZE bytes (default 64M; K, M and G suffixes)", zh: "读取不超过 SIZE 字节的计划文件（默认 64M；可用 K、M、G）"))

    /// The options of every command that reads a pair of plans.
    static let pair = [municipal, district, mappings, encoding, maxSize]

    /// The limits `--max-size` sets.
    static func limits(_ arguments: ParsedArguments) throws -> Limits {
        var limits = Limits.standard
        guard let text = arguments.value("--max-size") else { return limits }
        let multipliers: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        let unit = text.last.flatMap { multipliers[Character($0.uppercased())] }
        guard let number = Int(unit == nil ? text : String(text.dropLast())), number > 0 else {
            throw UsageError.invalidValue(option: "--max-size", value: text, accepted: ["a size in bytes, such as 200M or 1G"])
        }
        let (bytes, overflow) = number.multipliedReportingOverflow(by: unit ?? 1)
        guard !overflow, bytes <= Limits.largestText else {
            throw UsageError.invalidValue(option: "--max-size", value: text, accepted: ["a size below 2G (\(Limits.largestText) bytes)"])
        }
        limits.fileBytes = bytes
        return limits
    }

    /// The encoding `--encoding` forces, if any.
    static func encoding(_ arguments: ParsedArguments) throws -> TextEncoding? {
        guard let name = arguments.value("--encoding") else { return nil }
        guard let encoding = TextEncoding(name: name) else {
            throw UsageError.invalidValue(option: "--encoding", value: name, accepted: TextEncoding.allCases.map(\.rawValue))
        }
        return encoding
    }

    /// The report language `--lang` names.
    static func language(_ arguments: ParsedArguments) -> ReportLanguage {
        arguments.choice("--lang") == "en" ? .english : .chinese
    }
}
