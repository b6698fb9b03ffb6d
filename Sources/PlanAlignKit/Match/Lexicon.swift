/// Domain terms and their synonym groups, plus the generic words that carry no topic.
///
/// Read from `mappings/lexicon.json`, so planners can read and extend it. Concepts are
/// numbered in the order they are added, so token ids are stable from run to run.
public struct Lexicon: Sendable {
    /// The concept each term belongs to, by the concept's number.
    public var concept: [String: Int32] { Dictionary(uniqueKeysWithValues: terms.elements.map { ($0.text, $0.value) }) }
    /// The concept of each term, found by the term's bytes.
    private var terms = TermTable()
    /// Concept names by number: the first term of each group.
    public private(set) var names: [String] = []
    /// Words that weigh little: planning verbs and filler.
    public private(set) var generic: Set<String> = []
    /// `generic`, found by bytes.
    private var genericWords = TermTable()
    /// The broader concepts each concept belongs to (健康档案 → 基本公共卫生).
    public private(set) var broader: [Int32: [Int32]] = [:]
    /// Terms grouped by their first scalar, longest first, for forward maximum matching.
    private var byFirst: [[(term: [Unicode.Scalar], concept: Int32)]] = []
    /// For each scalar of the Basic Multilingual Plane, one more than the index of its group
    /// in `byFirst`, or 0 when no term starts with it: a lookup without hashing. Groups of
    /// scalars beyond that plane are found by a search of `astralFirsts`.
    private var firstGroup = [UInt16](repeating: 0, count: 0x10000)
    private var astralFirsts: [(scalar: UInt32, group: Int)] = []
    /// Whether `firstGroup` is complete: a copy that adds a plan's quoted terms puts their new
    /// first scalars in `laterFirsts` instead of copying the whole table for each plan.
    private var firstGroupSealed = false
    private var laterFirsts: [(scalar: UInt32, group: Int)] = []
    /// One bit per value of the lowest six bits of a scalar in `laterFirsts`: most scalars skip the search.
    private var laterFirstBits: UInt64 = 0
    /// Generic words by their last scalar: a term does not start on a character that ends
    /// one (in 加强基层, 强 belongs to 加强, so 强基 is not read).
    private var genericEndings: [UInt32: [[Unicode.Scalar]]] = [:]
    /// One bit per scalar of the Basic Multilingual Plane that ends a generic word: most
    /// matches need no look-up in `genericEndings`.
    private var genericEndingBits = [UInt64](repeating: 0, count: 0x10000 / 64)

    /// An empty lexicon: matching then rests on character bigrams alone.
    public init() {}

    /// A lexicon from synonym groups (first term names the concept), generic words, and
    /// broader concepts with the concepts they take in.
    public init(groups: [[String]], generic: [String], broader: [String: [String]] = [:]) {
        for group in groups {
            guard let name = group.first else { continue }
            for term in group { add(term, concept: name) }
        }
        self.generic = Set(generic)
        for word in generic { genericWords.insert(word, value: 0) }
        for word in self.generic.sorted() {
            let scalars = word.scalars
            guard scalars.count >= 2, let last = scalars.last?.value else { continue }
            genericEndings[last, default: []].append(scalars)
            if last < 0x10000 { genericEndingBits[Int(last >> 6)] |= 1 << (last & 63) }
        }
        for (wide, narrower) in broader.sorted(by: { $0.key < $1.key }) {
            guard let wideID = id(of: wide) else { continue }
            for name in narrower {
                if let narrowID = id(of: name) { self.broader[narrowID, default: []].append(wideID) }
            }
        }
        firstGroupSealed = true
    }

    /// The number of the concept named `name`, if any.
    public func id(of name: String) -> Int32? {
        guard let id = terms[name], names[Int(id)].hasSameBytes(as: name) else { return nil }
        return id
    }

    /// The concept names.
    public var conceptNames: Set<String> { Set(names) }

    /// Adds `term` as part of the concept `name`, creating the concept if it is new;
    /// a term already known keeps its concept. Returns the term's concept, or nil for a
    /// term of fewer than two scalars, which is never added.
    @discardableResult
    public mutating func add(_ term: String, concept name: String) -> Int32? {
        if let known = terms[term] { return known }
        let characters = term.scalars
        guard characters.count >= 2, let first = characters.first else { return nil }
        let id: Int32
        if let existing = self.id(of: name) {
            id = existing
        } else {
            id = Int32(names.count)
            names.append(name)
            if !name.hasSameBytes(as: term) { terms.insert(name, value: id) }
        }
        terms.insert(term, value: id)
        let slot: Int
        if let existing = group(of: first.value) {
            slot = existing
        } else {
            slot = byFirst.count
            byFirst.append([])
            if first.value < 0x10000, !firstGroupSealed {
                firstGroup[Int(first.value)] = UInt16(slot + 1)
            } else if first.value < 0x10000 {
                laterFirsts.append((first.value, slot))
                laterFirstBits |= 1 << UInt64(first.value & 63)
            } else {
                astralFirsts.append((first.value, slot))
            }
        }
        let position = byFirst[slot].firstIndex { $0.term.count < characters.count } ?? byFirst[slot].count
        byFirst[slot].insert((characters, id), at: position)
        return id
    }

