/// A text's distinct tokens, sorted by id, with how often each occurs and the kinds it
/// occurs as: everything a TF-IDF vector needs except the IDF.
///
/// A municipal plan's counts are computed once for a whole portfolio; each alignment only
/// weighs them with the IDF of its pair of plans.
struct TokenCounts: Sendable {
    private(set) var ids: [Int32] = []
    private(set) var counts: [Int32] = []
    /// One bit per `TokenKind` the token occurs as.
    private(set) var kinds: [UInt8] = []

    /// The counts of interned tokens.
    ///
    /// - Complexity: O(k log k) in the number of tokens.
    init(_ tokens: [(Int32, TokenKind)]) {
        // Id and kind packed in one integer sort without a comparison closure.
        var packed = tokens.map { UInt64(UInt32(bitPattern: $0.0)) << 8 | UInt64(1 << $0.1.rawValue) }
        self.init(packed: &packed)
    }

    /// The counts of interned tokens packed as `id << 8 | kind bit`, in any order; sorts
    /// `packed` in place, then counts each run of one id and joins its kind bits.
    init(packed: inout [UInt64]) {
        packed.sortPacked()
        // One pass over the sorted keys counts the runs; a second writes them straight into
        // arrays of exactly their number.
        let (ids, counts, kinds) = packed.withUnsafeBufferPointer { keys -> ([Int32], [Int32], [UInt8]) in
            var runs = 0, index = 0
            while index < keys.count {
                let id = keys[index] >> 8
                while index < keys.count, keys[index] >> 8 == id { index += 1 }
                runs += 1
            }
            var ids = [Int32](repeating: 0, count: runs), counts = [Int32](repeating: 0, count: runs), kinds = [UInt8](repeating: 0, count: runs)
            ids.withUnsafeMutableBufferPointer { ids in
                counts.withUnsafeMutableBufferPointer { counts in
                    kinds.withUnsafeMutableBufferPointer { kinds in
                        var index = 0, run = 0
                        while index < keys.count {
                            let id = keys[index] >> 8
                            var total: Int32 = 0, bits: UInt8 = 0
                            while index < keys.count, keys[index] >> 8 == id {
                                total += 1
                                bits |= UInt8(truncatingIfNeeded: keys[index])
                                index += 1
                            }
                            ids[run] = Int32(truncatingIfNeeded: id)
                            counts[run] = total
                            kinds[run] = bits
                            run += 1
                        }
                    }
                }
            }
            return (ids, counts, kinds)
        }
        self.ids = ids
        self.counts = counts
        self.kinds = kinds
    }

    /// Appends the tokens of `characters` to `packed` as `id << 8 | kind bit`, interning
    /// them into `table`: what `init(packed:)` counts, without building the tokens.
    static func pack(_ characters: [Unicode.Scalar], tokenizer: Tokenizer, table: inout TokenTable, into packed: inout [UInt64]) {
        tokenizer.forEachToken(in: characters) { kind, key in
            packed.append(UInt64(UInt32(bitPattern: table.intern(key, kind: kind))) << 8 | UInt64(1 << kind.rawValue))
        }
    }

    /// Whether the token at `index` occurs as `kind`.
    func occurs(at index: Int, as kind: TokenKind) -> Bool { kinds[index] & UInt8(1 << kind.rawValue) != 0 }

    /// Records that the named (not quoted) tokens among `quotedIDs` now count as quoted:
    /// a plan quotes them.
    mutating func quote(_ quotedIDs: Set<Int32>) {
        for index in ids.indices where occurs(at: index, as: .term) && quotedIDs.contains(ids[index]) {
            kinds[index] |= UInt8(1 << TokenKind.quoted.rawValue)
        }
    }

    /// The concepts named directly (as a term or a quoted term), not only as a broader field.
    func directConcepts(keys: [TokenKey]) -> Set<Int32> {
        Set(conceptIDs(keys: keys).compactMap { id in
            if case .concept(let concept) = keys[Int(id)] { return concept }
            return nil
        })
    }

    /// The token ids of the concepts named directly (a term or a quoted term), in id order;
    /// with `includingFields`, also the broader fields they belong to.
    func conceptIDs(keys: [TokenKey], includingFields fields: Bool = false) -> [Int32] {
        ids.indices.compactMap { index in
            guard fields || occurs(at: index, as: .term) || occurs(at: index, as: .quoted), case .concept = keys[Int(ids[index])] else { return nil }
            return ids[index]
        }
    }
}
