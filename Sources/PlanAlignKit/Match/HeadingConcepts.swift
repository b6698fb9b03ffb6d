/// The concepts a heading names, as sorted token ids: those it names itself, and those
/// with the broader fields they belong to.
struct HeadingConcepts: Equatable {
    var named: [Int32]
    var withFields: [Int32]

    init(_ counts: TokenCounts, keys: [TokenKey]) {
        named = counts.directConceptIDs(keys: keys)
        withFields = counts.ids.filter { id in
            if case .concept = keys[Int(id)] { return true }
            return false
        }
    }

    /// The concepts that this heading, a priority's, names and that `task`'s heading names
    /// or belongs to as a field. A plan below breaks its priorities into specifics, so a
    /// task on 居民电子健康档案 carries 提升基本公卫服务质效. The reverse, a task broader
    /// than its priority, does not count, nor do two concepts that only share a field.
    func shared(withTask task: HeadingConcepts) -> [Int32] {
        named.sortedIntersection(task.withFields)
    }

    /// Whether `shared(withTask:)` is not empty.
    func shares(withTask task: HeadingConcepts) -> Bool {
        named.sharesSortedValue(with: task.withFields)
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
        var left = 0, right = 0
        while left < count, right < other.count {
            if self[left] < other[right] { left += 1 }
            else if self[left] > other[right] { right += 1 }
            else {
                guard body(self[left]) else { return }
                left += 1
                right += 1
            }
        }
    }
}
