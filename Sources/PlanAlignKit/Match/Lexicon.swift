/// Domain terms and their synonym groups, plus the generic words that carry no topic.
///
/// Read from `mappings/lexicon.json`, so planners can read and extend it.
public struct Lexicon: Sendable, Hashable {
    /// The concept each term belongs to, by the group's first term.
    public private(set) var concept: [String: String] = [:]
    /// Words that weigh little: planning verbs and filler.
    public private(set) var generic: Set<String> = []
    /// The broader concepts each concept belongs to (健康档案 → 基本公共卫生).
    public private(set) var broader: [String: [String]] = [:]
    /// Terms by their first character, longest first, for forward maximum matching.
    private var byFirst: [Character: [[Character]]] = [:]

    /// An empty lexicon: matching then rests on character bigrams alone.
    public init() {}

    /// A lexicon from synonym groups (first term names the concept) and generic words.
    public init(groups: [[String]], generic: [String], broader: [String: [String]] = [:]) {
        for group in groups {
            guard let name = group.first else { continue }
            for term in group { add(term, concept: name) }
        }
        self.generic = Set(generic)
        for (wide, narrower) in broader.sorted(by: { $0.key < $1.key }) {
            for concept in narrower { self.broader[concept, default: []].append(wide) }
        }
    }

    /// The concept names: the first term of each group.
    public var conceptNames: Set<String> { Set(concept.values) }

    /// Adds `term` as part of `concept`, unless it is already known.
    public mutating func add(_ term: String, concept name: String) {
        let characters = Array(term)
        guard characters.count >= 2, concept[term] == nil, let first = characters.first else { return }
        concept[term] = name
        var list = byFirst[first, default: []]
        let position = list.firstIndex { $0.count < characters.count } ?? list.count
        list.insert(characters, at: position)
        byFirst[first] = list
    }

    /// Whether `term` is in the lexicon.
    public func contains(_ term: String) -> Bool { concept[term] != nil }

    /// The concepts named in `characters`, by forward maximum matching: at each position
    /// the longest known term wins and the scan moves past it.
    ///
    /// - Complexity: O(n · k) in the length of the text and the terms sharing a first character.
    public func concepts(in characters: [Character]) -> [String] {
        var found: [String] = []
        var index = 0
        while index < characters.count {
            var matched = 0
            for term in byFirst[characters[index]] ?? [] where index + term.count <= characters.count {
                if characters[index..<(index + term.count)].elementsEqual(term) {
                    matched = term.count
                    if let name = concept[String(term)] { found.append(name) }
                    break
                }
            }
            index += max(matched, 1)
        }
        return found
    }
}

extension Lexicon {
    /// Reads `lexicon.json`: `{"groups": [["结核病", "肺结核"], …], "generic": ["加强", …]}`.
    ///
    /// - Throws: `InputError.malformed` naming the line and column of what is wrong.
    public static func read(_ node: JSONNode, path: String) throws -> Lexicon {
        guard let groupsNode = node["groups"], let groups = groupsNode.array else {
            throw JSONDocument.mismatch(node["groups"] ?? node, path: path, expected: "\"groups\": an array of term lists")
        }
        var lists: [[String]] = []
        for group in groups {
            guard let terms = group.array, !terms.isEmpty else {
                throw JSONDocument.mismatch(group, path: path, expected: "a non-empty array of terms")
            }
            lists.append(try terms.map { term in
                guard let text = term.string, !text.isEmpty else {
                    throw JSONDocument.mismatch(term, path: path, expected: "a term as a string")
                }
                return text
            })
        }
        var generic: [String] = []
        if let genericNode = node["generic"] {
            guard let words = genericNode.array else {
                throw JSONDocument.mismatch(genericNode, path: path, expected: "\"generic\": an array of words")
            }
            generic = try words.map { word in
                guard let text = word.string else { throw JSONDocument.mismatch(word, path: path, expected: "a word as a string") }
                return text
            }
        }
        var broader: [String: [String]] = [:]
        if let broaderNode = node["broader"] {
            guard let members = broaderNode.members else {
                throw JSONDocument.mismatch(broaderNode, path: path, expected: "\"broader\": an object of concept lists")
            }
            let names = Set(lists.compactMap(\.first))
            for (wide, list) in members {
                guard let narrower = list.array else {
                    throw JSONDocument.mismatch(list, path: path, expected: "an array of concept names")
                }
                broader[wide] = try narrower.map { entry in
                    guard let name = entry.string, names.contains(name) else {
                        throw JSONDocument.mismatch(entry, path: path, expected: "the name of a concept (the first term of a group)")
                    }
                    return name
                }
                guard names.contains(wide) else {
                    throw JSONDocument.mismatch(list, path: path, expected: "a broader concept named by a group; \"\(wide)\" is not")
                }
            }
        }
        return Lexicon(groups: lists, generic: generic, broader: broader)
    }
}
