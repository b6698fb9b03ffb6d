/// The characters of one measure, with the spans that cannot hold a target masked.
struct Scan {
    let characters: [Unicode.Scalar]
    /// The words that frame a target.
    let vocabulary: TargetVocabulary
    /// True inside quotes, book-title marks and explanatory asides.
    let masked: [Bool]
    /// Offsets of the clause breaks `，；。：！？` outside brackets.
    let clauseBreaks: [Int]

    init(_ characters: [Unicode.Scalar], vocabulary: TargetVocabulary) {
        self.characters = characters
        self.vocabulary = vocabulary
        masked = Scan.mask(characters, asideOpeners: vocabulary.asideOpeners)
        clauseBreaks = BracketDepth.parentheses.topLevelOffsets(of: CharacterSets.clauseBreaks, in: characters)
    }

    /// How far a closing quote or bracket is looked for: names and asides are short, and an
    /// unmatched opener must not make the scan quadratic.
    static let bracketWindow = 200

    /// Masks quoted names (`“1+1+1平台”`), titles (`《…（2024—2027年）》`) and asides in
    /// brackets that hold digits but no commitment (`（1U=200ml）`, `（即1个…）`).
    static func mask(_ characters: [Unicode.Scalar], asideOpeners: [String]) -> [Bool] {
        var masked = [Bool](repeating: false, count: characters.count)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let closer: Unicode.Scalar? = character == "“" ? "”" : character == "《" ? "》" : (character == "（" || character == "(") ? "）" : nil
            guard let closer, let close = characters[(index + 1)..<min(characters.count, index + 1 + Scan.bracketWindow)]
                .firstIndex(where: { $0 == closer || (closer == "）" && $0 == ")") }) else {
                index += 1
                continue
            }
            let inner = characters[(index + 1)..<close]
            let isAside = closer == "）" && (
                inner.contains("=") || !inner.contains(where: \.isHan) || inner.contains("年")
                    || asideOpeners.contains { inner.starts(with: $0.unicodeScalars) })
            if closer != "）" || isAside {
                for position in index...close { masked[position] = true }
            }
            index = closer == "）" && !isAside ? index + 1 : close + 1
        }
        return masked
    }

    func has(_ word: String, at index: Int) -> Bool { has(scalars: word.unicodeScalars, at: index) }

    func has<Word: Collection<Unicode.Scalar>>(scalars word: Word, at index: Int) -> Bool {
        var position = index
        for character in word {
            guard position < characters.count, characters[position] == character else { return false }
            position += 1
        }
        return true
    }

    /// Whether `word` is written at `index`: compared in place, scalar by scalar, through
    /// buffer pointers. The scan tries every word of a list at every number; the generic
    /// `has(scalars:at:)` walks an iterator instead.
    @inline(__always)
    func has(scalars word: [Unicode.Scalar], at index: Int) -> Bool {
        guard !word.isEmpty else { return true }
        guard index >= 0, index + word.count <= characters.count else { return false }
        return word.withUnsafeBufferPointer { word in
            characters.withUnsafeBufferPointer { text in
                var offset = 0
                while offset < word.count, text[index + offset] == word[offset] { offset += 1 }
                return offset == word.count
            }
        }
    }

    /// The start of the clause holding `index`.
    func clauseStart(of index: Int) -> Int {
        let position = firstBreak(atOrAfter: index)
        return position > 0 ? clauseBreaks[position - 1] + 1 : 0
    }

    /// The end of the clause holding `index`.
    func clauseEnd(of index: Int) -> Int {
        let position = firstBreak(atOrAfter: index)
        return position < clauseBreaks.count ? clauseBreaks[position] : characters.count
    }

    /// The position in `clauseBreaks` of the first break at or after `index`, by binary search.
    func firstBreak(atOrAfter index: Int) -> Int {
        var low = 0, high = clauseBreaks.count
        while low < high {
            let mid = (low + high) / 2
            if clauseBreaks[mid] < index { low = mid + 1 } else { high = mid }
        }
        return low
    }

    // MARK: Numbers

    /// The number starting at `index` with its multiplier, range, unit and trailing bound.
    func number(at index: Int) -> Found? {
        guard index < characters.count, !masked[index] else { return nil }
        let character = characters[index]
        if character.isASCIIDigit {
            if index > 0, characters[index - 1].isASCIIDigit || characters[index - 1] == "." { return nil }
            return arabic(at: index)
        }
        if ChineseNumeral.isNumeralCharacter(character) {
            if index > 0, ChineseNumeral.isNumeralCharacter(characters[index - 1]) { return nil }
            return chinese(at: index)
        }
        return nil
    }

    /// Reads `46`, `0.30`, `1.4万`, `1—3`, `5%-10%`.
    func arabic(at start: Int) -> Found? {
        guard let (low, afterLow) = arabicValue(at: start) else { return nil }
        var end = afterLow
        var high: Double?
        var unit = percentUnit(at: end)
        if unit != nil { end += 1 }
        if let dashEnd = rangeDash(at: end), let (value, afterHigh) = arabicValue(at: dashEnd) {
            let secondUnit = percentUnit(at: afterHigh)
            if unit == nil || secondUnit == unit {
                high = value
                end = afterHigh + (secondUnit == nil ? 0 : 1)
                unit = secondUnit ?? unit
            }
        }
        return finish(start: start, end: end, low: low, high: high, unit: unit, isChinese: false)
    }

    /// An Arabic number with an optional `万` or `亿`, and the offset after it.
    func arabicValue(at start: Int) -> (Double, Int)? {
        var end = start
        while end < characters.count, characters[end].isASCIIDigit { end += 1 }
        if end + 1 < characters.count, characters[end] == ".", characters[end + 1].isASCIIDigit {
            end += 1
            while end < characters.count, characters[end].isASCIIDigit { end += 1 }
        }
        guard end > start, var value = Double(String(scalars: characters[start..<end])) else { return nil }
        if end < characters.count, let multiplier = ChineseNumeral.largeUnit(characters[end]) {
            value *= multiplier
            end += 1
        }
        return (value, end)
    }

    func percentUnit(at index: Int) -> String? {
        guard index < characters.count else { return nil }
        return characters[index] == "%" ? "%" : characters[index] == "‰" ? "‰" : nil
    }

    /// The offset after a range dash at `index`: `—`, `–`, `-`, `～`, `~`, `至` or `到`.
    func rangeDash(at index: Int) -> Int? {
        guard index < characters.count else { return nil }
        var end = index
        while end < characters.count, CharacterSets.rangeDashes.contains(characters[end]), end - index < 2 { end += 1 }
        guard end > index, end < characters.count,
              characters[end].isASCIIDigit || ChineseNumeral.digit(characters[end]) != nil else { return nil }
        return end
    }

    /// Reads `十二`, `二百`, `二点五亿`, and ranges such as `三至五`.
    func chinese(at start: Int) -> Found? {
        var end = start
        while end < characters.count, ChineseNumeral.isNumeralCharacter(characters[end]) { end += 1 }
        guard let low = ChineseNumeral.value(of: characters[start..<end]) else { return nil }
        var high: Double?
        if let dashEnd = rangeDash(at: end) {
            var highEnd = dashEnd
            while highEnd < characters.count, ChineseNumeral.isNumeralCharacter(characters[highEnd]) { highEnd += 1 }
            if let value = ChineseNumeral.value(of: characters[dashEnd..<highEnd]) {
                high = value
                end = highEnd
            }
        }
        return finish(start: start, end: end, low: low, high: high, unit: nil, isChinese: true)
    }

    /// The trailing bounds after a number: `以上`, `以下`, `以内`, and `及以上`, `及以下`, which
    /// qualify the noun after them. Held as scalars, compared in place at every number.
    static let above = "以上".scalars, below = "以下".scalars, within = "以内".scalars
    static let inclusiveBounds = ["及以上", "及以下"].map(\.scalars)

    /// Reads the unit and the trailing bound after a number.
    func finish(start: Int, end: Int, low: Double, high: Double?, unit: String?, isChinese: Bool) -> Found? {
        var end = end
        var unit = unit
        if unit == nil {
            var position = end
            while position < characters.count, characters[position] == " " || CharacterSets.approximators.contains(characters[position]) {
                position += 1
            }
            if position < characters.count, characters[position] == "/" {
                if let (denominator, afterDenominator) = arabicValue(at: position + 1) {
                    unit = denominator == 100_000 ? "/10万" : "/\(denominator.compactText)"
                    end = afterDenominator
                } else if position + 1 < characters.count, characters[position + 1] == "万" {
                    unit = "/万"
                    end = position + 2
                }
            } else if let spelled = vocabulary.unitWords.firstIndex(at: position, in: characters) {
                let normal = vocabulary.units[spelled]
                unit = normal
                end = position + vocabulary.unitWords.words[spelled].count
                // A count per unit of time: `6万管/日`.
                if end + 1 < characters.count, characters[end] == "/",
                   let per = vocabulary.perTimeWords.firstIndex(at: end + 1, in: characters) {
                    unit = normal + "/" + vocabulary.perTime[per]
                    end += 1 + vocabulary.perTimeWords.words[per].count
                }
            } else {
                // No unit written: the indicator before the number may imply one (`发展指数达85`, `体检人数达1000万`).
                unit = vocabulary.impliedUnitWords.firstIndex(within: max(0, start - 10)..<start, in: characters).map { vocabulary.impliedUnits[$0].1 }
                    ?? unknownUnit(at: position, after: start).map { word in
                        end = position + 1
                        return word
                    }
            }
        }
        guard let unit else { return nil }
        var high = high
        // A range that writes its unit twice: `2位至3位`, `5个到8个`.
        if high == nil, end < characters.count, characters[end] == "至" || characters[end] == "到" || characters[end] == "-" || characters[end] == "—",
           let (value, afterValue) = arabicValue(at: end + 1), has(unit, at: afterValue), value > low {
            high = value
            end = afterValue + unit.unicodeScalars.count
        }
        var after = end
        while after < characters.count, characters[after] == " " || masked[after] { after += 1 }
        var trailing: TargetComparator?
        var afterEnd = end
        if has(scalars: Scan.inclusiveBounds[0], at: after) || has(scalars: Scan.inclusiveBounds[1], at: after) {
            return Found(start: start, end: end, afterEnd: after + 3, low: low, high: high, unit: unit, isChinese: isChinese,
                         trailing: nil, qualifiesNoun: true)
        }
        if has(scalars: Scan.above, at: after) { trailing = .atLeast; afterEnd = after + 2 }
        else if has(scalars: Scan.below, at: after) || has(scalars: Scan.within, at: after) { trailing = .atMost; afterEnd = after + 2 }
        var next = trailing == nil ? end : afterEnd
        if next < characters.count, characters[next] == "的" { next += 1 }
        let qualifiesNoun = trailing != nil && next < characters.count && characters[next].isHan
        return Found(start: start, end: end, afterEnd: max(afterEnd, end), low: low, high: high, unit: unit,
                     isChinese: isChinese, trailing: trailing, qualifiesNoun: qualifiesNoun)
    }

    /// A unit the vocabulary lacks, kept as written: the Han character right after a number
    /// that a comparator or delivery verb commits to (`新建3处`), unless it is never a unit
    /// (`年`, `级`, `倍`). A commitment is never lost for a missing unit word.
    func unknownUnit(at position: Int, after start: Int) -> String? {
        guard position < characters.count, characters[position].isHan, !masked[position] else { return nil }
        let word = String(characters[position])
        guard !vocabulary.notUnits.contains(word),
              !vocabulary.longNotUnits.contains(at: position, in: characters) else { return nil }
        let committed = comparatorWord(endingAt: start).map { $0.0 != nil || characters[$0.1] != "为" } ?? false
        let delivered = vocabulary.deliveryVerbs.contains(endingAt: start, in: characters)
        return committed || delivered ? word : nil
    }

    // MARK: Filters

    /// Whether a number is part of an identifier or a date rather than a value: an index
    /// number (`002482365/2023-00095`), a web address (`/2022-07/28/`), a meeting's number
    /// (`第十七届75次常务会议`).
    func isIdentifier(_ found: Found) -> Bool {
        let before = found.start > 0 ? characters[found.start - 1] : nil
        if before == "/" || before == "-" || before == "." || before == "届" { return true }
        if characters[found.start] == "0", found.start + 1 < characters.count, characters[found.start + 1].isASCIIDigit { return true }
        if found.unit.hasPrefix("/"), found.unit.unicodeScalars.dropFirst().first?.isASCIIDigit == true, found.unit != "/10万" { return true }
        if let high = found.high, (1990...2100).contains(found.low), high <= 31 { return true }
        if found.unit == "次", vocabulary.meetingNouns.contains(at: found.end, in: characters) { return true }
        return false
    }

    /// Whether a number is a target rather than a year, an age, a grade, an ordinal, a
    /// document number, a slogan number or a scope (`等5个镇街`, `全区11个街道`).
    func isTarget(_ found: Found) -> Bool {
        let before = found.start > 0 ? characters[found.start - 1] : nil
        let after = found.afterEnd < characters.count ? characters[found.afterEnd] : nil
        if before == "+" || after == "+" || (found.end < characters.count && characters[found.end] == "+") { return false }
        if isIdentifier(found) { return false }
        if let before, before.isASCIILetter { return false }
        if before == "第" || before == "每" || before == "等" || before == "近" { return false }
        if vocabulary.scopeWords.contains(endingAt: found.start, in: characters) { return false }
        if vocabulary.structuralNouns.contains(at: found.end, in: characters) { return false }
        // `10人及以上的用人单位`: the trailing word qualifies a noun, unless a comparator before
        // the number made it a target of its own and a new phrase follows (`控制在7.9张以内重大慢病…`).
        if found.qualifiesNoun && !(found.unit == "%" || found.unit == "‰") {
            // `为` says what a number is, not how it bounds; an age with 以上 is a scope (65岁以上老年人).
            let clause = clauseStart(of: found.start)
            let delivered = vocabulary.deliveryVerbs.contains(at: clause, in: characters, before: found.start)
            let bounded = comparatorWord(endingAt: found.start).map { characters[$0.1] != "为" } ?? delivered
            let newPhrase = found.afterEnd < characters.count && characters[found.afterEnd] != "的"
            if !(bounded && newPhrase && found.unit != "岁") { return false }
        }
        // `65岁老年人` says who; `达到79.5岁左右` commits to a value.
        if found.unit == "岁", found.trailing == nil, found.end < characters.count, characters[found.end].isHan,
           !(comparatorWord(endingAt: found.start).map { characters[$0.1] != "为" } ?? false),
           !vocabulary.approximateAfter.contains(at: found.end, in: characters) {
            return false
        }
        if found.isChinese {
            let comparatorBefore = comparatorWord(endingAt: found.start) != nil
            let postposed = before.map(\.isHan) ?? false
            let closes = found.afterEnd >= characters.count || CharacterSets.targetClosers.contains(characters[found.afterEnd])
            return comparatorBefore || (postposed && closes)
        }
        return true
    }

    /// The comparator word that ends right before `end`, with its start; a level word
    /// (`达到`) has no comparator of its own.
    func comparatorWord(endingAt end: Int) -> (TargetComparator?, Int)? {
        var position = end
        while position > 0, characters[position - 1] == " " { position -= 1 }
        // Most numbers follow no comparator word's last character, and no word is tried.
        guard position > 0, vocabulary.comparatorEndings.contains(characters[position - 1]) else { return nil }
        for (word, comparator) in vocabulary.comparatorWords where position >= word.count && has(scalars: word, at: position - word.count) {
            return (comparator, position - word.count)
        }
        return nil
    }
}
