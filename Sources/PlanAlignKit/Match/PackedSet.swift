/// A set of packed integer keys (bigrams, scalar pairs) with a lookup of one multiply and,
/// nearly always, one probe.
///
/// Tokenizing asks for every bigram whether it is generic: a binary search over a sorted
/// array was the costliest step of counting a plan's tokens, and `Set`'s seeded hashing
/// costs more than the search.
struct PackedSet: Sendable {
    /// Keys plus one (zero marks an empty slot), in open addressing.
    private var slots: [UInt64]
    private let shift: UInt64

    /// A set of `values`, at most a quarter full so that probes stay short.
    init(_ values: some Collection<UInt64>) {
        var size = 64, bits: UInt64 = 6
        while size < values.count * 4 {
            size *= 2
            bits += 1
        }
        slots = [UInt64](repeating: 0, count: size)
        shift = 64 - bits
        for value in values {
            let slot = find(value)
            slots[slot] = value &+ 1
        }
    }

    /// Whether the set holds `value`.
    func contains(_ value: UInt64) -> Bool { slots[find(value)] != 0 }

    /// The slot holding `value`, or the empty slot where it would go.
    private func find(_ value: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: (value &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while slots[slot] != 0, slots[slot] != value &+ 1 { slot = (slot + 1) & mask }
        return slot
    }
}
