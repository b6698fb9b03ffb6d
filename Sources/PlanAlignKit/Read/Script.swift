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
        result.original = source.text
        return result
    }

    /// Characters common in any plan that exist only in traditional writing (衛, 醫, 發 …).
    static let traditionalProbes = Set("衛醫療發區縣國會經體實設機構關們為與進開務點時這個對現專員產學樣應權劃結項難護藥診級".unicodeScalars)

    /// ICU's traditional-to-simplified transform, which Foundation offers on Linux too.
    static let transform = StringTransform("Hant-Hans")

    /// Whether a sample of the text changes under the transform in more than a few places:
    /// a simplified plan that quotes one traditional name is not converted.
    static func isTraditional(_ text: String) -> Bool {
        // A cheap probe first: without any of the commonest traditional-only characters the
        // text is simplified, and ICU (whose data costs time and memory to load) is not asked.
        var probes = 0
        for scalar in text.unicodeScalars.prefix(2000) where scalar.value >= 0x4E00 && traditionalProbes.contains(scalar) {
            probes += 1
            if probes >= 3 { break }
        }
        guard probes >= 3 else { return false }
        let sample = String(text.unicodeScalars.prefix(4000))
        guard let converted = sample.applyingTransform(transform, reverse: false) else { return false }
        let changed = zip(sample.unicodeScalars, converted.unicodeScalars).filter { $0 != $1 }.count
        return changed >= 5
    }
}
