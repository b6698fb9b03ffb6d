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
