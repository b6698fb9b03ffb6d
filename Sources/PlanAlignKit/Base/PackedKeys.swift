// Packed integer keys (bigrams, scalar pairs, token ids with kind bits): a set to look
// them up and a sort to count them; and a merge of sorted token ids.

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
    private func find(_ value: UInt64) -> Int { PackedSlots.find(value, in: slots, shift: shift) }
}

/// The open-addressing probe that `PackedSet` and the token table share: slots hold a key
/// plus one (zero marks an empty slot), a power-of-two count of them, and the key's
/// Fibonacci hash picks the first slot.
enum PackedSlots {
    /// The multiplier of the Fibonacci hash: 2⁶⁴ divided by the golden ratio.
    static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The slot holding `key`, or the empty slot where it would go; `shift` is 64 minus
    /// the log₂ of the slot count.
    @inline(__always)
    static func find(_ key: UInt64, in slots: [UInt64], shift: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: (key &* multiplier) >> shift)
        while slots[slot] != 0, slots[slot] != key &+ 1 { slot = (slot + 1) & mask }
        return slot
    }
}

extension [UInt64] {
    /// Sorts packed integer keys in place: a quicksort with insertion sort for short runs.
    ///
    /// Counting a text's tokens sorts a few hundred packed keys per sentence; the standard
    /// library's stable sort calls its comparison through a closure and cost more than
    /// the tokenizing itself.
    mutating func sortPacked() {
        withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress, buffer.count > 1 else { return }
            Self.quicksort(base, 0, buffer.count - 1)
        }
    }

    private static func quicksort(_ keys: UnsafeMutablePointer<UInt64>, _ low: Int, _ high: Int) {
        var low = low, high = high
        while high - low > 16 {
            // Median of three as the pivot, then Hoare partitioning.
            let middle = low + (high - low) / 2
            if keys[middle] < keys[low] { keys.swapAt(middle, low) }
            if keys[high] < keys[low] { keys.swapAt(high, low) }
            if keys[high] < keys[middle] { keys.swapAt(high, middle) }
            let pivot = keys[middle]
            var i = low, j = high
            while i <= j {
                while keys[i] < pivot { i += 1 }
                while keys[j] > pivot { j -= 1 }
                if i <= j {
                    keys.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            // Recurse into the smaller side, loop on the larger: the stack stays logarithmic.
            if j - low < high - i {
                quicksort(keys, low, j)
                low = i
            } else {
                quicksort(keys, i, high)
                high = j
            }
        }
        guard high > low else { return }
        for index in (low + 1)...high {
            let key = keys[index]
            var position = index
            while position > low, keys[position - 1] > key {
                keys[position] = keys[position - 1]
                position -= 1
            }
            keys[position] = key
        }
    }
}

private extension UnsafeMutablePointer<UInt64> {
    func swapAt(_ i: Int, _ j: Int) {
        let held = self[i]
        self[i] = self[j]
        self[j] = held
    }
}

extension [Int32] {
    /// The values this sorted array shares with another sorted array, by one merge.
    func sortedIntersection(_ other: [Int32]) -> [Int32] {
        var shared: [Int32] = []
        forEachSharedValue(with: other) { shared.append($0); return true }
        return shared
    }

    /// Whether this sorted array and another share a value.
    func sharesSortedValue(with other: [Int32]) -> Bool {
        var shares = false
        forEachSharedValue(with: other) { _ in shares = true; return false }
        return shares
    }

    /// Calls `body` with each value this sorted array shares with `other`, in order, while it returns true.
    private func forEachSharedValue(with other: [Int32], _ body: (Int32) -> Bool) {
        SortedMerge.forEachMatch(self, other) { left, _ in body(self[left]) }
    }
}
