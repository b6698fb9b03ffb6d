/// Why two items are linked: the shared terms, heading concepts and measure pairs a link
/// shows as its evidence.
extension VectorSpace {
    /// The concepts that the priority's heading names and the task's heading names or falls
    /// under, as token ids: a task on 居民电子健康档案 carries 提升基本公卫服务质效. A task
    /// broader than its priority does not count, nor do two concepts that only share a field.
    func headingConcepts(priority: Int, task: Int) -> [Int32] {
        municipalHeadings[priority].sortedIntersection(districtHeadings[task])
    }

    /// Whether `headingConcepts(priority:task:)` is not empty, without building it.
    func sharesHeadingConcept(priority: Int, task: Int) -> Bool {
        municipalHeadings[priority].sharesSortedValue(with: districtHeadings[task])
    }

    /// Pairs of a priority's measures and a task's sentences, best first, each with the
    /// source line of the district sentence. The items are the priority's and the task's;
    /// `task` holds the task's counted rows, as a plan of one item.
    func measurePairs(priority: Int, task: CountedPlan, items: (municipal: PlanItem, district: PlanItem)) -> [MeasurePair] {
        var pairs: [MeasurePair] = []
        let texts = (VectorSpace.unitTexts(of: items.municipal), VectorSpace.unitTexts(of: items.district))
        let districtLines = VectorSpace.unitLines(of: items.district)
        let municipalRows = municipal.units(of: priority), districtVectors = task.units(of: 0).map(units(task).vector)
        for (municipalPosition, municipalRow) in municipalRows.enumerated() {
            for (position, districtVector) in districtVectors.enumerated() {
                let score = municipalUnits.cosine(municipalRow, districtVector, 0)
                if score > 0 {
                    pairs.append(MeasurePair(municipal: texts.0[municipalPosition], district: texts.1[position], score: Score.rounded(score),
                                             districtLine: position < districtLines.count ? districtLines[position] : 0))
                }
            }
        }
        return pairs.sorted { $0.score != $1.score ? $0.score > $1.score : ($0.municipal, $0.district) < ($1.municipal, $1.district) }
    }

    /// What the two texts share, in words a reader recognises: the lexicon concepts and
    /// quoted terms both name (a concept by its name, 家庭医生 for 家医), heaviest first,
    /// then the longest phrases both contain, never a generic word or a fragment.
    /// `task` holds the task's counted rows, as a plan of one item, and `taskVector` is its
    /// item vector, weighed once for every priority the task links to.
    ///
    /// - Complexity: O(n · m) in the lengths of the two texts, for the phrases.
    func sharedTerms(priority: Int, task: CountedPlan, taskVector: VectorRows, texts: (municipal: String, district: String), limit: Int) -> [String] {
        let both = municipal.directConcepts(ofItem: priority, keys: keys).intersection(task.directConcepts(ofItem: 0, keys: keys))
        let concepts = municipalItems.shared(priority, with: taskVector, 0)
            .filter { entry in if case .concept(let id) = keys[Int(entry.0)] { return both.contains(id) } else { return false } }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            .map { tokenizer.text(of: keys[Int($0.0)]) }
        var terms: [String] = []
        for name in concepts where !terms.contains(name) {
            terms.append(name)
            if terms.count == limit { return terms }
        }
        let phrases = SharedPhrases.longest(texts.municipal.scalars, texts.district.scalars, minimum: parameters.evidence.phraseLength)
        for phrase in phrases where !isGeneric(phrase) && !terms.contains(where: { $0.includes(phrase) || phrase.includes($0) }) {
            terms.append(phrase)
            if terms.count == limit { break }
        }
        return terms
    }

    /// Whether a phrase only says how (`进一步加强`): a generic word, or generic bigrams throughout.
    func isGeneric(_ phrase: String) -> Bool {
        if tokenizer.lexicon.generic.contains(phrase) { return true }
        return Bigram.all(of: phrase.scalars).allSatisfy { tokenizer.isGeneric($0.key) }
    }
}
