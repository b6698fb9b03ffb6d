import Foundation

/// What one stretch of the district's tasks scores against the priorities, on its own: each
/// task's whole-text cosine and best sentence pair with each priority, and the stretch's
/// sentences nearest to each priority clause.
struct StretchScores: Sendable {
    /// The stretch's first task, among all the district's tasks.
    let first: Int
    /// The number of tasks in the stretch.
    let count: Int
    /// The stretch's task `t`'s whole-text cosine with priority `p`, at `p * count + t`.
    let items: [Double]
    /// The best cosine of any of priority `p`'s measures with any of task `t`'s sentences, at `p * count + t`.
    let bestPairs: [Double]
    /// Each clause's nearest sentence in the stretch, when coverage is asked for.
    let nearest: NearestSentences?
}

extension VectorSpace {
    /// Scores the district's tasks a stretch at a time and calls `body` with each stretch's
    /// scores, in order. A district of several stretches is scored two stretches at a time,
    /// on two cores; what `body` is given does not depend on it.
    ///
    /// `clauses` are the priorities' clauses (`nearestSentences(municipal:)`), each stretch's
    /// sentences offered to a copy of them; nil leaves coverage out.
    func sweepStretches(clauses: NearestSentences?, _ body: (StretchScores) -> Void) {
        let priorities = municipal.itemCount
        // Indexed once; each stretch sweeps its own copy, whose scratch room is its own.
        let itemSweep = GroupSweep(municipalItemIndex, owners: Array(0..<priorities), groups: priorities)
        let pairSweep = bestPairSweep()
        @Sendable func score(_ first: Int, _ counted: CountedPlan) -> StretchScores {
            var (itemSweep, pairSweep, nearest) = (itemSweep, pairSweep, clauses)
            let offering = nearest != nil
            let tasks = counted.itemCount
            var items = [Double](repeating: 0, count: priorities * tasks), bestPairs = items
            let (weighedItems, units) = (self.items(counted), self.units(counted))
            for local in 0..<tasks {
                let task = first + local, firstUnit = district.unitStarts[task] - counted.unitStarts[local]
                itemSweep.sweep(weighedItems, rows: local..<local + 1)
                if offering {
                    pairSweep.sweep(units, rows: counted.units(of: local)) { unit, ids, values in
                        nearest?.offer(unit: firstUnit + unit, task: task, ids: ids, values: values)
                    }
                } else {
                    // Without coverage, the sentences are offered to nothing, not to a nil checked for each.
                    pairSweep.sweep(units, rows: counted.units(of: local))
                }
                for priority in 0..<priorities {
                    items[priority * tasks + local] = itemSweep.best[priority]
                    bestPairs[priority * tasks + local] = pairSweep.best[priority]
                }
            }
            return StretchScores(first: first, count: tasks, items: items, bestPairs: bestPairs, nearest: nearest)
        }
        let stretches = district.stretches
        @Sendable func score(stretch index: Int) -> StretchScores { score(stretches[index].lowerBound, district.stretch(index)) }
        var start = 0
        while start < stretches.count {
            // A plan of one stretch, as every real plan is, is scored on the calling thread.
            let wave = start..<min(start + 2, stretches.count)
            if wave.count == 1 {
                body(score(stretch: start))
            } else {
                let slots = Slots<StretchScores>(count: wave.count)
                DispatchQueue.concurrentPerform(iterations: wave.count) { offset in slots.put(score(stretch: wave.lowerBound + offset), at: offset) }
                // Every slot is filled once `concurrentPerform` returns; one that were not is scored here.
                for offset in 0..<wave.count { body(slots.value(at: offset) ?? score(stretch: wave.lowerBound + offset)) }
            }
            start = wave.upperBound
        }
    }
}

/// Room for results computed at once on several threads, each written by one thread to its
/// own slot and read once all of them are done.
private final class Slots<Value>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        base = .allocate(capacity: count)
        base.initialize(repeating: nil, count: count)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// Puts `value` in slot `index`; no two threads write one slot.
    func put(_ value: Value, at index: Int) { base[index] = value }

    /// The value put in slot `index`, if any.
    func value(at index: Int) -> Value? { base[index] }
}
