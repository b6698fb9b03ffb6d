/// Evidence of substance: what a link must show, beyond words in common, to count as
/// coverage (see `SubstanceRule`).
extension VectorSpace {
    /// The kinds of substance the pair shows, in a fixed order.
    ///
    /// - Complexity: O(h + c) in the headings' and the priority's concepts.
    func substance(priority: Int, task: Int, bestPair: Double, sharesIndicator: Bool) -> [Substance] {
        var found: [Substance] = []
        if bestPair >= parameters.substance.sentenceScore { found.append(.sentence) }
        if sharesIndicator { found.append(.indicator) }
        if namesRarestHeadingConcept(priority: priority, task: task) { found.append(.heading) }
        if headingNamesSpecificConcept(priority: priority, task: task) { found.append(.headingTerm) }
        return found
    }

    /// Whether the task's heading names the rarest concept the priority's heading names (or
    /// one inside its field): 中医药 for 推动中医药综合改革, not the broader 医改 its 综合改革 implies.
    func namesRarestHeadingConcept(priority: Int, task: Int) -> Bool {
        let concepts = municipalHeadings[priority]
        guard let rarest = concepts.map({ frequency[Int($0)] }).min() else { return false }
        let shared = headingConcepts(priority: priority, task: task)
        return shared.contains { frequency[Int($0)] == rarest }
    }

    /// Whether the task's heading names a specific concept (named by few items) that the
    /// priority's text names: 加强思想政治建设 for a priority on 思想政治.
    func headingNamesSpecificConcept(priority: Int, task: Int) -> Bool {
        let named = municipalConcepts[priority]
        return districtHeadingTerms[task].contains { id in
            frequency[Int(id)] <= parameters.coverage.specificConceptItems && named.contains(id)
        }
    }
}
