/// A target read from a measure before its source line is looked up.
struct DraftTarget {
    var indicator: String
    var bound: TargetBound
    var unit: String
    var kind: TargetKind
    var text: String
    var start: Int
    /// Where the number's own phrase starts: its clause, or the end of the number before it.
    var regionStart: Int
    /// The comparator word before the number, if any, and where it starts.
    var comparatorStart: Int?
    /// Whether the bound's direction was read from nothing more than a level word (`达到`) or
    /// no word at all, so that the indicator's polarity decides it.
    var directionFromPolarity = false
}

extension Scan {
    /// Reads the comparator and indicator of each number that is a target.
    ///
    /// The indicator is the noun phrase before the number, cleared of scope words,
    /// hedges and verbs; after a delivery verb (`新建1所普惠性托育园`) it is the noun
    /// after the number. Numbers listed with `、` before one shared noun
    /// (`城市15分钟、农村30分钟急救救援圈`) each take their qualifier plus that noun.
    func targets(from found: [Found]) -> (drafts: [DraftTarget], unpaired: [(start: Int, names: Int, values: Int)]) {
        var drafts: [DraftTarget] = []
        var qualifiers: [String] = []
        var posts: [String] = []
        var groups: [Int] = []
        for (position, number) in found.enumerated() {
            let clauseStart = clauseStart(of: number.start)
            var regionStart = clauseStart
            var grouped = false
            if position > 0, found[position - 1].afterEnd >= clauseStart, found[position - 1].afterEnd <= number.start {
                regionStart = found[position - 1].afterEnd
                grouped = true
            }
            while regionStart < number.start, CharacterSets.listJoiners.contains(characters[regionStart]) { regionStart += 1 }
            let comparatorWord = comparatorWord(endingAt: number.start).flatMap { $0.1 >= regionStart ? $0 : nil }
            let preEnd = comparatorWord?.1 ?? number.start
            let core = noiseless(regionStart..<preEnd), preCore = core.map { String(scalars: characters[$0]) } ?? ""
            let endsWithVerb = vocabulary.deliveryVerbs.contains(endingAt: preEnd, in: characters, notBefore: regionStart)
            let post = postNoun(after: number, before: found.dropFirst(position + 1).first?.start)
            let nounAfter = preCore.isEmpty || (endsWithVerb && !post.isEmpty)
            let indicator = nounAfter ? post : preCore

            let bound: TargetBound
            var directionFromPolarity = false
            if let high = number.high { bound = .range(low: number.low, high: high) }
            else if isApproximate(number, regionStart: regionStart) { bound = .approximately(number.low) }
            else {
                let written = number.trailing ?? comparatorWord?.0
                directionFromPolarity = written == nil
                let comparator = written ?? (vocabulary.timeUnits.contains(number.unit) ? .atMost : .atLeast)
                bound = comparator == .atMost ? .atMost(number.low) : .atLeast(number.low)
            }

            var unit = number.unit
            if unit != "%" && unit != "‰" && !unit.hasPrefix("/") {
                // A scope word (`每千人口`) stands close before its number: looking further back
                // would make a long unpunctuated clause quadratic.
                // It belongs to the number's own phrase: after the number before it, never before.
                let scope = max(regionStart, number.start - TargetVocabulary.scopeWindow)..<number.start
                if let word = vocabulary.perPopulationWords.firstIndex(within: scope, in: characters) { unit += vocabulary.perPopulation[word].1 }
            }
            let perCapita = core.map { vocabulary.intensiveIndicatorWords.firstIndex(within: $0, in: characters) != nil } ?? false
            let kind: TargetKind = vocabulary.intensiveUnits.contains(unit) || unit.unicodeScalars.contains("/") || perCapita ? .intensive : .extensive
            let phraseEnd = nounAfter && !post.isEmpty ? postEnd(after: number, before: found.dropFirst(position + 1).first?.start) : number.afterEnd
            let text = String(scalars: characters[regionStart..<phraseEnd]).trimmingBlanks
            drafts.append(DraftTarget(indicator: Scan.tidy(indicator), bound: bound, unit: unit, kind: kind, text: text,
                                      start: number.start, regionStart: regionStart, comparatorStart: comparatorWord?.1,
                                      directionFromPolarity: directionFromPolarity))
            qualifiers.append(preCore)
            posts.append(post)
            groups.append(grouped && !preCore.isEmpty ? (groups.last ?? position) : position)
        }
        shareNouns(&drafts, qualifiers: qualifiers, posts: posts, groups: groups)
        let unpaired = pairRespectively(&drafts)
        borrowIndicators(&drafts)
        for index in drafts.indices where drafts[index].directionFromPolarity {
            // `孕产妇死亡率保持在8/10万`: a level for a rate that should fall is a ceiling.
            if case .atLeast(let value) = drafts[index].bound, vocabulary.falls(drafts[index].indicator) { drafts[index].bound = .atMost(value) }
        }
        return (drafts.filter { !$0.indicator.isEmpty || $0.kind == .intensive }, unpaired)
    }

