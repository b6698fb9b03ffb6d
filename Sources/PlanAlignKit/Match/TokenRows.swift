/// Many texts' distinct tokens, each text a row, laid out in flat arrays: row `r` spans
/// `range(r)` of `ids` and `kinds`, sorted by id within the row.
///
/// A plan of 100,000 sentences is a few arrays here, not a few per sentence: a sentence of
/// fifteen tokens held its own arrays at more overhead than content.
struct TokenRows: Sendable {
    private(set) var ids: [Int32] = []
    /// One bit per `TokenKind` the token occurs as.
    private(set) var kinds: [UInt8] = []
    /// Where each row starts, and one past the last row's end.
    private(set) var starts: [Int] = [0]

    /// The number of rows.
    var count: Int { starts.count - 1 }

    /// The positions of row `row` in `ids` and `kinds`.
    @inline(__always)
    func range(_ row: Int) -> Range<Int> { starts[row]..<starts[row + 1] }

    /// Appends the row of tokens packed as `id << 8 | kind bit`, in any order, with how often
    /// each occurs to `counts`; sorts `packed` in place, then counts each run of one id and
    /// joins its kind bits.
    mutating func append(packed: inout [UInt64], counts: inout TokenCounts) {
        packed.sortPacked()
        let base = ids.count
        // One pass counts the runs; the row is then written in place, without an append per token.
        let runs = packed.withUnsafeBufferPointer { keys in
            var runs = 0, index = 0
            while index < keys.count {
                let id = keys[index] >> 8
                while index < keys.count, keys[index] >> 8 == id { index += 1 }
                runs += 1
            }
            return runs
        }
        ids.append(contentsOf: repeatElement(0, count: runs))
        kinds.append(contentsOf: repeatElement(0, count: runs))
        counts.appendZeros(runs)
        counts.write(from: base) { counts in
            packed.withUnsafeBufferPointer { keys in
                ids.withUnsafeMutableBufferPointer { ids in
                    kinds.withUnsafeMutableBufferPointer { kinds in
                        var index = 0, run = 0
                        while index < keys.count {
                            let id = keys[index] >> 8
                            var total = 0, bits: UInt8 = 0
                            while index < keys.count, keys[index] >> 8 == id {
                                total += 1
                                bits |= UInt8(truncatingIfNeeded: keys[index])
                                index += 1
                            }
                            ids[base + run] = Int32(truncatingIfNeeded: id)
                            counts.set(run, total)
                            kinds[base + run] = bits
                            run += 1
                        }
                    }
                }
            }
        }
        starts.append(ids.count)
    }

    /// Makes room for `tokens` tokens in all.
    mutating func reserveCapacity(tokens: Int) {
        ids.reserveCapacity(tokens)
        kinds.reserveCapacity(tokens)
    }

    /// Appends a row already counted, its counts to `counts`.
    mutating func append(_ row: CountedRow, counts: inout TokenCounts) {
        ids.append(contentsOf: row.ids)
        kinds.append(contentsOf: row.kinds)
        for index in row.ids.indices { counts.append(row.count(at: index)) }
        starts.append(ids.count)
    }

    /// Appends the tokens of `characters` to `packed` as `id << 8 | kind bit`, interning
    /// them into `table`: what `append(packed:)` counts, without building the tokens.
    static func pack(_ characters: [Unicode.Scalar], tokenizer: Tokenizer, table: inout TokenTable, into packed: inout [UInt64]) {
        withUnsafeMutablePointer(to: &table) { table in
            withUnsafeMutablePointer(to: &packed) { packed in
                var packer = Packer(table: table, packed: packed)
                tokenizer.forEachToken(in: characters, into: &packer)
            }
        }
    }

    /// Interns each token into a table and appends it, packed, to a list: both lent for one
    /// text's tokens, and written in place.
    private struct Packer: TokenSink {
        let table: UnsafeMutablePointer<TokenTable>
        let packed: UnsafeMutablePointer<[UInt64]>

