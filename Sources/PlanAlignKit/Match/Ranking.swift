/// A task's score against one priority, in a priority's ranking.
public struct RankedTask: Sendable, Hashable {
    public var task: ItemRef
    public var score: Double
}

/// Every task's score against each priority, and each priority's tasks best first: the
/// nearest tasks even below the threshold.
///
/// Held as one table of scores, eight bytes a pair. A district plan of 100,000 tasks
/// against 25 priorities keeps no `RankedTask` for each of its 2.5 million pairs, and sorts
/// none of them: a priority's best tasks are picked when they are asked for.
public struct Ranking: Sendable, Equatable {
    private let priorities: [ItemRef: Int]
    private let tasks: [ItemRef]
    private let taskIndex: [ItemRef: Int]
    /// Each pair's score, priority after priority: pair `(p, t)` at `p * tasks.count + t`.
    private let scores: [Double]

    /// The ranking of `scores`, laid out priority after priority over `tasks`.
    init(priorities: [ItemRef], tasks: [ItemRef], scores: [Double]) {
        precondition(scores.count == priorities.count * tasks.count, "one score per pair")
        // A repeated priority ref ranks as its last item, a repeated task ref as its first.
        self.priorities = Dictionary(priorities.enumerated().map { ($1, $0) }, uniquingKeysWith: { _, last in last })
        self.tasks = tasks
        taskIndex = Dictionary(tasks.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        self.scores = scores
    }

    /// The position in `scores` of the pair of the `priority`th priority and the `task`th task.
    private func cell(_ priority: Int, _ task: Int) -> Int { priority * tasks.count + task }

    /// Every task against `priority`, highest score first; empty for a priority not ranked.
    public func tasks(of priority: ItemRef) -> [RankedTask] { best(tasks.count, of: priority) }

    /// The `count` best tasks against `priority`, highest score first.
    public func best(_ count: Int, of priority: ItemRef) -> [RankedTask] {
        guard let row = priorities[priority] else { return [] }
        return best(count, row: row).map { RankedTask(task: tasks[$0.task], score: $0.score) }
    }

    /// The `count` best tasks against the priority at `row` of the ranked priorities, as
    /// task indices: highest score first, the earlier task first on a tie.
    ///
    /// - Complexity: O(t · count) in the tasks for the few a report shows, O(t log t) for many.
    func best(_ count: Int, row: Int) -> [(task: Int, score: Double)] {
        let wanted = min(count, tasks.count), start = cell(row, 0)
        // A few best are picked in one pass; only a long list, or most of the tasks, is sorted.
        guard wanted <= 16 || wanted * 8 < tasks.count else {
            let order = (0..<tasks.count).sorted { left, right in
                let (a, b) = (scores[start + left], scores[start + right])
                return a != b ? a > b : left < right
            }
            return order.prefix(wanted).map { ($0, scores[start + $0]) }
        }
        var best = TopScores<Int>(capacity: wanted)
        scores.withUnsafeBufferPointer { scores in
            for task in 0..<tasks.count { best.offer(scores[start + task], task) }
        }
        return best.entries.map { ($0.value, $0.score) }
    }

    /// The index of a task among the ranked tasks, the first one for a repeated ref.
    func taskIndex(of task: ItemRef) -> Int? { taskIndex[task] }

    /// The score of a pair, if both its items are ranked.
    public func score(of pair: LinkPair) -> Double? {
        guard let priority = priorities[pair.municipal], let task = taskIndex[pair.district] else { return nil }
        return scores[cell(priority, task)]
    }
}
