/// The rules that decide when two indicators measure the same thing, read from
/// `mappings/indicators.json`.
public struct IndicatorAliases: Sendable, Hashable {
    /// One rewrite: a variant wording, its canonical wording, and a note where the two may differ.
    public struct Alias: Sendable, Hashable {
        public var variant: String
        public var canonical: String
        public var note: String?
    }

    /// Rewrites, longest variant first.
    public private(set) var aliases: [Alias]
    /// Generic words removed before comparing (`水平`, `指标`).
    public private(set) var generic: [String]
    /// Each alias's variant as UTF-8 bytes, in the order of `aliases`, for searching.
    let variantBytes: [[UInt8]]
    /// Each generic word's scalars, in the order of `generic`.
    let genericScalars: [[Unicode.Scalar]]

    /// Rules from aliases and generic words.
    public init(aliases: [Alias] = [], generic: [String] = []) {
        self.aliases = aliases.sorted { $0.variant.count != $1.variant.count ? $0.variant.count > $1.variant.count : $0.variant < $1.variant }
        self.generic = generic.sorted { $0.count > $1.count }
        variantBytes = self.aliases.map { Array($0.variant.utf8) }
        genericScalars = self.generic.map(\.scalars)
    }

    /// Reads `indicators.json`.
    ///
    /// - Throws: `InputError.malformed` naming the line and column of what is wrong.
    public static func read(_ node: JSONNode, path: String) throws -> IndicatorAliases {
        guard node.members != nil else { throw JSONDocument.mismatch(node, path: path, expected: "an object of indicator aliases") }
        try JSONDocument.checkKeys(of: node, allowed: ["about", "aliases", "generic"], path: path)
        var aliases: [Alias] = []
        for entry in node["aliases"]?.array ?? [] {
            try JSONDocument.checkKeys(of: entry, allowed: ["canonical", "variants", "note"], path: path)
            guard let canonical = entry["canonical"]?.string else {
                throw JSONDocument.mismatch(entry["canonical"] ?? entry, path: path, expected: "\"canonical\": a string")
            }
            guard let variants = entry["variants"]?.array else {
                throw JSONDocument.mismatch(entry["variants"] ?? entry, path: path, expected: "\"variants\": an array of strings")
            }
            for variant in variants {
                guard let text = variant.string else {
                    throw JSONDocument.mismatch(variant, path: path, expected: "a variant as a string")
                }
                aliases.append(Alias(variant: text, canonical: canonical, note: entry["note"]?.string))
            }
        }
        if let list = node["aliases"], list.array == nil {
            throw JSONDocument.mismatch(list, path: path, expected: "\"aliases\": an array")
        }
        let generic = (node["generic"]?.array ?? []).compactMap(\.string)
        return IndicatorAliases(aliases: aliases, generic: generic)
    }
}