    /// Makes room for `additional` more terms, so that a copy that adds a plan's quoted terms
    /// does not rehash every term it already holds.
    mutating func reserveCapacity(_ additional: Int) {
        terms.reserveCapacity(additional)
        names.reserveCapacity(names.count + additional)
        byFirst.reserveCapacity(byFirst.count + additional)
    }

    /// The group of terms that start with `scalar`, if any.
    private func group(of scalar: UInt32) -> Int? {
        if scalar < 0x10000 {
            let stored = firstGroup[Int(scalar)]
            if stored != 0 { return Int(stored) - 1 }
            guard laterFirstBits & 1 << UInt64(scalar & 63) != 0 else { return nil }
            return laterFirsts.first { $0.scalar == scalar }?.group
        }
        return astralFirsts.first { $0.scalar == scalar }?.group
    }

    /// Whether `term` is in the lexicon.
    public func contains(_ term: String) -> Bool { terms.contains(term) }

    /// The concept of `term`, if the lexicon knows it.
    func concept(of term: String) -> Int32? { terms[term] }

    /// Whether `word` is one of the generic words.
    func isGeneric(_ word: String) -> Bool { genericWords.contains(word) }

    /// The concepts named in `text`, by forward maximum matching: at each position the
    /// longest known term wins and the scan moves past it. Quotation marks inside a term do
    /// not break it: “三甲”复评审 names the term 三甲复评审, not only 三甲. A term does not
    /// start on the last character of a generic word: 加强基层 names 基层, not 强基.
    ///
    /// - Complexity: O(n · k) in the length of the text and the terms sharing a first scalar.
    public func concepts(in text: [Unicode.Scalar]) -> [Int32] {
        var found: [Int32] = []
        forEachConcept(in: text) { found.append($0) }
        return found
    }

    /// Calls `body` with each concept `concepts(in:)` finds in `text`, in order, without
    /// an array of them: the tokenizer reads them once.
    @inline(__always)
    func forEachConcept(in text: [Unicode.Scalar], _ body: (Int32) -> Void) {
        let quotes = CharacterSets.doubleQuotes
        let characters = text.contains(where: quotes.contains) ? text.filter { !quotes.contains($0) } : text
        characters.withUnsafeBufferPointer { scalars in
            var index = 0
            while index < scalars.count {
                guard let slot = group(of: scalars[index].value) else {
                    index += 1
                    continue
                }
                var match: (length: Int, concept: Int32)?
                for entry in byFirst[slot] where index + entry.term.count <= scalars.count {
                    // The first scalar is the group's; the rest are compared in place.
                    var offset = 1
                    while offset < entry.term.count, scalars[index + offset] == entry.term[offset] { offset += 1 }
                    if offset == entry.term.count {
                        match = (entry.term.count, entry.concept)
                        break
                    }
                }
                if let match, !endsGenericWord(characters, at: index) {
                    body(match.concept)
                    index += match.length
                } else {
                    index += 1
                }
            }
        }
    }

    /// Whether a generic word ends with the scalar at `index`.
    private func endsGenericWord(_ characters: [Unicode.Scalar], at index: Int) -> Bool {
        let scalar = characters[index].value
        if scalar < 0x10000, genericEndingBits[Int(scalar >> 6)] & (1 << (scalar & 63)) == 0 { return false }
        guard index > 0, let words = genericEndings[scalar] else { return false }
        return words.contains { word in
            word.count <= index + 1 && characters[(index + 1 - word.count)...index].elementsEqual(word)
        }
    }
}
extension Lexicon {
    /// Reads `lexicon.json`: `{"groups": [["结核病", "肺结核"], …], "generic": ["加强", …]}`.
    ///
    /// - Throws: `InputError.malformed` naming the line and column of what is wrong.
    public static func read(_ node: JSONNode, path: String) throws -> Lexicon {
        try JSONDocument.checkKeys(of: node, allowed: ["about", "groups", "generic", "broader"], path: path)
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
