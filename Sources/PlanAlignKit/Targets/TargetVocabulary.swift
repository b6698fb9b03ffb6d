/// The words of the genre that frame a quantitative target: comparators, polarity, units,
/// hedges, verbs and scope words, read from `mappings/targets.json`. They describe how
/// targets are written, not any one plan; a planner extends them there.
///
/// Immutable, and held by reference: the target scan of every measure holds the vocabulary,
/// and a copy of nearly thirty lists retained each of them.
public final class TargetVocabulary: Sendable {
    /// How far before a number a per-population scope word (`每千人口`) is looked for, in characters.
    static let scopeWindow = 32
    /// How far before a number the cues of its status (`已`, a past year, `分别`) are looked for:
    /// far enough for a sentence of the genre, bounded so a long unpunctuated text stays linear.
    static let cueWindow = 80

    /// Every comparator word, longest first, so `不少于` is read before `少于`; level words
    /// (`达到`) have no direction of their own and are given `nil`.
    let comparatorWords: [([Unicode.Scalar], TargetComparator?)]
    /// The last characters of the comparator words: a number not after one of them has no comparator word.
    let comparatorEndings: ScalarSet
    /// Indicators whose smaller values are better, and indicators whose larger values are
    /// better although they name a falling one; `true` for falling.
    /// Longest first, the order of the file kept among words of one length.
    let polarityWords: WordList
    /// Whether each of `polarityWords` names a falling indicator.
    let polarityFalls: [Bool]
    let approximateBefore: WordList
    let approximateAfter: WordList
    /// Units, longest first.
    let units: [String]
    /// `units` as scalars, in the same order: the scan compares them in place with the text.
    let unitWords: WordList
    let notUnits: Set<String>
    /// The `notUnits` of more than one scalar.
    let longNotUnits: WordList
    let intensiveUnits: Set<String>
    let timeUnits: Set<String>
    /// Scope words and the unit suffix each gives, longest first.
    let perPopulation: [(String, String)]
    /// The words of `perPopulation`, in its order.
    let perPopulationWords: WordList
    let perTime: [String]
    let perTimeWords: WordList
    let impliedUnits: [(String, String)]
    /// The words of `impliedUnits`, in its order.
    let impliedUnitWords: WordList
    let indicatorEndings: WordList
    let intensiveIndicatorWords: WordList
    let pastWords: WordList
    let futureWords: WordList
    let retrospectiveTitles: [String]
    let retrospectiveSections: [String]
    let fiveYearPeriods: [(String, Int)]
    let structuralNouns: WordList
    let meetingNouns: WordList
    let scopeWords: WordList
    /// Leading words an indicator drops, longest first.
    let leadingNoise: WordList
    let deliveryVerbs: WordList
    let asideOpeners: [String]
    /// How a drafted plan words a target (`atMost`: `控制在{value}以下`), a share of a total and an undecided owner.
    public let phrasing: [String: String]
    static let phrasingKeys = ["atMost", "atLeast", "range", "approximately", "byYear", "share", "undecided"]

    /// The file name read from a mappings directory.
    public static let file = "targets.json"

    /// The vocabulary built into the binary from the repository's `mappings/targets.json`.
    public static let builtIn: TargetVocabulary = {
        let path = "(built-in) mappings/\(file)"
        do {
            return try read(JSONDocument.parse(BuiltInMappings.targets, path: path), path: path)
        } catch {
            // The build embeds a file that `planalign validate` and the tests check; a bad one cannot ship.
            preconditionFailure("the built-in target vocabulary does not parse: \(error)")
        }
    }()

    /// The keys of `targets.json`, each an object with `about` and `words` (a list) or `pairs` (an object).
    static let listKeys = ["atMostWords", "atLeastWords", "levelWords", "fallingIndicators", "risingIndicators", "approximateBefore",
                           "approximateAfter", "units", "notUnits", "intensiveUnits", "timeUnits", "perTime", "indicatorEndings",
                           "intensiveIndicatorWords", "pastWords", "futureWords", "retrospectiveTitles", "retrospectiveSections",
                           "structuralNouns", "meetingNouns", "scopeWords", "leadingNoise", "deliveryVerbs", "asideOpeners"]
    static let pairKeys = ["perPopulation", "impliedUnits", "fiveYearPeriods", "phrasing"]

