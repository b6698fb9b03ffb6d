/// Whether a number is a commitment or a past value (see `TargetStatus`).
extension Scan {
    /// The status of a target read from the text: a baseline when its clause reports what was
    /// done (`已`, `实现了`, `比上年`), when it follows `由…年的`, when its sentence dates it
    /// to a year before the plan's period, or when `为` states it with nothing looking ahead.
    ///
    /// - Complexity: O(s · w) in the length of the sentence and the number of cue words.
    func status(of draft: DraftTarget, context: TargetContext) -> TargetStatus {
        let floor = max(0, draft.start - TargetVocabulary.cueWindow)
        let clause = characters[max(floor, clauseStart(of: draft.start))..<draft.start]
        if vocabulary.pastWords.firstIndex(within: clause.indices, in: characters) != nil { return .baseline }
        var sentenceStart = draft.start
        while sentenceStart > floor, !CharacterSets.measureBreaks.contains(characters[sentenceStart - 1]) { sentenceStart -= 1 }
        let sentence = characters[sentenceStart..<draft.start]
        if followsPastYearOf(draft) { return .baseline }
        if let planYear = context.planYear, let year = Scan.lastYear(in: sentence), year < planYear { return .baseline }
        // `孕产妇死亡率为3.85/10万` states a value; `为2000名女学生接种` says for whom.
        if let start = draft.comparatorStart, characters[start] == "为", start > draft.regionStart,
           vocabulary.indicatorEndings.contains(endingAt: start, in: characters, notBefore: draft.regionStart),
           vocabulary.futureWords.firstIndex(within: sentence.indices, in: characters) == nil {
            return .baseline
        }
        return .target
    }

    /// The year a target is set for: the last year its sentence names before it, when that
    /// year is not before the plan's period (`到2027年，…达到…`).
    func period(of draft: DraftTarget, context: TargetContext) -> Int? {
        let floor = max(0, draft.start - TargetVocabulary.cueWindow)
        var sentenceStart = draft.start
        while sentenceStart > floor, !CharacterSets.measureBreaks.contains(characters[sentenceStart - 1]) { sentenceStart -= 1 }
        guard let year = Scan.lastYear(in: characters[sentenceStart..<draft.start]) else { return nil }
        return year >= (context.planYear ?? year) ? year : nil
    }

    /// The last year the sentence names before the number: when a past value was reached.
    func year(of draft: DraftTarget) -> Int? {
        let floor = max(0, draft.start - TargetVocabulary.cueWindow)
        var sentenceStart = draft.start
        while sentenceStart > floor, !CharacterSets.measureBreaks.contains(characters[sentenceStart - 1]) { sentenceStart -= 1 }
        return Scan.lastYear(in: characters[sentenceStart..<draft.start])
    }

    /// Whether the number stands right after `由…年的`: the value a change starts from.
    func followsPastYearOf(_ draft: DraftTarget) -> Bool {
        guard draft.start >= 2, characters[draft.start - 1] == "的" else { return false }
        let clause = characters[max(max(0, draft.start - TargetVocabulary.cueWindow), clauseStart(of: draft.start))..<(draft.start - 1)]
        guard let from = clause.lastIndex(of: "由") else { return false }
        // Past the change verb (`提高到2027年的`) the number is where the change ends, not where it starts.
        let span = clause[from...]
        return !span.contains("到") && !span.contains("至") && Scan.lastYear(in: span) != nil
    }

    /// The last four-digit year (`2020年`) a text names.
    static func lastYear(in text: String) -> Int? { lastYear(in: text.scalars[...]) }

    /// The last four-digit year (`2020年`) among `scalars`, read in place.
    static func lastYear(in scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        var found: Int?
        var start = scalars.startIndex
        while start + 5 <= scalars.endIndex {
            defer { start += 1 }
            guard scalars[start + 4] == "年", start == scalars.startIndex || !scalars[start - 1].isASCIIDigit else { continue }
            var year = 0
            for digit in scalars[start..<(start + 4)] {
                guard digit.isASCIIDigit else { year = -1; break }
                year = year * 10 + Int(digit.value - 48)
            }
            if (1990...2100).contains(year) { found = year }
        }
        return found
    }
}