    /// Gives every target of a `、`-listed group the noun that follows the group's last number.
    func shareNouns(_ drafts: inout [DraftTarget], qualifiers: [String], posts: [String], groups: [Int]) {
        var index = 0
        while index < drafts.count {
            var end = index + 1
            while end < drafts.count, groups[end] == groups[index] { end += 1 }
            let post = posts[end - 1]
            if end - index > 1, !post.isEmpty, qualifiers[index..<end].allSatisfy({ !$0.isEmpty && $0.count <= 8 }) {
                for member in index..<end { drafts[member].indicator = Scan.tidy(qualifiers[member] + post) }
            }
            index = end
        }
    }

    /// `2025年人均预期寿命为82.25岁，2026年提高到82.6岁`: a number whose phrase names only
    /// its year takes the indicator of the number before it in the same unit, close before it.
    func borrowIndicators(_ drafts: inout [DraftTarget]) {
        for index in drafts.indices.dropFirst() where drafts[index].indicator.isEmpty {
            let previous = drafts[index - 1]
            if previous.unit == drafts[index].unit, !previous.indicator.isEmpty, drafts[index].start - previous.start <= TargetVocabulary.cueWindow {
                drafts[index].indicator = previous.indicator
            }
        }
    }

    /// Whether a hedge makes the number approximate: `约` or `力争` just before it (after its
    /// comparator, if any), or `左右` just after it.
    func isApproximate(_ number: Found, regionStart: Int) -> Bool {
        let after = number.end
        if vocabulary.approximateAfter.contains(at: after, in: characters) { return true }
        // 约 stands right before the number, or before the comparator word (约达到…), not inside a word (签约率).
        var end = number.start
        if let word = comparatorWord(endingAt: number.start), word.1 >= regionStart { end = word.1 }
        while end > regionStart, characters[end - 1] == " " { end -= 1 }
        return vocabulary.approximateBefore.contains(endingAt: end, in: characters, notBefore: regionStart)
    }

    /// `婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别下降到4.0‰、4.5‰、10/10万`: the names
    /// listed before `分别` pair with the numbers after it, in order, each taking the shared
    /// verb's comparator. When the counts differ nothing is paired: no guess is made, and the
    /// list is returned (where it starts, how many names, how many values) for a note.
    func pairRespectively(_ drafts: inout [DraftTarget]) -> [(start: Int, names: Int, values: Int)] {
        var unpaired: [(start: Int, names: Int, values: Int)] = []
        let word = Scan.respectively
        var index = 0
        while index < drafts.count {
            let draft = drafts[index]
            let region = characters[max(max(0, draft.start - TargetVocabulary.cueWindow), clauseStart(of: draft.start))..<draft.start]
            guard let respectively = region.firstOffset(of: word) else {
                index += 1
                continue
            }
            let clauseEnd = clauseEnd(of: draft.start)
            var members = [index]
            while let next = members.last.map({ $0 + 1 }), next < drafts.count, drafts[next].start < clauseEnd,
                  drafts[next].regionStart >= drafts[next - 1].start { members.append(next) }
            let listed = characters[region.startIndex..<respectively]
            let names = listed.split { $0 == "、" || $0 == "和" || $0 == "及" }.map { stripNoise($0.indices) }.filter { !$0.isEmpty }
            if names.count > 1 && names.count != members.count {
                unpaired.append((respectively, names.count, members.count))
            }
            if names.count == members.count && members.count > 1 {
                for (member, name) in zip(members, names) {
                    drafts[member].indicator = Scan.tidy(name)
                    if case .atLeast(let value) = drafts[member].bound, case .atMost = draft.bound {
                        drafts[member].bound = .atMost(value)
                        drafts[member].directionFromPolarity = draft.directionFromPolarity
                    }
                }
            }
            index = (members.last ?? index) + 1
        }
        return unpaired
    }

