/// Decides when a municipal target and a district target measure the same thing.
///
/// The rule is general: units must agree (counts of any kind agree with each other),
/// then the indicators' character bigrams must overlap once aliases are applied and
/// generic words removed. Aliases whose wording may change the definition add a note.
public struct IndicatorIdentity: Sendable {
    /// The overlap at or above which two intensive indicators are the same.
    public static let sameThreshold = 0.6
    /// The overlap at or above which a district count is related to a municipal count.
    public static let relatedThreshold = 0.45

    let aliases: IndicatorAliases

    public init(aliases: IndicatorAliases) { self.aliases = aliases }

    /// The indicator in canonical wording, with the notes of the aliases applied.
    public func normalized(_ indicator: String) -> (text: String, notes: [String]) {
        var text = indicator.filter { !CharacterSets.bracketsAndQuotes.contains($0) }
        var notes: [String] = []
        for alias in aliases.aliases where text.includes(alias.variant)
            && !(alias.canonical.includes(alias.variant) && text.includes(alias.canonical)) {
            text = text.replacingAll(alias.variant, with: alias.canonical)
            if let note = alias.note { notes.append(note) }
        }
        for word in aliases.generic where text.count > word.count + 1 && text.hasSuffix(word) {
            text = String(text.dropLast(word.count))
        }
        return (text, notes)
    }

    /// Whether two units can measure the same indicator.
    public static func unitsAgree(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let counts: Set<String> = ["个", "家", "所", "项", "名", "人", "张", "台", "件", "例", "支", "套", "间", "座"]
        return counts.contains(a) && counts.contains(b)
    }

    /// How closely two indicators match, from 0 to 1; 0 when their units disagree.
    ///
    /// - Complexity: O(a + b) in the indicators' lengths.
    public func similarity(_ a: Target, _ b: Target) -> (score: Double, notes: [String]) {
        guard IndicatorIdentity.unitsAgree(a.unit, b.unit) else { return (0, []) }
        return IndicatorIdentity.similarity(normalized(a.indicator), normalized(b.indicator))
    }

    /// How closely two normalised indicators match, for callers that normalise each target once.
    static func similarity(_ left: (text: String, notes: [String]), _ right: (text: String, notes: [String])) -> (score: Double, notes: [String]) {
        var score = IndicatorIdentity.dice(left.text, right.text)
        let shorter = left.text.count <= right.text.count ? left.text : right.text
        let longer = left.text.count <= right.text.count ? right.text : left.text
        if shorter.count >= 3, longer.includes(shorter) { score = max(score, 0.75) }
        return (score, left.notes + right.notes)
    }

    /// The Dice coefficient of two texts' character bigrams.
    static func dice(_ a: String, _ b: String) -> Double {
        let left = bigrams(a), right = bigrams(b)
        guard !left.isEmpty, !right.isEmpty else { return a == b && !a.isEmpty ? 1 : 0 }
        var counts: [String: Int] = [:]
        for gram in left { counts[gram, default: 0] += 1 }
        var shared = 0
        for gram in right where counts[gram, default: 0] > 0 {
            counts[gram, default: 0] -= 1
            shared += 1
        }
        return Double(2 * shared) / Double(left.count + right.count)
    }

    static func bigrams(_ text: String) -> [String] {
        let characters = Array(text)
        guard characters.count >= 2 else { return characters.map(String.init) }
        return (0..<(characters.count - 1)).map { String(characters[$0...($0 + 1)]) }
    }
}
