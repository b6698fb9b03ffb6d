/// The identifier of a node in a plan graph, such as `d:item:4` or `m:dept:疾控科`.
public struct NodeID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (lhs: NodeID, rhs: NodeID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// What a node of a plan graph stands for.
public enum NodeKind: String, Sendable, Codable, CaseIterable {
    case plan, section, item, measure, target, department
}

/// How two nodes of a plan graph relate.
public enum EdgeKind: String, Sendable, Codable, CaseIterable {
    /// The plan holds a section, a section an item, an item a measure, a measure a target.
    case contains
    /// A department leads an item.
    case leads
    /// A unit is responsible for an item.
    case responsibleFor
}

/// A node: its identifier, kind and label.
public struct GraphNode: Sendable, Hashable {
    public var id: NodeID
    public var kind: NodeKind
    public var label: String
}

/// A directed, typed edge.
public struct GraphEdge: Sendable, Hashable {
    public var from: NodeID
    public var to: NodeID
    public var kind: EdgeKind
}

/// A plan as a graph: plan → sections → items → measures → targets, with departments
/// linked to the items they lead or are responsible for.
///
/// Nodes and edges are arrays in a stable order; an adjacency index answers queries.
public struct PlanGraph: Sendable {
    /// The nodes in document order; departments follow, sorted by name.
    public private(set) var nodes: [GraphNode] = []
    /// The edges in the order they were added.
    public private(set) var edges: [GraphEdge] = []
    private var position: [NodeID: Int] = [:]
    private var outgoing: [NodeID: [Int]] = [:]
    private var incoming: [NodeID: [Int]] = [:]

    /// Builds the graph of `document`, prefixing every identifier with `prefix` (`m` or `d`).
    ///
    /// - Complexity: O(n) in the number of items, measures, targets and departments.
    public init(_ document: PlanDocument, prefix: String) {
        let plan = NodeID("\(prefix):plan")
        add(GraphNode(id: plan, kind: .plan, label: document.title))
        var departments: [String: NodeID] = [:]
        var departmentEdges: [(String, NodeID, EdgeKind)] = []
        for section in document.sections {
            let sectionID = NodeID("\(prefix):section:\(section.ref)")
            add(GraphNode(id: sectionID, kind: .section, label: section.title))
            link(plan, sectionID, .contains)
            for item in section.items {
                let itemID = NodeID("\(prefix):item:\(item.ref)")
                add(GraphNode(id: itemID, kind: .item, label: item.title))
                link(sectionID, itemID, .contains)
                for (measureIndex, measure) in item.measures.enumerated() {
                    let measureID = NodeID("\(prefix):measure:\(item.ref)#\(measureIndex + 1)")
                    add(GraphNode(id: measureID, kind: .measure, label: measure.text))
                    link(itemID, measureID, .contains)
                    for (targetIndex, target) in measure.targets.filter({ $0.status == .target }).enumerated() {
                        let targetID = NodeID("\(prefix):target:\(item.ref)#\(measureIndex + 1).\(targetIndex + 1)")
                        add(GraphNode(id: targetID, kind: .target, label: "\(target.indicator) \(target.comparator.rawValue) \(target.valueText)\(target.unit)"))
                        link(measureID, targetID, .contains)
                    }
                }
                for name in item.lead {
                    departments[name] = NodeID("\(prefix):dept:\(name)")
                    departmentEdges.append((name, itemID, .leads))
                }
                for name in item.responsible {
                    departments[name] = NodeID("\(prefix):dept:\(name)")
                    departmentEdges.append((name, itemID, .responsibleFor))
                }
            }
        }
        for (name, id) in departments.sorted(by: { $0.key < $1.key }) {
            add(GraphNode(id: id, kind: .department, label: name))
        }
        for (name, itemID, kind) in departmentEdges {
            if let department = departments[name] { link(department, itemID, kind) }
        }
    }

    private mutating func add(_ node: GraphNode) {
        guard position[node.id] == nil else { return }
        position[node.id] = nodes.count
        nodes.append(node)
    }

    private mutating func link(_ from: NodeID, _ to: NodeID, _ kind: EdgeKind) {
        outgoing[from, default: []].append(edges.count)
        incoming[to, default: []].append(edges.count)
        edges.append(GraphEdge(from: from, to: to, kind: kind))
    }

    /// The node with `id`, if any.
    public func node(_ id: NodeID) -> GraphNode? { position[id].map { nodes[$0] } }

    /// The nodes that `id` contains, in document order.
    public func children(of id: NodeID) -> [GraphNode] {
        (outgoing[id] ?? []).filter { edges[$0].kind == .contains }.compactMap { node(edges[$0].to) }
    }

    /// The departments leading the item `id`.
    public func leads(of id: NodeID) -> [GraphNode] {
        (incoming[id] ?? []).filter { edges[$0].kind == .leads }.compactMap { node(edges[$0].from) }
    }

    /// The units responsible for the item `id`.
    public func responsible(for id: NodeID) -> [GraphNode] {
        (incoming[id] ?? []).filter { edges[$0].kind == .responsibleFor }.compactMap { node(edges[$0].from) }
    }

    /// The items that the department `id` leads.
    public func items(ledBy id: NodeID) -> [GraphNode] {
        (outgoing[id] ?? []).filter { edges[$0].kind == .leads }.compactMap { node(edges[$0].to) }
    }

    /// The nodes of one kind, in graph order.
    public func nodes(of kind: NodeKind) -> [GraphNode] { nodes.filter { $0.kind == kind } }

    /// The broken invariants, one sentence each; empty when the graph is sound.
    ///
    /// Identifiers are unique, every edge joins existing nodes, every item sits in
    /// exactly one section, and every measure in exactly one item.
    public func invariantViolations() -> [String] {
        var problems: [String] = []
        var seen = Set<NodeID>()
        for node in nodes where !seen.insert(node.id).inserted { problems.append("duplicate id \(node.id)") }
        for edge in edges where node(edge.from) == nil || node(edge.to) == nil {
            problems.append("dangling edge \(edge.from) -> \(edge.to)")
        }
        for item in nodes(of: .item) {
            let parents = (incoming[item.id] ?? []).filter { edges[$0].kind == .contains }
                .compactMap { node(edges[$0].from) }.filter { $0.kind == .section }
            if parents.count != 1 { problems.append("item \(item.id) sits in \(parents.count) sections") }
        }
        for measure in nodes(of: .measure) {
            let parents = (incoming[measure.id] ?? []).filter { edges[$0].kind == .contains }
            if parents.count != 1 { problems.append("measure \(measure.id) sits in \(parents.count) items") }
        }
        return problems
    }
}

