/// Finds the quantitative targets in a measure's text.
///
/// It reads each number with its multiplier (`万`, `亿`), range and unit, decides whether
/// the number is a target at all (years, ages, grades, document and slogan numbers are
/// not), then reads the comparator and the indicator around it.
public struct TargetExtractor: Sendable {
    /// The words that frame a target.
    public var vocabulary: TargetVocabulary

    public init(vocabulary: TargetVocabulary = .builtIn) {
        self.vocabulary = vocabulary
    }

    /// The targets in a sentence given as a plain string, normalised first.
    public func targets(in text: String, line: Int = 0, context: TargetContext = TargetContext()) -> [Target] {
        let cleaned = TextCleaner.tightenSpaces(TextCleaner.normalizeCharacters(text))
        return targets(in: LocatedText(cleaned, line: line), context: context)
    }

    /// The targets in a measure, each with the source line of its number.
    ///
    /// - Complexity: O(n · w) in the length of the text and the number of vocabulary words.
    public func targets(in text: LocatedText, context: TargetContext = TargetContext()) -> [Target] {
        read(text, context: context).targets
    }

    /// Whether `scalar` can be part of a number: an ASCII digit or a Chinese numeral character.
    @inline(__always)
    static func mayBeInNumber(_ scalar: Unicode.Scalar) -> Bool { scalar.isASCIIDigit || ChineseNumeral.isNumeralCharacter(scalar) }

    /// The targets in a measure, and notes on what could not be read with confidence (a
    /// `分别` list whose indicators and values differ in number).
    public func read(_ text: LocatedText, context: TargetContext = TargetContext()) -> (targets: [Target], notes: [ParseNote]) {
        // A text with no digit and no numeral character holds no number: most measures say
        // what will be done, not how much, and need no scan.
        guard text.characters.contains(where: TargetExtractor.mayBeInNumber) else { return ([], []) }
        let scan = Scan(text.characters, vocabulary: vocabulary)
        var found: [Found] = []
        var index = 0
        while index < scan.characters.count {
            // Only a digit or a numeral character starts a number: the rest are passed over
            // here, without a call that returns no number for each of them.
            guard TargetExtractor.mayBeInNumber(scan.characters[index]), let number = scan.number(at: index) else {
                index += 1
                continue
            }
            index = max(number.end, number.afterEnd)
            if scan.isTarget(number) { found.append(number) }
        }
        let (drafts, unpaired) = scan.targets(from: found)
        let notes = unpaired.map { list in
            ParseNote(kind: .unpairedList, line: text.line(at: list.start), expected: String(list.names), found: String(list.values))
        }
        let targets = drafts.map { draft in
            var target = Target(indicator: draft.indicator, bound: draft.bound, unit: draft.unit, kind: draft.kind, text: draft.text,
                                line: text.line(at: draft.start), status: context.retrospective ? .baseline : scan.status(of: draft, context: context))
            target.period = target.status == .baseline ? scan.year(of: draft) : scan.period(of: draft, context: context)
            return target
        }
        return (targets, notes)
    }
}

/// A number read from the text, with everything around it that decides what it means.
struct Found {
    var start: Int
    /// The end of the number, its multiplier, range and unit.
    var end: Int
    /// The end including a trailing `以上`, `以下` or `以内`.
    var afterEnd: Int
    var low: Double
    var high: Double?
    var unit: String
    var isChinese: Bool
    /// The comparator a trailing word gives: `以下` and `以内` bound from above, `以上` from below.
    var trailing: TargetComparator?
    /// Whether the trailing word is followed by more noun (`以上的社区…`, `以下婴幼儿`).
    var qualifiesNoun: Bool
}
