/// Strings found by their UTF-8 bytes, each with a number: the lexicon's terms and generic
/// words.
///
/// A `String` key is hashed and compared through Unicode normalization, which for Han text
/// cost more than a thousand instructions a look-up; a district's quoted terms are looked up
/// several times each for every plan aligned. Here a look-up hashes the bytes (FNV-1a) and
/// compares bytes, and the table holds its texts in one byte array, so a copy of it retains
/// nothing. Two strings are the same key only when their bytes are equal: the tokenizer
/// compares scalars the same way.
struct TermTable: Sendable {
    /// The texts' bytes, one after another.
    private var bytes: [UInt8] = []
    /// Each text's hash, where its bytes start and end in `bytes`, and its number.
    private var entries: [Entry] = []
    /// Indexes into `entries` plus one; 0 marks an empty slot.
    private var slots = [Int32](repeating: 0, count: 16)

    private struct Entry: Sendable {
        var hash: UInt64
        var start: Int32
        var end: Int32
        var value: Int32
    }

    init() {}

    /// The number of texts.
    var count: Int { entries.count }

    /// Whether the table holds `text`.
    func contains(_ text: String) -> Bool { self[text] != nil }

    /// The number stored with `text`, if the table holds it.
    subscript(text: String) -> Int32? {
        TermTable.withBytes(of: text) { key in
            let slot = find(key, hash: TermTable.hash(key))
            return slots[slot] == 0 ? nil : entries[Int(slots[slot]) - 1].value
        }
    }

    /// Stores `value` with `text`, unless the table holds `text` already.
    mutating func insert(_ text: String, value: Int32) {
        TermTable.withBytes(of: text) { key in
            let hash = TermTable.hash(key)
            let slot = find(key, hash: hash)
            guard slots[slot] == 0 else { return }
            let start = Int32(bytes.count)
            bytes.append(contentsOf: key)
            entries.append(Entry(hash: hash, start: start, end: Int32(bytes.count), value: value))
            slots[slot] = Int32(entries.count)
            if entries.count * 2 > slots.count { grow() }
        }
    }

    /// Every text with its number, in the order they were stored.
    var elements: [(text: String, value: Int32)] {
        entries.map { (String(decoding: bytes[Int($0.start)..<Int($0.end)], as: UTF8.self), $0.value) }
    }

    /// Makes room for `additional` more texts without growing on the way.
    mutating func reserveCapacity(_ additional: Int) {
        entries.reserveCapacity(entries.count + additional)
        while (entries.count + additional) * 2 > slots.count { grow() }
    }

    /// The slot holding `key`, or the empty slot where it would go.
    private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let entry = entries[Int(slots[slot]) - 1]
            if entry.hash == hash, holds(entry, key) { return slot }
            slot = (slot + 1) & mask
        }
        return slot
    }

    private func holds(_ entry: Entry, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard Int(entry.end - entry.start) == key.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            var offset = 0, start = Int(entry.start)
            while offset < key.count, stored[start] == key[offset] {
                offset += 1
                start += 1
            }
            return offset == key.count
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }

    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = FNV1a()
        for byte in key { hash.add(byte) }
        // A slot is taken from the low bits; the high bits, better mixed for short keys, are folded into them.
        return hash.value ^ hash.value >> 29
    }

    private static func withBytes<Value>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Value) -> Value {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return copy.withUTF8(body)
    }
}
