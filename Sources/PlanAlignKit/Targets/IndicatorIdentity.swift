/// Decides when a municipal target and a district target measure the same thing.
///
/// The rule is general: units must agree (counts of any kind agree with each other),
/// then the indicators' character bigrams must overlap once aliases are applied and
/// generic words removed. Aliases whose wording may change the definition add a note.
public struct IndicatorIdentity: Sendable {
    let aliases: IndicatorAliases

    public init(aliases: IndicatorAliases) { self.aliases = aliases }

    /// An indicator in canonical wording, with the notes of the aliases applied and its
    /// character bigrams sorted for fast comparison.
    public struct Normalized: Sendable, Hashable {
        public var text: String
        public var notes: [String]
        var bigrams: [UInt64]
        /// The number of scalars in `text`.
        var length: Int
        /// One bit for each of `bigrams`, by a hash of it: two indicators whose signatures
        /// share no bit share no bigram.
        var signature: UInt64 = 0

        init(text: String, notes: [String], bigrams: [UInt64], length: Int) {
            self.text = text
            self.notes = notes
            self.bigrams = bigrams
            self.length = length
            signature = bigrams.reduce(0) { $0 | 1 << (($1 &* 0x9E37_79B9_7F4A_7C15) >> 58) }
        }
    }

    /// The indicator in canonical wording, with the notes of the aliases applied.
    public func normalized(_ indicator: String) -> Normalized {
        var scalars = indicator.scalars
        let count = scalars.count
        scalars.removeAll { CharacterSets.bracketsAndQuotes.contains($0) }
        // Most indicators hold no bracket or quote: they keep the indicator's own storage.
        var text = scalars.count == count ? indicator : String(scalars: scalars)
        var notes: [String] = []
        // Most indicators hold no alias: their bytes are searched once for every variant,
        // and only a hit goes on to the string work.
        var bytes = Array(text.utf8)
        for (index, variant) in aliases.variantBytes.enumerated() where String.firstOffset(of: variant, in: bytes, from: 0) != nil {
            let alias = aliases.aliases[index]
            guard !(alias.canonical.includes(alias.variant) && text.includes(alias.canonical)) else { continue }
            text = text.replacingAll(alias.variant, with: alias.canonical)
            bytes = Array(text.utf8)
            scalars = text.scalars
            if let note = alias.note { notes.append(note) }
        }
        // Generic words come off the end, longest first, read on the scalars.
        var trimmed = false
        for word in aliases.genericScalars where scalars.count > word.count + 1 && scalars.suffix(word.count).elementsEqual(word) {
            scalars.removeLast(word.count)
            trimmed = true
        }
        if trimmed { text = String(scalars: scalars) }
        var bigrams = IndicatorIdentity.bigrams(scalars)
        bigrams.sortPacked()
        return Normalized(text: text, notes: notes, bigrams: bigrams, length: scalars.count)
    }


    /// Whether two units can measure the same indicator.
    public static func unitsAgree(_ a: String, _ b: String) -> Bool {
        if a.hasSameBytes(as: b) { return true }
        return isCount(a) && isCount(b)
    }

    /// An integer for `unit` that two units agreeing share: 0 for every count unit, otherwise
    /// a hash of its bytes, never 0. Units of different bytes may share a code, rarely: a
    /// code says where to look, and `unitsAgree(_:_:)` decides.
    static func unitCode(_ unit: String) -> UInt64 {
        if isCount(unit) { return 0 }
        var hash = FNV1a()
        hash.add(unit)
        return hash.value | 1
    }

    /// The units that count things; any two of them agree.
    static let countUnits = ScalarSet("个家所项名人张台件例支套间座")

