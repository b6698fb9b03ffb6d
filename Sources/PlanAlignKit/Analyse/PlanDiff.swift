/// What changed between two versions of a plan: tasks added, removed, renumbered and moved,
/// text changed (by characters and phrases), targets added, removed or changed.
public struct PlanDiff: Sendable {
    public var versions: PlanVersions
    /// The items with a change, in the new plan's order, then the removed ones.
    public var items: [ItemChange]

    /// One item's change between the versions.
    public struct ItemChange: Sendable, Hashable {
        public var old: ItemRef?
        public var new: ItemRef?
        public var title: String
        /// The sections the item was in and is in, when it moved.
        public var movedFrom: String?
        public var movedTo: String?
        /// The text, as kept, removed and inserted runs; empty when the text is the same.
        public var text: [TextRun]
        public var targets: [TargetChange]

        public var isAdded: Bool { old == nil }
        public var isRemoved: Bool { new == nil }
        public var isRenumbered: Bool { old != nil && new != nil && old != new }
        public var isMoved: Bool { movedTo != nil }
    }

    /// A run of text in a character-level diff.
    public enum TextRun: Sendable, Hashable {
        case same(String), removed(String), inserted(String)
    }

    /// A target that appeared, went, or changed its bound.
    public struct TargetChange: Sendable, Hashable {
        public var old: Target?
        public var new: Target?
    }

    /// Compares two versions of a plan.
    ///
    /// - Complexity: O(o · n · b) to match items, plus O(k²) per changed item in the part of
    ///   its text between the common start and end.
    public init(old: PlanDocument, new: PlanDocument) {
        let versions = PlanVersions(old: old, new: new)
        self.versions = versions
        let oldSections = Dictionary(old.sections.flatMap { section in section.items.map { ($0.ref, section.title) } }, uniquingKeysWith: { first, _ in first })
        let newSections = Dictionary(new.sections.flatMap { section in section.items.map { ($0.ref, section.title) } }, uniquingKeysWith: { first, _ in first })
        var items: [ItemChange] = []
        let matched = Dictionary(versions.matched.map { ($0.new, $0) }, uniquingKeysWith: { first, _ in first })
        for item in new.items {
            guard let match = matched[item.ref], let before = old.item(match.old) else {
                items.append(ItemChange(old: nil, new: item.ref, title: item.title, text: [], targets: item.targets.map { TargetChange(old: nil, new: $0) }))
                continue
            }
            let text = before.text == item.text ? [] : PlanDiff.runs(before.text, item.text)
            let targets = PlanDiff.targetChanges(before.targets, item.targets)
            let from = oldSections[before.ref], to = newSections[item.ref]
            let moved = from != to
            let change = ItemChange(old: before.ref, new: item.ref, title: item.title, movedFrom: moved ? from : nil, movedTo: moved ? to : nil,
                                    text: text, targets: targets)
            if change.isRenumbered || moved || !text.isEmpty || !targets.isEmpty { items.append(change) }
        }
        for ref in versions.removed {
            guard let item = old.item(ref) else { continue }
            items.append(ItemChange(old: ref, new: nil, title: item.title, text: [], targets: item.targets.map { TargetChange(old: $0, new: nil) }))
        }
        self.items = items
    }

    /// Targets matched by indicator and unit: a changed bound, or one that appeared or went.
    static func targetChanges(_ old: [Target], _ new: [Target]) -> [TargetChange] {
        var changes: [TargetChange] = []
        var unused = Array(new.indices)
        for target in old {
            if let position = unused.firstIndex(where: { new[$0].indicator == target.indicator && new[$0].unit == target.unit }) {
                let counterpart = new[unused.remove(at: position)]
                if counterpart.bound != target.bound { changes.append(TargetChange(old: target, new: counterpart)) }
            } else {
                changes.append(TargetChange(old: target, new: nil))
            }
        }
        changes += unused.map { TargetChange(old: nil, new: new[$0]) }
        return changes
    }

    // MARK: Text

