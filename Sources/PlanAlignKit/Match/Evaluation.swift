/// Reviewed links for evaluation: per priority, the tasks a planner requires and those
/// that are acceptable.
public struct GoldLinks: Sendable {
    public struct Expectation: Sendable, Hashable {
        public var required: Set<ItemRef>
        public var acceptable: Set<ItemRef>
    }

    public var priorities: [ItemRef: Expectation]

    /// Reads labels shaped as `{"priorities": {"2.1": {"required": ["4"], "acceptable": ["27"]}}}`.
    public static func read(path: String) throws -> GoldLinks {
        guard let node = try JSONDocument.read(path: path) else { throw InputError.fileNotFound(path: path) }
        return try parse(node, path: path)
    }

    /// Labels from parsed JSON.
    static func parse(_ node: JSONNode, path: String) throws -> GoldLinks {
        guard let members = node["priorities"]?.members else {
            throw JSONDocument.mismatch(node["priorities"] ?? node, path: path, expected: "\"priorities\": an object keyed by priority ref")
        }
        var priorities: [ItemRef: Expectation] = [:]
        for (ref, entry) in members {
            func refs(_ key: String) throws -> Set<ItemRef> {
                guard let list = entry[key]?.array else {
                    throw JSONDocument.mismatch(entry[key] ?? entry, path: path, expected: "\"\(key)\": an array of task refs")
                }
                return Set(try list.map { value in
                    guard let text = value.string else { throw JSONDocument.mismatch(value, path: path, expected: "a task ref as a string") }
                    return ItemRef(text)
                })
            }
            priorities[ItemRef(ref)] = Expectation(required: try refs("required"), acceptable: try refs("acceptable"))
        }
        return GoldLinks(priorities: priorities)
    }
}

/// Precision, recall, F1 and top-1 hit rate of proposed links against reviewed labels.
public struct EvaluationScores: Sendable, Hashable {
    /// Proposed links that are required or acceptable.
    public var correct = 0
    /// Proposed links.
    public var proposed = 0
    /// Required links found.
    public var found = 0
    /// Required links.
    public var required = 0
    /// Priorities whose best link is a required one.
    public var topHits = 0
    /// Priorities with at least one required link.
    public var topTotal = 0

    public var precision: Double { proposed == 0 ? 1 : Double(correct) / Double(proposed) }
    public var recall: Double { required == 0 ? 1 : Double(found) / Double(required) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    public var topOne: Double { topTotal == 0 ? 1 : Double(topHits) / Double(topTotal) }

    static func + (lhs: Self, rhs: Self) -> Self {
        EvaluationScores(correct: lhs.correct + rhs.correct, proposed: lhs.proposed + rhs.proposed, found: lhs.found + rhs.found,
                         required: lhs.required + rhs.required, topHits: lhs.topHits + rhs.topHits, topTotal: lhs.topTotal + rhs.topTotal)
    }
}

/// The evaluation of an alignment, per municipal area and overall.
public struct Evaluation: Sendable {
    public var areas: [(area: Int, scores: EvaluationScores)]
    public var overall: EvaluationScores
    /// Per priority: each proposed link marked, and each required link missed with its rank.
    public var details: [[String]] = []

    /// Scores `alignment` on the priorities that `gold` labels.
    public static func evaluate(_ alignment: Alignment, against gold: GoldLinks) -> Evaluation {
        var byArea: [Int: EvaluationScores] = [:]
        var details: [[String]] = []
        for (priority, expected) in gold.priorities.sorted(by: { $0.key < $1.key }) {
            let links = alignment.links(of: priority).sorted { $0.score > $1.score }
            var scores = EvaluationScores()
            scores.proposed = links.count
            scores.correct = links.filter { expected.required.contains($0.district) || expected.acceptable.contains($0.district) }.count
            scores.required = expected.required.count
            scores.found = links.filter { expected.required.contains($0.district) }.count
            if !expected.required.isEmpty {
                scores.topTotal = 1
                scores.topHits = links.first.map { expected.required.contains($0.district) ? 1 : 0 } ?? 0
            }
            byArea[priority.head, default: EvaluationScores()] = byArea[priority.head, default: EvaluationScores()] + scores
            let marked = links.map { link in
                let mark = expected.required.contains(link.district) ? "required" : expected.acceptable.contains(link.district) ? "acceptable" : "wrong"
                return "\(link.district) \(Score.text(link.score)) \(mark)"
            }
            let ranking = alignment.ranking.tasks(of: priority)
            let missed = expected.required.sorted().filter { required in !links.contains { $0.district == required } }.map { required in
                let rank = (ranking.firstIndex { $0.task == required } ?? ranking.count) + 1
                return "\(required) (rank \(rank), \(Score.text(ranking.first { $0.task == required }?.score ?? 0)))"
            }
            details.append([priority.rawValue, marked.joined(separator: "; "), missed.joined(separator: "; ")])
        }
        let areas: [(area: Int, scores: EvaluationScores)] = byArea.keys.sorted().map { ($0, byArea[$0] ?? EvaluationScores()) }
        return Evaluation(areas: areas, overall: areas.map(\.scores).reduce(EvaluationScores(), +), details: details)
    }
}