        @inline(__always)
        mutating func take(_ kind: TokenKind, _ key: TokenKey) {
            packed.pointee.append(UInt64(UInt32(bitPattern: table.pointee.intern(key, kind: kind))) << 8 | UInt64(1 << kind.rawValue))
        }

        /// A bigram seen before takes the kind it was interned with: one tokenizer's generic
        /// words decide it, so it is looked up among them once a table, not at every sight.
        @inline(__always)
        mutating func take(bigram: Bigram, kind: () -> TokenKind) {
            let (id, kind) = table.pointee.intern(bigram: bigram, kind: kind)
            packed.pointee.append(UInt64(UInt32(bitPattern: id)) << 8 | UInt64(1 << kind.rawValue))
        }
    }

    /// Lets go of the room that growing left unused, when it is more than a third: a long
    /// plan's rows are kept through a whole report.
    mutating func shrinkToFit() {
        ids.shrinkToFit()
        kinds.shrinkToFit()
    }

    /// Whether the token at `index` occurs as `kind`.
    @inline(__always)
    func occurs(at index: Int, as kind: TokenKind) -> Bool { kinds[index] & UInt8(1 << kind.rawValue) != 0 }

    /// Records that the named (not quoted) tokens among `quotedIDs` now count as quoted, in
    /// every row: a plan quotes them.
    mutating func quote(_ quotedIDs: Set<Int32>) {
        guard let highest = quotedIDs.max(), highest >= 0 else { return }
        // Looked up by id in an array, not hashed for every named token of the rows.
        var isQuoted = [Bool](repeating: false, count: Int(highest) + 1)
        for id in quotedIDs where id >= 0 { isQuoted[Int(id)] = true }
        let term = UInt8(1 << TokenKind.term.rawValue), quoted = UInt8(1 << TokenKind.quoted.rawValue)
        let ids = self.ids
        kinds.withUnsafeMutableBufferPointer { kinds in
            for index in ids.indices where kinds[index] & term != 0 && ids[index] <= highest && isQuoted[Int(ids[index])] {
                kinds[index] |= quoted
            }
        }
    }

    /// The concepts row `row` names directly (as a term or a quoted term), not only as a
    /// broader field.
    func directConcepts(_ row: Int, keys: TokenKeys) -> Set<Int32> {
        Set(conceptIDs(row, keys: keys).compactMap { keys.concept(Int($0)) })
    }

    /// The token ids of the concepts row `row` names directly (a term or a quoted term), in
    /// id order; with `includingFields`, also the broader fields they belong to.
    func conceptIDs(_ row: Int, keys: TokenKeys, includingFields fields: Bool = false) -> [Int32] {
        range(row).compactMap { index in
            guard fields || occurs(at: index, as: .term) || occurs(at: index, as: .quoted), keys.concept(Int(ids[index])) != nil else { return nil }
            return ids[index]
        }
    }
}

/// Rows of tokens with how often each token occurs in its row: everything a TF-IDF vector
/// needs except the IDF. `counts` runs parallel to `rows.ids`, a byte a token.
///
/// A municipal plan's rows are counted once for a whole portfolio; each alignment only
/// weighs them with the IDF of its pair of plans. Once weighed, only the rows are kept.
struct CountedRows: Sendable {
    private(set) var rows = TokenRows()
    private(set) var counts = TokenCounts()

    /// No rows.
    init() {}

    /// The rows of texts' interned tokens, one text a row.
    init(_ texts: [[(Int32, TokenKind)]]) {
        var packed: [UInt64] = []
        for tokens in texts {
            // Id and kind packed in one integer sort without a comparison closure.
            packed = tokens.map { UInt64(UInt32(bitPattern: $0.0)) << 8 | UInt64(1 << $0.1.rawValue) }
            append(packed: &packed)
        }
    }

    /// The number of rows.
    var count: Int { rows.count }

    /// Appends the row of tokens packed as `id << 8 | kind bit`, in any order.
    mutating func append(packed: inout [UInt64]) { rows.append(packed: &packed, counts: &counts) }

