/// What kind of evidence a token is.
public enum TokenKind: Int, Sendable, Hashable, Comparable {
    /// Two adjacent Han characters.
    case bigram
    /// A bigram that only says how (`加强`, `推进`): it weighs little.
    case genericBigram
    /// A run of Latin letters or digits (`AI`, `HPV`).
    case word
    /// A concept from the lexicon, matched whole.
    case term
    /// A term that a plan writes in quotation marks (“一老一小”): a strong keyword.
    case quoted
    /// The broader field of a concept the text names (健康档案 → 基本公共卫生).
    case broader

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A token: its kind and text.
public struct Token: Sendable, Hashable {
    public var kind: TokenKind
    public var text: String
}

/// Tokens for Chinese text without a segmenter: character bigrams within Han runs,
/// whole Latin and digit runs, and whole lexicon terms by forward maximum matching.
public struct Tokenizer: Sendable {
    /// The lexicon, with the quoted terms of the plans being matched added.
    public let lexicon: Lexicon
    /// Concepts that a plan wrote in quotation marks.
    public let quoted: Set<String>
    let genericBigrams: Set<String>

    /// A tokenizer over `lexicon`, treating `quoted` concepts as strong keywords.
    public init(lexicon: Lexicon, quoted: Set<String> = []) {
        self.lexicon = lexicon
        self.quoted = quoted
        var generic = Set<String>()
        for word in lexicon.generic {
            generic.formUnion(IndicatorIdentity.bigrams(word).filter { $0.count == 2 })
        }
        genericBigrams = generic
    }

    /// The tokens of `text`, in order of appearance.
    ///
    /// - Complexity: O(n · k) in the length of the text and the lexicon terms per first character.
    public func tokens(_ text: String) -> [Token] {
        let characters = Array(text)
        var tokens: [Token] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isHan {
                var end = index
                while end < characters.count, characters[end].isHan { end += 1 }
                for position in index..<max(index, end - 1) {
                    let gram = String(characters[position...(position + 1)])
                    tokens.append(Token(kind: genericBigrams.contains(gram) ? .genericBigram : .bigram, text: gram))
                }
                index = end
            } else if character.isASCIILetter || character.isASCIIDigit {
                var end = index
                while end < characters.count, characters[end].isASCIILetter || characters[end].isASCIIDigit { end += 1 }
                let word = String(characters[index..<end])
                if word.contains(where: \.isASCIILetter) { tokens.append(Token(kind: .word, text: word.uppercased())) }
                index = end
            } else {
                index += 1
            }
        }
        for concept in lexicon.concepts(in: characters) {
            tokens.append(Token(kind: quoted.contains(concept) ? .quoted : .term, text: concept))
            for wide in lexicon.broader[concept] ?? [] { tokens.append(Token(kind: .broader, text: wide)) }
        }
        return tokens
    }

    /// A quoted term, and whether it was the whole quotation or one part of a quoted list.
    public struct QuotedTerm: Sendable, Hashable {
        public var text: String
        public var isWhole: Bool
    }

    /// The terms a text writes in quotation marks, two to ten characters long, with Han in
    /// them. A quoted list (“强基、稳二、控三”) gives each of its parts; a short part is only
    /// trusted as a keyword when the lexicon already knows it, since two characters cut from
    /// a list (“强医”) turn up inside unrelated words (加强医疗).
    public static func quotedTerms(in text: String) -> [QuotedTerm] {
        var terms: [QuotedTerm] = []
        var current: [Character]?
        for character in text {
            if character == "“" { current = [] }
            else if character == "”" {
                let parts = (current ?? []).split(whereSeparator: { CharacterSets.listSeparators.contains($0) })
                for part in parts where (2...10).contains(part.count) && part.contains(where: \.isHan) {
                    terms.append(QuotedTerm(text: String(part), isWhole: parts.count == 1))
                }
                current = nil
            } else {
                current?.append(character)
            }
        }
        return terms
    }
}