    /// `分别`, which pairs listed names with listed values.
    static let respectively = "分别".scalars

    /// Where the noun phrase after a number ends: the end of its clause or the next number.
    func postEnd(after number: Found, before next: Int?) -> Int {
        let end = clauseEnd(of: number.start)
        return max(number.afterEnd, min(end, next ?? end))
    }

    /// The noun phrase after a number, up to the end of its clause or the next number.
    func postNoun(after number: Found, before next: Int?) -> String {
        var start = number.afterEnd
        while start < characters.count, characters[start] == " " || masked[start] && characters[start] != "“" && characters[start] != "”" {
            start += 1
        }
        // `5个左右省级区域医疗中心`: the hedge belongs to the number, not to the noun.
        if let hedge = vocabulary.approximateAfter.firstIndex(at: start, in: characters) { start += vocabulary.approximateAfter.words[hedge].count }
        if start < characters.count, characters[start] == "的" { start += 1 }
        var end = clauseEnd(of: number.start)
        if let next, next < end { end = next }
        guard start < end else { return "" }
        let text = String(scalars: characters[start..<end]).trimmingBlanks
        return text.unicodeScalars.contains(where: \.isHan) ? text : ""
    }

    /// Drops leading scope words, hedges and verbs, and trailing particles, from the
    /// characters in `range`, read in place; empty when no Han is left.
    func stripNoise(_ range: Range<Int>) -> String {
        noiseless(range).map { String(scalars: characters[$0]) } ?? ""
    }

    /// The part of `range` that `stripNoise(_:)` keeps, or nil when it keeps nothing.
    func noiseless(_ range: Range<Int>) -> Range<Int>? {
        let bounds = characters.nonBlankBounds(range)
        var start = bounds.lowerBound, end = bounds.upperBound
        var changed = true
        while changed {
            changed = false
            // A leading year (`2026年`, `到2027年底`) dates the phrase; it names no indicator.
            let afterTo = start < end && (characters[start] == "到" || characters[start] == "至") ? 1 : 0
            let year = start + afterTo
            if end - start >= afterTo + 5, characters[year..<(year + 4)].allSatisfy(\.isASCIIDigit), characters[year + 4] == "年" {
                var cut = year + 5
                while cut < end, characters[cut] == "底" || characters[cut] == "末" || characters[cut] == "前" || characters[cut] == "，" { cut += 1 }
                start = cut
                changed = true
                continue
            }
            if let word = vocabulary.leadingNoise.firstIndex(at: start, in: characters, before: end) {
                let length = vocabulary.leadingNoise.words[word].count
                if end - start == length { return nil }
                start += length
                changed = true
            }
        }
        while end > start, CharacterSets.trailingParticles.contains(characters[end - 1]) { end -= 1 }
        return characters[start..<end].contains(where: \.isHan) ? start..<end : nil
    }

    /// An indicator without spaces, stray separators or a trailing particle.
    static func tidy(_ text: String) -> String {
        var result = text.scalars.filter { $0 != " " }
        while let first = result.first, CharacterSets.leadingStrays.contains(first) { result.removeFirst() }
        while let last = result.last, CharacterSets.trailingStrays.contains(last) { result.removeLast() }
        return String(scalars: result)
    }
}