    /// The largest middle part compared token by token; a longer one is shown as replaced whole.
    static let comparedCells = 4_000_000

    /// A character-level diff of Chinese text, in phrases: numbers and Latin words are one
    /// token each, every other character its own, and a single kept character between two
    /// changes joins them, so `46` → `40` reads as one change, not `4` kept and `6` → `0`.
    static func runs(_ old: String, _ new: String) -> [TextRun] {
        let a = tokens(old), b = tokens(new)
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let left = Array(a[prefix..<(a.count - suffix)]), right = Array(b[prefix..<(b.count - suffix)])
        var runs: [TextRun] = []
        if prefix > 0 { runs.append(.same(a[..<prefix].joined())) }
        runs += middle(left, right)
        if suffix > 0 { runs.append(.same(a[(a.count - suffix)...].joined())) }
        return phrases(runs)
    }

    /// The tokens of a text: a run of ASCII letters, digits and `.`/`%` is one token.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = [], word = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCIIDigit || scalar.isASCIILetter || ((scalar == "." || scalar == "%") && !word.isEmpty) {
                word.unicodeScalars.append(scalar)
                continue
            }
            if !word.isEmpty { tokens.append(word); word = "" }
            tokens.append(String(scalar))
        }
        if !word.isEmpty { tokens.append(word) }
        return tokens
    }

    /// The longest common subsequence of two token lists, as runs.
    static func middle(_ left: [String], _ right: [String]) -> [TextRun] {
        if left.isEmpty { return right.isEmpty ? [] : [.inserted(right.joined())] }
        if right.isEmpty { return [.removed(left.joined())] }
        guard left.count * right.count <= comparedCells else { return [.removed(left.joined()), .inserted(right.joined())] }
        let width = right.count + 1
        var table = [Int32](repeating: 0, count: (left.count + 1) * width)
        for i in stride(from: left.count - 1, through: 0, by: -1) {
            for j in stride(from: right.count - 1, through: 0, by: -1) {
                table[i * width + j] = left[i] == right[j] ? table[(i + 1) * width + j + 1] + 1 : max(table[(i + 1) * width + j], table[i * width + j + 1])
            }
        }
        var runs: [TextRun] = []
        func add(_ run: TextRun) {
            switch (runs.last, run) {
            case (.same(let a)?, .same(let b)): runs[runs.count - 1] = .same(a + b)
            case (.removed(let a)?, .removed(let b)): runs[runs.count - 1] = .removed(a + b)
            case (.inserted(let a)?, .inserted(let b)): runs[runs.count - 1] = .inserted(a + b)
            default: runs.append(run)
            }
        }
        var i = 0, j = 0
        while i < left.count, j < right.count {
            if left[i] == right[j] { add(.same(left[i])); i += 1; j += 1 }
            else if table[(i + 1) * width + j] >= table[i * width + j + 1] { add(.removed(left[i])); i += 1 }
            else { add(.inserted(right[j])); j += 1 }
        }
        while i < left.count { add(.removed(left[i])); i += 1 }
        while j < right.count { add(.inserted(right[j])); j += 1 }
        return runs
    }

    /// Joins a single kept character between two changes into them, and orders each change
    /// as its removal before its insertion.
    static func phrases(_ runs: [TextRun]) -> [TextRun] {
        var output: [TextRun] = []
        var removed = "", inserted = ""
        func flush() {
            if !removed.isEmpty { output.append(.removed(removed)) }
            if !inserted.isEmpty { output.append(.inserted(inserted)) }
            removed = ""
            inserted = ""
        }
        for (index, run) in runs.enumerated() {
            switch run {
            case .removed(let text): removed += text
            case .inserted(let text): inserted += text
            case .same(let text):
                let changeBefore = !removed.isEmpty || !inserted.isEmpty
                let changeAfter = index + 1 < runs.count
                if changeBefore, changeAfter, text.unicodeScalars.count == 1 {
                    removed += text
                    inserted += text
                } else {
                    flush()
                    output.append(.same(text))
                }
            }
        }
        flush()
        return output
    }
}
