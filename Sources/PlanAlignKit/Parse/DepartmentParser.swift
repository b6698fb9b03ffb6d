/// Reads the trailing block of departments of a task:
/// `（牵头科室：疾控科、公卫科，责任单位：委属各单位、有关民营医疗机构）`.
public enum DepartmentParser {
    /// The departments of one item and the item's text without them.
    public struct Result: Sendable, Hashable {
        public var body: LocatedText
        public var lead: [String]
        public var responsible: [String]
    }

    /// Labels that introduce lead departments, longest first.
    static let leadLabels = ["牵头责任单位", "牵头科室", "牵头单位", "牵头部门", "牵头处室", "牵头领导", "牵头"].map(\.scalars)
    /// Labels that introduce responsible or supporting units, longest first.
    static let responsibleLabels = ["责任单位", "责任科室", "责任部门", "责任主体", "配合单位", "配合科室",
                                    "配合部门", "协办单位", "参与单位", "协同单位"].map(\.scalars)

    /// Splits the departments off the end of `text`.
    ///
    /// The block is either bracketed at the very end or a final sentence that starts with a
    /// label. Names are split on `、`, `，` and `；` outside brackets, so `办公室（安稳办）`
    /// stays whole.
    public static func parse(_ text: LocatedText) -> Result {
        // Read on the text's own scalars within its trimmed bounds: only the body is copied out.
        let characters = text.characters
        let bounds = characters.nonBlankBounds(characters.indices)
        guard !bounds.isEmpty else { return Result(body: text.trimmed(), lead: [], responsible: []) }
        if let last = characters[bounds].last, last == "）" || last == ")" {
            if let open = BracketDepth.parentheses.opener(matching: bounds.upperBound - 1, in: characters) {
                let block = Array(characters[(open + 1)..<(bounds.upperBound - 1)])
                if let parsed = labelled(block), startsWithLabel(block) {
                    return Result(body: text.trimmed(bounds.lowerBound..<open), lead: parsed.lead, responsible: parsed.responsible)
                }
                if let parsed = unlabelled(block) {
                    return Result(body: text.trimmed(bounds.lowerBound..<open), lead: parsed.lead, responsible: parsed.responsible)
                }
            }
        }
        if let start = trailingLabelStart(characters, in: bounds), let parsed = labelled(Array(characters[start..<bounds.upperBound])) {
            return Result(body: text.trimmed(bounds.lowerBound..<start), lead: parsed.lead, responsible: parsed.responsible)
        }
        return Result(body: text.trimmed(bounds), lead: [], responsible: [])
    }

    /// Every label, lead labels first.
    static let labels = leadLabels + responsibleLabels

    static func startsWithLabel(_ block: [Unicode.Scalar]) -> Bool {
        let start = block.firstIndex { !$0.isBlank } ?? block.count
        return labels.contains { label in labelMatches(label, in: block, at: start) }
    }

    /// The start of a final sentence within `bounds` that begins with a label, as in `…。牵头科室：办公室`.
    static func trailingLabelStart(_ characters: [Unicode.Scalar], in bounds: Range<Int>) -> Int? {
        var end = bounds.upperBound
        while end > bounds.lowerBound, characters[end - 1] == "。" || characters[end - 1].isBlank { end -= 1 }
        var start = end
        while start > bounds.lowerBound, characters[start - 1] != "。" { start -= 1 }
        return labels.contains(where: { labelMatches($0, in: characters, at: start, before: bounds.upperBound) }) ? start : nil
    }

    static func labelMatches(_ label: [Unicode.Scalar], in characters: [Unicode.Scalar], at index: Int) -> Bool {
        labelMatches(label, in: characters, at: index, before: characters.count)
    }

    /// Whether `label` and a colon stand at `index`, before `end`.
    static func labelMatches(_ label: [Unicode.Scalar], in characters: [Unicode.Scalar], at index: Int, before end: Int) -> Bool {
        guard index + label.count < end,
              characters[index] == label[0], characters[index..<(index + label.count)].elementsEqual(label) else {
            return false
        }
        return CharacterSets.colons.contains(characters[index + label.count])
    }

    /// The characters a label can start with.
    static let labelInitials = ScalarSet(String(scalars: labels.compactMap(\.first)))

