/// Interned tokens: each distinct token key gets the next id, in order of first sight.
///
/// Keys are packed into one integer and kept in an open-addressing table, because hashing
/// an enum through `Hasher` cost more than all the scoring that follows it. Bigrams pack
/// their two scalars, concepts their number; Latin and digit words, which are rare in
/// Chinese plans, are numbered through a small dictionary first.
struct TokenTable: Sendable {
    /// Each id's key.
    private(set) var keys = TokenKeys()
    /// Each id's kind when first seen.
    private(set) var kinds: [TokenKind] = []
    private var words: [String: UInt64] = [:]
    /// Packed keys plus one (zero marks an empty slot), and the id stored with each.
    private var slots: [UInt64]
    private var values: [Int32]
    private var shift: UInt64

    fileprivate static let conceptTag: UInt64 = 1 << 62
    fileprivate static let wordTag: UInt64 = 2 << 62
    fileprivate static let tags: UInt64 = 3 << 62

    init(capacity: Int = 4096) {
        var size = 1024, bits: UInt64 = 10
        while size < capacity * 2 {
            size *= 2
            bits += 1
        }
        slots = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: 0, count: size)
        shift = 64 - bits
        keys.reserveCapacity(capacity)
        kinds.reserveCapacity(capacity)
    }

    /// The number of interned tokens.
    var count: Int { keys.count }

    /// The id of `key`, if it has been interned.
    func id(of key: TokenKey) -> Int32? {
        guard let code = code(of: key) else { return nil }
        let slot = find(code)
        return slots[slot] == 0 ? nil : values[slot]
    }

    /// Interns tokens, giving each new one an id.
    mutating func intern(_ tokens: [Token]) -> [(Int32, TokenKind)] {
        tokens.map { token in (intern(token), token.kind) }
    }

    /// The id of `token`, interning it if it is new.
    mutating func intern(_ token: Token) -> Int32 { intern(token.key, kind: token.kind) }

    /// The id of `key`, interning it as `kind` if it is new. Inlined, since counting a
    /// plan's tokens calls it for every bigram.
    @inline(__always)
    mutating func intern(_ key: TokenKey, kind: TokenKind) -> Int32 {
        // Bigrams and concepts, nearly every token, are coded here without a call.
        let code = switch key {
        case .bigram(let gram): gram.key
        case .concept(let id): TokenTable.conceptTag | UInt64(UInt32(bitPattern: id))
        case .word: code(numbering: key)
        }
        let slot = find(code)
        if slots[slot] != 0 { return values[slot] }
        let id = Int32(keys.count)
        slots[slot] = code &+ 1
        values[slot] = id
        keys.append(code, key)
        kinds.append(kind)
        if keys.count * 2 > slots.count { grow() }
        return id
    }

    /// The id of `bigram` and the kind it was first interned as, interning it as `kind()`
    /// if it is new. A table is filled by tokenizers of one set of generic words (a prepared
    /// plan's and its extensions), so a bigram's kind is the same at every sight.
    @inline(__always)
    mutating func intern(bigram: Bigram, kind: () -> TokenKind) -> (Int32, TokenKind) {
        let code = bigram.key
        let slot = find(code)
        if slots[slot] != 0 {
            let id = values[slot]
            return (id, kinds[Int(id)])
        }
        let id = Int32(keys.count), kind = kind()
        slots[slot] = code &+ 1
        values[slot] = id
        keys.append(code, .bigram(bigram))
        kinds.append(kind)
        if keys.count * 2 > slots.count { grow() }
        return (id, kind)
    }

    /// Records that the token `id` now counts as `kind` (a concept that a later plan quotes).
    mutating func setKind(_ kind: TokenKind, of id: Int32) { kinds[Int(id)] = kind }

    /// The code of `key`, numbering a word not seen before (only words can lack a code).
    private mutating func code(numbering key: TokenKey) -> UInt64 {
        if let code = code(of: key) { return code }
        let code = TokenTable.wordTag | UInt64(words.count)
        if case .word(let word) = key { words[word] = code }
        return code
    }

    private func code(of key: TokenKey) -> UInt64? {
        switch key {
        case .bigram(let gram): return gram.key
        case .concept(let id): return TokenTable.conceptTag | UInt64(UInt32(bitPattern: id))
        case .word(let word): return words[word]
        }
    }

    /// The slot holding `code`, or the empty slot where it would go.
    private func find(_ code: UInt64) -> Int { PackedSlots.find(code, in: slots, shift: shift) }

    private mutating func grow() {
        let old = (slots, values)
        slots = [UInt64](repeating: 0, count: old.0.count * 2)
        values = [Int32](repeating: 0, count: old.0.count * 2)
        shift -= 1
        for (stored, id) in zip(old.0, old.1) where stored != 0 {
            let slot = find(stored &- 1)
            slots[slot] = stored
            values[slot] = id
        }
    }
}

/// The keys of interned tokens by id, held as their packed codes: copying a plan's keys, as
/// each alignment that adds a district's tokens to a prepared plan's does, copies integers,
/// not enums that may hold a string.
struct TokenKeys: Sendable {
    private var codes: [UInt64] = []
    /// The words' texts, by their number in their codes.
    private var words: [String] = []

    init() {}

    /// The keys `keys`, as a table interning them in order would hold them.
    init(_ keys: [TokenKey]) {
        var table = TokenTable()
        for key in keys { _ = table.intern(key, kind: .bigram) }
        self = table.keys
    }

    /// The number of keys.
    var count: Int { codes.count }

    /// Appends the key `key`, packed as `code`.
    fileprivate mutating func append(_ code: UInt64, _ key: TokenKey) {
        codes.append(code)
        // A new word is numbered by how many came before it.
        if case .word(let word) = key { words.append(word) }
    }

    mutating func reserveCapacity(_ capacity: Int) { codes.reserveCapacity(capacity) }

    /// The key of token `id`.
    subscript(id: Int) -> TokenKey {
        let code = codes[id]
        switch code & TokenTable.tags {
        case TokenTable.conceptTag: return .concept(Int32(bitPattern: UInt32(truncatingIfNeeded: code)))
        case TokenTable.wordTag: return .word(words[Int(code & ~TokenTable.tags)])
        default: return .bigram(Bigram(key: code))
        }
    }

    /// The concept token `id` stands for, if it is one.
    @inline(__always)
    func concept(_ id: Int) -> Int32? {
        let code = codes[id]
        return code & TokenTable.tags == TokenTable.conceptTag ? Int32(bitPattern: UInt32(truncatingIfNeeded: code)) : nil
    }
}
