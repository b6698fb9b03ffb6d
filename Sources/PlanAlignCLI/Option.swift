/// One option of a command, declared once: parsing, usage and help are all derived from it.
struct Option: Sendable {
    /// What the option takes.
    enum Kind: Sendable {
        /// A value, such as `FILE`; `choices` lists the accepted ones where there is a fixed set.
        case value(placeholder: String, choices: [String])
        /// A value that may be given several times, each kept (`--accept 2.1:4 --accept 3.2:21`).
        case repeatable(placeholder: String)
        /// A switch with no value.
        case flag
    }

    /// The names, the canonical long one first (`--output`, `-o`).
    var names: [String]
    var kind: Kind
    /// What the option does, in English and in Chinese.
    var help: Text

    /// The canonical name: the key parsed values are kept under.
    var name: String { names[0] }

    /// The option as usage shows it: `-o FILE`, `--format markdown|json|csv`, `--ignore-reviews`.
    var synopsis: String {
        let shown = names.count > 1 ? names.sorted { $0.count < $1.count }.joined(separator: ", ") : name
        switch kind {
        case .value(let placeholder, let choices): return "\(shown) \(choices.isEmpty ? placeholder : choices.joined(separator: "|"))"
        case .repeatable(let placeholder): return "\(shown) \(placeholder)…"
        case .flag: return shown
        }
    }

    /// A value option.
    static func value(_ names: String..., placeholder: String, choices: [String] = [], help: Text) -> Option {
        Option(names: names, kind: .value(placeholder: placeholder, choices: choices), help: help)
    }

    /// A value option that may repeat.
    static func repeatable(_ names: String..., placeholder: String, help: Text) -> Option {
        Option(names: names, kind: .repeatable(placeholder: placeholder), help: help)
    }

    /// A switch.
    static func flag(_ names: String..., help: Text) -> Option { Option(names: names, kind: .flag, help: help) }
}

/// A sentence the tool shows, in English and in Chinese.
struct Text: Sendable {
    var en: String
    var zh: String

    init(_ en: String, zh: String) {
        self.en = en
        self.zh = zh
    }

    /// The sentence in `language`.
    func callAsFunction(_ language: HelpLanguage) -> String { language == .chinese ? zh : en }
}

/// The language of help and usage errors: Chinese under `--lang zh` or a `zh_*` locale.
enum HelpLanguage: Sendable {
    case english, chinese

    /// The language `arguments` and the locale variables of `environment` ask for.
    static func chosen(by arguments: ArraySlice<String>, environment: [String: String]) -> HelpLanguage {
        if let index = arguments.firstIndex(where: { $0 == "--lang" || $0.hasPrefix("--lang=") }) {
            let value = arguments[index].hasPrefix("--lang=") ? String(arguments[index].dropFirst(7))
                : arguments.index(after: index) < arguments.endIndex ? arguments[arguments.index(after: index)] : ""
            if value == "zh" { return .chinese }
            if value == "en" { return .english }
        }
        // POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG.
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return locale.hasPrefix("zh") ? .chinese : .english
    }
}