    /// Splits a block into its labelled lists.
    static func labelled(_ block: [Unicode.Scalar]) -> (lead: [String], responsible: [String])? {
        var found: [(isLead: Bool, labelStart: Int, contentStart: Int)] = []
        var index = 0
        while index < block.count {
            guard labelInitials.contains(block[index]) else {
                index += 1
                continue
            }
            if let label = leadLabels.first(where: { labelMatches($0, in: block, at: index) }) {
                found.append((true, index, index + label.count + 1))
                index += label.count + 1
            } else if let label = responsibleLabels.first(where: { labelMatches($0, in: block, at: index) }) {
                found.append((false, index, index + label.count + 1))
                index += label.count + 1
            } else {
                index += 1
            }
        }
        guard !found.isEmpty else { return nil }
        var lead: [String] = [], responsible: [String] = []
        for (position, entry) in found.enumerated() {
            let end = position + 1 < found.count ? found[position + 1].labelStart : block.count
            let names = names(in: Array(block[entry.contentStart..<max(entry.contentStart, end)]))
            if entry.isLead { lead.append(contentsOf: names) } else { responsible.append(contentsOf: names) }
        }
        return (unique(lead), unique(responsible))
    }

    /// Words that end an unlabelled owner block, longest first: `（县疾控中心负责）`,
    /// `（各单位按职责分工负责）`, `（县卫健局等部门负责）`.
    static let ownerEndings = ["按职责分工负责", "按照职责分工负责", "分工负责", "等部门负责", "等单位负责", "负责"].map(\.scalars)
    /// Words that mark lead and supporting units inside an unlabelled block: `（A牵头，B、C配合）`.
    static let leadWord = "牵头".scalars, supportWords = ["配合", "参与", "协同"].map(\.scalars)

    /// An owner block without labels: names followed by 负责, or by 牵头 and 配合.
    /// Returns nil for a bracket that is not one (an aside, a definition).
    static func unlabelled(_ block: [Unicode.Scalar]) -> (lead: [String], responsible: [String])? {
        guard block.count <= 80, !block.contains(where: { CharacterSets.fullStops.contains($0) }) else { return nil }
        var lead: [String] = [], responsible: [String] = []
        for clause in block.split(whereSeparator: { $0 == "，" || $0 == "；" || $0 == "," || $0 == ";" }).map(Array.init) {
            if let ending = ownerEndings.first(where: { clause.count > $0.count && clause.suffix($0.count).elementsEqual($0) }) {
                lead += names(in: Array(clause.dropLast(ending.count)))
            } else if clause.count > leadWord.count, clause.suffix(leadWord.count).elementsEqual(leadWord) {
                lead += names(in: Array(clause.dropLast(leadWord.count)))
            } else if let word = supportWords.first(where: { clause.count > $0.count && clause.suffix($0.count).elementsEqual($0) }) {
                responsible += names(in: Array(clause.dropLast(word.count)))
            } else {
                return nil
            }
        }
        return lead.isEmpty ? nil : (unique(lead), unique(responsible))
    }

    /// Names separated by `、`, `，`, `；` or `/` outside brackets, without blanks.
    static func names(in characters: [Unicode.Scalar]) -> [String] {
        var names: [String] = [], current: [Unicode.Scalar] = [], brackets = BracketDepth.parentheses
        for character in characters {
            if brackets.isTopLevel(character), CharacterSets.nameSeparators.contains(character) {
                if !current.isEmpty { names.append(String(scalars: current)) }
                current.removeAll(keepingCapacity: true)
            } else if !character.isBlank {
                current.append(character)
            }
        }
        if !current.isEmpty { names.append(String(scalars: current)) }
        return names
    }

    /// One copy of each list of departments a plan names. A plan names the same few lists
    /// for most of its items, and a long plan held a copy of each for every item.
    struct SharedLists {
        /// The lists seen, by a hash of their bytes.
        private var kept: [UInt64: [[String]]] = [:]

        /// `list`, sharing the storage of an equal list seen before.
        mutating func shared(_ list: [String]) -> [String] {
            guard !list.isEmpty else { return list }
            // The names' bytes, each name ended by a byte no UTF-8 text holds.
            var hash = FNV1a()
            for name in list {
                hash.add(name)
                hash.add(0xFF)
            }
            let same = { (kept: [String]) in kept.count == list.count && zip(kept, list).allSatisfy { $0.hasSameBytes(as: $1) } }
            if let found = kept[hash.value]?.first(where: same) { return found }
            kept[hash.value, default: []].append(list)
            return list
        }
    }

    /// The names in first-seen order without repeats; a linear scan, since a task names few.
    static func unique(_ names: [String]) -> [String] {
        var kept: [String] = []
        for name in names where !kept.contains(where: { $0.hasSameBytes(as: name) }) { kept.append(name) }
        return kept
    }
}
