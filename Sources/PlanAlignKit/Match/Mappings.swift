import Foundation

/// The planner-editable knowledge under `mappings/`: the lexicon and the indicator aliases.
public struct Mappings: Sendable {
    /// The domain lexicon.
    public var lexicon: Lexicon
    /// The indicator aliases.
    public var indicators: IndicatorAliases
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

    /// Reads the mappings in `directory`; a file that is absent leaves its part empty.
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
        var mappings = Mappings.empty
        mappings.directory = directory
        if let node = try JSONDocument.read(path: directory + "/" + lexiconFile) {
            mappings.lexicon = try Lexicon.read(node, path: directory + "/" + lexiconFile)
        }
        if let node = try JSONDocument.read(path: directory + "/" + indicatorsFile) {
            mappings.indicators = try IndicatorAliases.read(node, path: directory + "/" + indicatorsFile)
        }
        return mappings
    }
}
