import Foundation

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

/// What takes the tokens of a text as the tokenizer finds them.
protocol TokenSink {
    mutating func take(_ kind: TokenKind, _ key: TokenKey)
    /// Takes a bigram, whose kind (`bigram` or `genericBigram`) `kind` gives: a sink that
    /// has seen the bigram before may know it without asking.
    mutating func take(bigram: Bigram, kind: () -> TokenKind)
}

extension TokenSink {
    @inline(__always)
    mutating func take(bigram: Bigram, kind: () -> TokenKind) { take(kind(), .bigram(bigram)) }
}

/// Tokens kept in a list, in order.
private struct TokenList: TokenSink {
    var tokens: [Token] = []
    mutating func take(_ kind: TokenKind, _ key: TokenKey) { tokens.append(Token(kind: kind, key: key)) }
}

/// What a token stands for, compared and hashed as integers where it can be.
public enum TokenKey: Sendable, Hashable {
    /// Two adjacent Han scalars.
    case bigram(Bigram)
    /// A Latin or digit word, upper-cased.
    case word(String)
    /// A lexicon concept, by number; named, quoted and broader mentions share it.
    case concept(Int32)
}

/// A token: its kind and what it stands for.
public struct Token: Sendable, Hashable {
    public var kind: TokenKind
    public var key: TokenKey
}

/// Tokens for Chinese text without a segmenter: character bigrams within Han runs,
/// whole Latin and digit runs, and whole lexicon terms by forward maximum matching.
public struct Tokenizer: Sendable {
    /// The lexicon, with the quoted terms of the plans being matched added.
    public let lexicon: Lexicon
    /// Concepts that a plan wrote in quotation marks.
    public let quoted: Set<Int32>
    /// The bigrams of generic words.
    let genericBigrams: PackedSet
    /// `lexicon.broader` and `quoted` by concept id, read for every concept a text names
    /// without hashing it.
    private let broaderFields: [[Int32]]
    private let isQuoted: [Bool]

    /// A tokenizer over `lexicon`, treating `quoted` concepts as strong keywords.
    public init(lexicon: Lexicon, quoted: Set<Int32> = []) {
        var generic = Set<UInt64>()
        for word in lexicon.generic {
            let scalars = word.scalars
            for position in scalars.indices.dropLast() { generic.insert(Bigram(scalars[position], scalars[position + 1]).key) }
        }
        self.init(lexicon: lexicon, quoted: quoted, genericBigrams: PackedSet(generic))
    }

    private init(lexicon: Lexicon, quoted: Set<Int32>, genericBigrams: PackedSet) {
        self.lexicon = lexicon
        self.quoted = quoted
        self.genericBigrams = genericBigrams
        var fields = [[Int32]](repeating: [], count: lexicon.names.count), flags = [Bool](repeating: false, count: lexicon.names.count)
        for (concept, wide) in lexicon.broader where Int(concept) < fields.count { fields[Int(concept)] = wide }
        for concept in quoted where Int(concept) < flags.count { flags[Int(concept)] = true }
        broaderFields = fields
        isQuoted = flags
    }

    /// This tokenizer over a lexicon with more terms and quoted concepts but the same
    /// generic words.
    func extended(lexicon: Lexicon, quoted: Set<Int32>) -> Tokenizer {
        Tokenizer(lexicon: lexicon, quoted: quoted, genericBigrams: genericBigrams)
    }

    /// Whether `gram` is a bigram of a generic word.
    func isGeneric(_ gram: UInt64) -> Bool { genericBigrams.contains(gram) }

    /// The text a token stands for: the bigram, the word, or the concept's name.
    public func text(of key: TokenKey) -> String {
        switch key {
        case .bigram(let gram): return gram.text
        case .word(let word): return word
        case .concept(let id): return lexicon.names[Int(id)]
        }
    }

    /// The tokens of `text`, in order of appearance.
    public func tokens(_ text: String) -> [Token] { tokens(text.scalars) }

    /// The tokens of a scalar array.
    ///
    /// - Complexity: O(n · k) in the length of the text and the lexicon terms per first scalar.
    public func tokens(_ characters: [Unicode.Scalar]) -> [Token] {
        var tokens = TokenList()
        tokens.tokens.reserveCapacity(characters.count + 8)
        forEachToken(in: characters, into: &tokens)
        return tokens.tokens
    }

    /// Gives `sink` the kind and key of each token of `characters`, in order of appearance:
    /// bigrams and words first, then lexicon concepts. Counting through this builds no
    /// array of tokens, and each kind of sink gets its own copy of the loop, with no call
    /// through a closure for each token.
    @inline(__always)
    func forEachToken<Sink: TokenSink>(in characters: [Unicode.Scalar], into sink: inout Sink) {
        @inline(__always) func body(_ kind: TokenKind, _ key: TokenKey) { sink.take(kind, key) }
        // Read through a buffer pointer: this loop runs for every scalar of both plans.
        characters.withUnsafeBufferPointer { text in
            var index = 0
            while index < text.count {
                let character = text[index]
                if character.isHan {
                    var end = index + 1
                    while end < text.count, text[end].isHan { end += 1 }
                    var position = index
                    while position + 1 < end {
                        let gram = Bigram(text[position], text[position + 1])
                        sink.take(bigram: gram) { isGeneric(gram.key) ? .genericBigram : .bigram }
                        position += 1
                    }
                    index = end
                } else if character.isASCIILetter || character.isASCIIDigit {
                    var end = index
                    var hasLetter = false
                    while end < text.count, text[end].isASCIILetter || text[end].isASCIIDigit {
                        if text[end].isASCIILetter { hasLetter = true }
                        end += 1
                    }
                    if hasLetter {
                        body(.word, .word(String(scalars: UnsafeBufferPointer(rebasing: text[index..<end])).uppercased()))
                    }
                    index = end
                } else {
                    index += 1
                }
            }
        }
        lexicon.forEachConcept(in: characters) { concept in
            body(isQuoted[Int(concept)] ? .quoted : .term, .concept(concept))
            for wide in broaderFields[Int(concept)] { body(.broader, .concept(wide)) }
        }
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
    public static func quotedTerms(in text: String, lengths: ClosedRange<Int> = Parameters.standard.quoting.lengths) -> [QuotedTerm] {
        var terms: [QuotedTerm] = []
        // Most items quote nothing: their bytes are searched once for an opening mark.
        guard text.includes("“") else { return terms }
        // The marks are found in the UTF-8 bytes (“ is E2 80 9C, ” is E2 80 9D), and only
        // the text between them is decoded.
        var bytes = text
        bytes.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var open: Int?, index = 0
            while index + 2 < bytes.count {
                guard bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x9C || bytes[index + 2] == 0x9D else {
                    // On to the next byte that can lead a quotation mark, skipped to by `memchr`.
                    guard let hit = memchr(base + index + 1, 0xE2, bytes.count - index - 1) else { break }
                    index = base.distance(to: UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)))
                    continue
                }
                if bytes[index + 2] == 0x9C {
                    open = index + 3
                } else if let start = open {
                    let quoted = UTF8Scalars.scalars(of: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                    let parts = quoted.split(whereSeparator: { CharacterSets.listSeparators.contains($0) })
                    for part in parts where lengths.contains(part.count) && part.contains(where: \.isHan) {
                        terms.append(QuotedTerm(text: String(scalars: part), isWhole: parts.count == 1))
                    }
                    open = nil
                }
                index += 3
            }
        }
        return terms
    }
}
