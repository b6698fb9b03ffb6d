/// Reads numbers written in Chinese numerals: `十二`, `二百`, `一百零五`, `两千`, `二点五亿`.
public enum ChineseNumeral {
    static let digits: [Unicode.Scalar: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    static let smallUnits: [Unicode.Scalar: Int] = ["十": 10, "百": 100, "千": 1000]
    static let largeUnits: [Unicode.Scalar: Double] = ["万": 10_000, "亿": 100_000_000]

    /// Every scalar that can be part of a Chinese numeral, for a check without hashing.
    static let numeralCharacters = ScalarSet("零〇一二两三四五六七八九十百千万亿点")

    /// Whether `character` can be part of a Chinese numeral.
    public static func isNumeralCharacter(_ character: Unicode.Scalar) -> Bool {
        character.value >= 0x3007 && numeralCharacters.contains(character)
    }

    /// The value of a whole Chinese numeral, or nil when `text` is not one.
    ///
    /// - Complexity: O(n) in the length of the numeral.
    public static func value(of text: some StringProtocol) -> Double? {
        let characters = Array(text.unicodeScalars)
        guard !characters.isEmpty, characters.allSatisfy(isNumeralCharacter),
              characters.contains(where: { digits[$0] != nil || smallUnits[$0] != nil }) else { return nil }
        if let point = characters.firstIndex(of: "点") {
            let whole = Array(characters[..<point])
            var fraction = 0.0, scale = 0.1, index = point + 1
            while index < characters.count, let digit = digits[characters[index]] {
                fraction += Double(digit) * scale
                scale /= 10
                index += 1
            }
            guard index > point + 1 else { return nil }
            let multiplier = characters[index...].reduce(1.0) { $0 * (largeUnits[$1] ?? .nan) }
            guard !multiplier.isNaN, let integer = whole.isEmpty ? 0 : integerValue(whole) else { return nil }
            return (Double(integer) + fraction) * multiplier
        }
        return integerValue(characters).map(Double.init)
    }

    /// Integer numerals with positional units: 一百零五 is 105, 十二 is 12, 三万 is 30000.
    static func integerValue(_ characters: [Unicode.Scalar]) -> Int? {
        guard characters.count <= 16 else { return nil }
        var total = 0, section = 0, pending = 0
        var sawDigit = false
        for character in characters {
            if let digit = digits[character] {
                pending = digit
                sawDigit = true
            } else if let unit = smallUnits[character] {
                section += (pending == 0 && !sawDigit ? 1 : pending) * unit
                pending = 0
                sawDigit = false
            } else if let unit = largeUnits[character] {
                section += pending
                if unit == 100_000_000 {
                    let (product, overflow) = (total + section).multipliedReportingOverflow(by: 100_000_000)
                    if overflow || product > 1_000_000_000_000_000 { return nil }
                    total = product
                } else {
                    total += section * 10_000
                }
                section = 0
                pending = 0
                sawDigit = false
            } else {
                return nil
            }
        }
        return total + section + pending
    }
}

extension ChineseNumeral {
    /// `number` in Chinese numerals as outlines write them: 三, 十二, 二十, 一百零五.
    static func written(_ number: Int) -> String {
        let units = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard number > 0, number < 1000 else { return String(number) }
        let hundreds = number / 100, tens = number / 10 % 10, ones = number % 10
        var text = hundreds > 0 ? units[hundreds] + "百" : ""
        if tens > 0 { text += (hundreds == 0 && tens == 1 ? "" : units[tens]) + "十" } else if hundreds > 0 && ones > 0 { text += "零" }
        return text + units[ones]
    }
}
