import Foundation

/// The planner-editable knowledge under `mappings/`: the lexicon, the indicator aliases and
/// the words that frame a target.
public struct Mappings: Sendable {
    /// The domain lexicon.
    public var lexicon: Lexicon
    /// The indicator aliases.
    public var indicators: IndicatorAliases
    /// The words that frame a target: comparators, polarity, units, hedges and cues.
    public var targets: TargetVocabulary = .builtIn
    /// The directory the mappings were read from, if any.
    public var directory: String?

    /// Mappings with no domain knowledge: matching rests on bigrams and exact wording.
    public static let empty = Mappings(lexicon: Lexicon(), indicators: IndicatorAliases(), directory: nil)

    public init(lexicon: Lexicon, indicators: IndicatorAliases, directory: String?) {
        self.lexicon = lexicon
        self.indicators = indicators
        self.directory = directory
    }

    /// The file names read from a mappings directory.
    public static let lexiconFile = "lexicon.json"
    public static let indicatorsFile = "indicators.json"
    public static let targetsFile = TargetVocabulary.file

    /// The mappings built into the binary from the repository's `mappings/`: the default
    /// wherever the tool runs.
    public static let builtIn: Mappings = {
        do {
            let lexicon = try Lexicon.read(JSONDocument.parse(BuiltInMappings.lexicon, path: builtInPath(lexiconFile)),
                                           path: builtInPath(lexiconFile))
            let indicators = try IndicatorAliases.read(JSONDocument.parse(BuiltInMappings.indicators, path: builtInPath(indicatorsFile)),
                                                       path: builtInPath(indicatorsFile))
            return Mappings(lexicon: lexicon, indicators: indicators, directory: nil)
        } catch {
            // The build embeds files that `planalign validate` and the tests check; a bad one cannot ship.
            preconditionFailure("the built-in mappings do not parse: \(error)")
        }
    }()

    static func builtInPath(_ file: String) -> String { "(built-in) mappings/\(file)" }

    /// The files of `directory` that it lacks, for which the built-in part is used.
    public private(set) var fallbacks: [String] = []

    /// Reads the mappings in `directory` over the built-in ones: each file the directory
    /// holds replaces that part, and each it lacks keeps the built-in part, listed in `fallbacks`.
    ///
    /// - Throws: `InputError` when the directory is missing or a file is malformed.
    public static func load(directory: String) throws -> Mappings {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw InputError.fileNotFound(path: directory)
        }
        guard isDirectory.boolValue else {
            throw InputError.unreadable(path: directory, reason: "expected a mappings directory, found a file")
        }
        var mappings = Mappings.builtIn
        mappings.directory = directory
        /// The part `file` holds, read with `parse`, or nil (and a fallback) when the directory lacks it.
        func part<Part>(_ file: String, _ parse: (JSONNode, String) throws -> Part) throws -> Part? {
            guard let node = try JSONDocument.read(path: directory + "/" + file) else {
                mappings.fallbacks.append(file)
                return nil
            }
            return try parse(node, directory + "/" + file)
        }
        if let lexicon = try part(lexiconFile, Lexicon.read) { mappings.lexicon = lexicon }
        if let indicators = try part(indicatorsFile, IndicatorAliases.read) { mappings.indicators = indicators }
        if let targets = try part(targetsFile, TargetVocabulary.read) { mappings.targets = targets }
        return mappings
    }
}