    /// Reads `targets.json`. Every key must be present: a vocabulary missing a list would
    /// quietly stop reading a kind of target.
    ///
    /// - Throws: `InputError.malformed` naming the line and column of what is wrong.
    public static func read(_ node: JSONNode, path: String) throws -> TargetVocabulary {
        guard node.members != nil else { throw JSONDocument.mismatch(node, path: path, expected: "an object of target words") }
        try JSONDocument.checkKeys(of: node, allowed: ["about"] + listKeys + pairKeys, path: path)
        var lists: [String: [String]] = [:], pairs: [String: [(String, JSONNode)]] = [:]
        for key in listKeys + pairKeys {
            guard let entry = node[key] else { throw JSONDocument.mismatch(node, path: path, expected: "the key \"\(key)\"") }
            let inner = pairKeys.contains(key) ? "pairs" : "words"
            try JSONDocument.checkKeys(of: entry, allowed: ["about", inner], path: path)
            if inner == "words" {
                guard let words = entry["words"]?.array else {
                    throw JSONDocument.mismatch(entry["words"] ?? entry, path: path, expected: "\"\(key)\".\"words\": an array of strings")
                }
                lists[key] = try words.map { word in
                    guard let text = word.string, !text.isEmpty else { throw JSONDocument.mismatch(word, path: path, expected: "a word as a non-empty string") }
                    return text
                }
            } else {
                guard let members = entry["pairs"]?.members else {
                    throw JSONDocument.mismatch(entry["pairs"] ?? entry, path: path, expected: "\"\(key)\".\"pairs\": an object")
                }
                pairs[key] = members
            }
        }
        func strings(_ key: String) throws -> [(String, String)] {
            try (pairs[key] ?? []).map { word, value in
                guard let text = value.string else { throw JSONDocument.mismatch(value, path: path, expected: "a string for \"\(word)\"") }
                return (word, text)
            }
        }
        let years = try (pairs["fiveYearPeriods"] ?? []).map { word, value -> (String, Int) in
            guard let year = value.number, year == year.rounded(), (1900...2200).contains(year) else {
                throw JSONDocument.mismatch(value, path: path, expected: "a first year for \"\(word)\"")
            }
            return (word, Int(year))
        }
        let phrasing = Dictionary(try strings("phrasing"), uniquingKeysWith: { first, _ in first })
        if let missing = phrasingKeys.first(where: { phrasing[$0] == nil }) {
            throw JSONDocument.mismatch(node["phrasing"] ?? node, path: path, expected: "\"phrasing\" with the key \"\(missing)\"")
        }
        return TargetVocabulary(lists: lists, perPopulation: try strings("perPopulation"), impliedUnits: try strings("impliedUnits"),
                                fiveYearPeriods: years, phrasing: phrasing)
    }

    private init(lists: [String: [String]], perPopulation: [(String, String)], impliedUnits: [(String, String)], fiveYearPeriods: [(String, Int)],
                 phrasing: [String: String]) {
        self.phrasing = phrasing
        func list(_ key: String) -> [String] { lists[key] ?? [] }
        func scalars(_ key: String) -> [[Unicode.Scalar]] { list(key).map(\.scalars) }
        func longestFirst(_ words: [String]) -> [String] {
            words.enumerated().sorted { ($0.element.unicodeScalars.count, -$0.offset) > ($1.element.unicodeScalars.count, -$1.offset) }.map(\.element)
        }
        comparatorWords = (list("atMostWords").map { ($0.scalars, TargetComparator?.some(.atMost)) }
            + list("atLeastWords").map { ($0.scalars, TargetComparator?.some(.atLeast)) }
            + list("levelWords").map { ($0.scalars, TargetComparator?.none) })
            .enumerated().sorted { ($0.element.0.count, -$0.offset) > ($1.element.0.count, -$1.offset) }.map(\.element)
        comparatorEndings = ScalarSet(String(scalars: comparatorWords.compactMap(\.0.last)))
        let polarity = (list("fallingIndicators").map { ($0.scalars, true) } + list("risingIndicators").map { ($0.scalars, false) })
            .enumerated().sorted { ($0.element.0.count, -$0.offset) > ($1.element.0.count, -$1.offset) }.map(\.element)
        polarityWords = WordList(polarity.map(\.0))
        polarityFalls = polarity.map(\.1)
        approximateBefore = WordList(list("approximateBefore"))
        approximateAfter = WordList(list("approximateAfter"))
        units = longestFirst(list("units"))
        unitWords = WordList(units)
        notUnits = Set(list("notUnits"))
        longNotUnits = WordList(list("notUnits").map(\.scalars).filter { $0.count > 1 })
        intensiveUnits = Set(list("intensiveUnits"))
        timeUnits = Set(list("timeUnits"))
        self.perPopulation = perPopulation.enumerated().sorted { ($0.element.0.count, -$0.offset) > ($1.element.0.count, -$1.offset) }.map(\.element)
        perPopulationWords = WordList(self.perPopulation.map(\.0))
        perTime = list("perTime")
        perTimeWords = WordList(perTime)
        self.impliedUnits = impliedUnits
        impliedUnitWords = WordList(impliedUnits.map(\.0))
        indicatorEndings = WordList(list("indicatorEndings"))
        intensiveIndicatorWords = WordList(list("intensiveIndicatorWords"))
        pastWords = WordList(list("pastWords"))
        futureWords = WordList(list("futureWords"))
        retrospectiveTitles = list("retrospectiveTitles")
        retrospectiveSections = list("retrospectiveSections")
        self.fiveYearPeriods = fiveYearPeriods
        structuralNouns = WordList(list("structuralNouns"))
        meetingNouns = WordList(list("meetingNouns"))
        scopeWords = WordList(list("scopeWords"))
        leadingNoise = WordList(longestFirst(list("leadingNoise")))
        deliveryVerbs = WordList(list("deliveryVerbs"))
        asideOpeners = list("asideOpeners")
    }

    /// Whether smaller values of `indicator` are better: the polarity word that ends last in
    /// it decides (the head of a Chinese noun phrase comes last), the longer one on a tie.
    func falls(_ indicator: String) -> Bool {
        let characters = indicator.scalars
        // The last end any word has; there, the longest word, the first of the file on a tie.
        for end in stride(from: characters.count, to: 0, by: -1) {
            if let word = polarityWords.firstIndex(endingAt: end, in: characters) { return polarityFalls[word] }
        }
        return false
    }
}
