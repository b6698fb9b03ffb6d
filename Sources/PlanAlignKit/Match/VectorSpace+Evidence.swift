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

    /// Pairs of a priority's measures and a task's sentences, best first.
    func measurePairs(priority: Int, task: Int) -> [MeasurePair] {
        var pairs: [MeasurePair] = []
        for municipal in municipalMeasures[priority] {
            for district in districtMeasures[task] {
                let score = municipal.vector.cosine(district.vector)
                if score > 0 { pairs.append(MeasurePair(municipal: municipal.text, district: district.text, score: Score.rounded(score))) }
            }
        }
        return pairs.sorted { $0.score != $1.score ? $0.score > $1.score : ($0.municipal, $0.district) < ($1.municipal, $1.district) }
    }

    /// The shared tokens that weighed most: concepts first, then bigrams that are not
    /// fragments of function words.
    func sharedTerms(priority: Int, task: Int, limit: Int) -> [String] {
        let municipalDirect = municipalCounts[priority].directConcepts(keys: keys)
        let districtDirect = districtCounts[task].directConcepts(keys: keys)
        let shared = municipalItems[priority].shared(with: districtItems[task])
            .filter { entry in
                switch keys[Int(entry.0)] {
                case .concept(let id): return municipalDirect.contains(id) || districtDirect.contains(id)
                case .bigram(let gram): return kinds[Int(entry.0)] == .bigram && !VectorSpace.isFunctionBigram(gram)
                case .word: return true
                }
            }
            .sorted { lhs, rhs in
                let left = VectorSpace.isConcept(keys[Int(lhs.0)]), right = VectorSpace.isConcept(keys[Int(rhs.0)])
                return left != right ? left : lhs.1 != rhs.1 ? lhs.1 > rhs.1 : lhs.0 < rhs.0
            }
        var terms: [String] = []
        for (id, _) in shared {
            let name = tokenizer.text(of: keys[Int(id)])
            if terms.contains(where: { $0.includes(name) || name.includes($0) }) { continue }
            terms.append(name)
            if terms.count == limit { break }
        }
        return terms
    }

    static func isConcept(_ key: TokenKey) -> Bool {
        if case .concept = key { return true }
        return false
    }

    /// Characters that make a bigram a fragment of grammar rather than a topic (`以下`, `和中`).
    static let functionCharacters: Set<UInt32> = Set("以的和及与等为了在对将从把被其之各所中下上".unicodeScalars.map(\.value))

    static func isFunctionBigram(_ gram: Bigram) -> Bool {
        functionCharacters.contains(gram.first) || functionCharacters.contains(gram.second)
    }
}
