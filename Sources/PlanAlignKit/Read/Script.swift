import Foundation

/// Plans written in traditional characters (繁體) are read in simplified ones, so that they
/// parse, match the lexicon and match simplified plans exactly as a simplified plan does.
enum Script {
    /// `source` in simplified characters, marked when it was converted; unchanged when it is
    /// already simplified.
    ///
    /// - Complexity: O(n) in the length of the text, with one ICU transform of a sample
    ///   and, for a traditional text, one of the whole.
    static func simplified(_ source: PlanSource) -> PlanSource {
        guard isTraditional(source.text), let converted = source.text.applyingTransform(transform, reverse: false) else { return source }
        var result = PlanSource(path: source.path, text: converted)
        result.convertedFromTraditional = true
        return result
    }

    /// ICU's traditional-to-simplified transform, which Foundation offers on Linux too.
    static let transform = StringTransform("Hant-Hans")

    /// Whether a sample of the text changes under the transform in more than a few places:
    /// a simplified plan that quotes one traditional name is not converted.
    static func isTraditional(_ text: String) -> Bool {
        let sample = String(text.unicodeScalars.prefix(4000))
        guard let converted = sample.applyingTransform(transform, reverse: false) else { return false }
        let changed = zip(sample.unicodeScalars, converted.unicodeScalars).filter { $0 != $1 }.count
        return changed >= 5
    }
}