    /// Whether `unit` is one count unit, checked without hashing the string.
    static func isCount(_ unit: String) -> Bool {
        var scalars = unit.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return false }
        return countUnits.contains(first)
    }

    /// How closely two indicators match, from 0 to 1; 0 when their units disagree.
    ///
    /// - Complexity: O(a + b) in the indicators' lengths.
    public func similarity(_ a: Target, _ b: Target, thresholds: IndicatorThresholds = .standard) -> (score: Double, notes: [String]) {
        guard IndicatorIdentity.unitsAgree(a.unit, b.unit) else { return (0, []) }
        return IndicatorIdentity.similarity(normalized(a.indicator), normalized(b.indicator), thresholds: thresholds)
    }

    /// How closely two normalised indicators match: the Dice coefficient of their bigrams,
    /// raised to 0.75 when one wording holds the other whole.
    static func similarity(_ left: Normalized, _ right: Normalized, thresholds: IndicatorThresholds) -> (score: Double, notes: [String]) {
        (score(left, right, thresholds: thresholds), left.notes.isEmpty && right.notes.isEmpty ? [] : left.notes + right.notes)
    }

    /// The score of `similarity(_:_:)` alone.
    static func score(_ left: Normalized, _ right: Normalized, thresholds: IndicatorThresholds) -> Double {
        // No bigram in common, no score: a district's targets are mostly held against
        // indicators they share nothing with, and the signatures say so in one step.
        if left.signature & right.signature == 0, !left.bigrams.isEmpty, !right.bigrams.isEmpty { return 0 }
        let shared = sharedBigrams(left.bigrams, right.bigrams)
        var score = left.bigrams.isEmpty || right.bigrams.isEmpty ? 0 : Double(2 * shared) / Double(left.bigrams.count + right.bigrams.count)
        // Equal wordings share all their bigrams; bytes compare far faster than `==`'s Unicode rules.
        if shared == left.bigrams.count, shared == right.bigrams.count, !left.text.isEmpty,
           left.text.hasSameBytes(as: right.text) { score = 1 }
        let (shorter, longer) = left.length <= right.length ? (left, right) : (right, left)
        // A wording held whole in another shares all its bigrams with it; only then search.
        if score < thresholds.heldWhole, shorter.length >= thresholds.heldWholeLength, shared == shorter.bigrams.count,
           longer.text.includes(shorter.text) { score = thresholds.heldWhole }
        return score
    }

    /// The size of the intersection of two sorted multisets of bigrams.
    static func sharedBigrams(_ left: [UInt64], _ right: [UInt64]) -> Int {
        var shared = 0
        SortedMerge.forEachMatch(left, right) { _, _ in
            shared += 1
            return true
        }
        return shared
    }

    /// The character bigrams of a text, packed as integers; a one-character text is its own bigram.
    static func bigrams(_ scalars: [Unicode.Scalar]) -> [UInt64] {
        guard scalars.count >= 2 else { return scalars.map { UInt64($0.value) } }
        return Bigram.all(of: scalars).map(\.key)
    }
}

/// Each item's targets, in item order, with their normalized indicators: worked out once
/// per plan and read by matching and by target comparison.
///
/// The targets are read from the plan's items when they are asked for, not held: a long
/// plan's targets were held twice, once beside each normalized indicator.
public struct NormalizedTargets: Sendable {
    /// The plan's items, whose targets these are.
    private let items: [PlanItem]
    /// Per item, its targets' normalized indicators, in the order of its targets.
    private let normalized: [[IndicatorIdentity.Normalized]]

    /// The targets of `plan`, normalized with `aliases`.
    public init(_ plan: PlanDocument, aliases: IndicatorAliases) {
        let identity = IndicatorIdentity(aliases: aliases)
        items = plan.items
        normalized = items.map { item in item.targetsInPlace.map { identity.normalized($0.indicator) } }
    }

    /// The number of items.
    var itemCount: Int { items.count }

    /// The number of item `item`'s targets.
    func count(ofItem item: Int) -> Int { normalized[item].count }

    /// Item `item`'s targets with their normalized indicators.
    func item(_ item: Int) -> some Sequence<(Target, IndicatorIdentity.Normalized)> {
        zip(items[item].targetsInPlace, normalized[item])
    }

    /// The `index`th target of item `item`.
    func target(_ item: Int, _ index: Int) -> Target { items[item].targets[index] }

    /// The normalized indicator of the `index`th target of item `item`.
    func normalized(_ item: Int, _ index: Int) -> IndicatorIdentity.Normalized { normalized[item][index] }
}
