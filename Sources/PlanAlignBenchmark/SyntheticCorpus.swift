import Foundation
import PlanAlignKit

/// District plans made by recombining and perturbing the tasks of one real district plan:
/// shuffled tasks, changed target values, dropped tasks and reworded titles.
struct SyntheticCorpus {
    let sections: [(title: String, tasks: [PlanItem])]

    init(seed: PlanDocument) {
        sections = seed.sections.map { ($0.title, $0.items) }
    }

    static let rewordings: [(String, String)] = [("加强", "强化"), ("提升", "提高"), ("推进", "推动"), ("完善", "健全"), ("深化", "深入推进")]
    static let numerals: [String] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    /// The text of plan number `index`.
    func plan(_ index: Int) -> PlanSource {
        var random = SplitMix(state: UInt64(index) &* 0x2545_F491_4F6C_DD1D &+ 1)
        var lines = ["2026年第\(index)区卫生健康工作要点", ""]
        var number = 0
        for (position, section) in sections.enumerated() {
            lines.append("\(SyntheticCorpus.numerals[position % 10])、\(section.title)")
            for task in section.tasks.shuffled(using: &random) where Int.random(in: 0..<10, using: &random) != 0 {
                number += 1
                var title = task.title
                if let (from, to) = SyntheticCorpus.rewordings.randomElement(using: &random) { title = title.replacingFirst(from, with: to) }
                let measures = task.measures.map { SyntheticCorpus.perturbNumbers($0.text, using: &random) }.joined(separator: "。")
                let lead = task.lead.isEmpty ? "" : "（牵头科室：\(task.lead.joined(separator: "、"))；责任单位：\(task.responsible.joined(separator: "、"))）"
                lines.append("\(number).\(title)。\(measures)。\(lead)")
            }
        }
        return PlanSource(path: "district-\(index).txt", text: lines.joined(separator: "\n"))
    }

    /// Moves each Arabic number by up to ±20%, keeping its written precision.
    static func perturbNumbers(_ text: String, using random: inout SplitMix) -> String {
        var output = "", digits = ""
        func flush() {
            guard !digits.isEmpty else { return }
            if let value = Double(digits), !digits.hasPrefix("20") || digits.count != 4 {
                let moved = value * Double.random(in: 0.8...1.2, using: &random)
                output += digits.contains(".") ? String((moved * 10).rounded() / 10) : String(Int(moved.rounded()))
            } else {
                output += digits
            }
            digits = ""
        }
        for character in text {
            if character.isNumber && character.isASCII || (character == "." && !digits.isEmpty) { digits.append(character) } else {
                flush()
                output.append(character)
            }
        }
        flush()
        return output
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        var copy = self
        copy.replaceSubrange(range, with: replacement)
        return copy
    }
}
