/// The few highest-scoring entries of a run, kept as they are offered: highest score
/// first, and the entry offered first ahead on a tie, as a stable sort by score would put them.
///
/// - Complexity: O(n · k) for n entries offered and k kept, with no sort.
struct TopScores<Value> {
    /// How many entries are kept.
    let capacity: Int
    /// The entries kept, highest score first.
    private(set) var entries: [(score: Double, value: Value)] = []

    /// Keeping the `capacity` best.
    init(capacity: Int) {
        self.capacity = max(0, capacity)
        entries.reserveCapacity(self.capacity + 1)
    }

    /// Offers an entry; it is kept if it scores above one kept, or while there is room.
    @inline(__always)
    mutating func offer(_ score: Double, _ value: Value) {
        // Later entries come last on a tie, so an entry enters only above a lower score.
        // Most offers are turned away here, by one comparison with the last score kept.
        let count = entries.count
        if count == capacity, count == 0 || !(score > entries[count - 1].score) { return }
        insert(score, value)
    }

    private mutating func insert(_ score: Double, _ value: Value) {
        var position = entries.count
        while position > 0, score > entries[position - 1].score { position -= 1 }
        entries.insert((score, value), at: position)
        if entries.count > capacity { entries.removeLast() }
    }
}