    /// Appends a row already counted.
    mutating func append(_ row: CountedRow) { rows.append(row, counts: &counts) }

    /// Makes room for `tokens` tokens in all.
    mutating func reserveCapacity(tokens: Int) {
        rows.reserveCapacity(tokens: tokens)
        counts.reserveCapacity(tokens)
    }

    /// Calls `body` with the tokens at `positions` (a row, or rows one after another), read
    /// in place as one row.
    func withRows<Result>(_ positions: Range<Int>, _ body: (CountedRow) -> Result) -> Result {
        CountedRow.with(ids: rows.ids, kinds: rows.kinds, counts: counts, positions, body)
    }

    /// Records that the named tokens among `quotedIDs` now count as quoted, in every row.
    mutating func quote(_ quotedIDs: Set<Int32>) { rows.quote(quotedIDs) }

    /// Lets go of the room that growing left unused (see `TokenRows.shrinkToFit()`).
    mutating func shrinkToFit() {
        rows.shrinkToFit()
        counts.shrinkToFit()
    }
}

/// How often each token of some rows occurs in its row, a byte a token: nearly every count
/// is under 255, and the few that are not are kept aside by position, in full. A long
/// plan's rows held four bytes a token for counts that were almost all 1.
struct TokenCounts: Sendable {
    /// Each count, or `TokenCounts.aside` where the count is kept in `large`.
    private(set) var small: [UInt8] = []
    /// The counts of 255 and more, by position.
    private(set) var large: [Int: Int] = [:]

    /// What `small` holds where the count is in `large`.
    static let aside: UInt8 = .max

    init() {}

    /// The number of counts.
    var count: Int { small.count }

    /// The count at `position`.
    subscript(position: Int) -> Int { TokenCounts.count(small[position], at: position, large: large) }

    /// The count a byte of `small` stands for at `position`: itself, or the full count kept
    /// aside. Every write that puts `aside` in `small` puts the count in `large` (the two
    /// are written only here), so the fallback, the byte itself, is never read.
    @inline(__always)
    static func count(_ byte: UInt8, at position: Int, large: [Int: Int]) -> Int {
        byte == aside ? large[position] ?? Int(byte) : Int(byte)
    }

    /// Appends `count`.
    mutating func append(_ count: Int) {
        if count < Int(TokenCounts.aside) {
            small.append(UInt8(count))
        } else {
            large[small.count] = count
            small.append(TokenCounts.aside)
        }
    }

    /// Appends `count` zeros, to be set by `write(from:_:)`.
    mutating func appendZeros(_ count: Int) { small.append(contentsOf: repeatElement(0, count: count)) }

    /// Calls `body` with a writer of the counts from `start` on, in place.
    mutating func write(from start: Int, _ body: (inout Writer) -> Void) {
        small.withUnsafeMutableBufferPointer { small in
            var writer = Writer(small: small, start: start)
            body(&writer)
            for (position, count) in writer.large { large[position] = count }
        }
    }

    /// Sets counts in place, from a start position on; the large ones are kept aside when it is done.
    struct Writer {
        fileprivate let small: UnsafeMutableBufferPointer<UInt8>
        fileprivate let start: Int
        fileprivate var large: [(Int, Int)] = []

        /// Sets the count at `offset` past the start.
        @inline(__always)
        mutating func set(_ offset: Int, _ count: Int) {
            if count < Int(TokenCounts.aside) {
                small[start + offset] = UInt8(truncatingIfNeeded: count)
            } else {
                small[start + offset] = TokenCounts.aside
                large.append((start + offset, count))
            }
        }
    }

    /// Makes room for `count` counts in all.
    mutating func reserveCapacity(_ count: Int) { small.reserveCapacity(count) }

    /// Removes every count, keeping the room.
    mutating func removeAll() {
        small.removeAll(keepingCapacity: true)
        large.removeAll()
    }

    /// Lets go of the room that growing left unused (see `TokenRows.shrinkToFit()`).
    mutating func shrinkToFit() { small.shrinkToFit() }
}
