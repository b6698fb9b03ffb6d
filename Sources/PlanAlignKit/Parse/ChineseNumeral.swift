/// Reads numbers written in Chinese numerals: `十二`, `二百`, `一百零五`, `两千`, `二点五亿`.
public enum ChineseNumeral {
    /// Whether `character` can be part of a Chinese numeral: `零〇一二两三四五六七八九十百千万亿点`.
    ///
    /// A switch, not a set held in a static: the target scan asks this of nearly every
    /// scalar of a plan, and a lazy static is checked for its first use at each call.
    @inline(__always)
    public static func isNumeralCharacter(_ character: Unicode.Scalar) -> Bool {
        // Two bit masks, of the members' lowest six bits and of their next six, turn away
        // nearly every other scalar before the switch is reached. A character added to the
        // switch sets bit `value & 63` of the first and bit `value >> 6 & 63` of the second;
        // `numeralCharactersAreExactlyTheListedOnes` fails for one the masks turn away.
        let value = UInt64(character.value)
        guard value >= 0x3007, (0xC240_2810_2810_128B as UInt64) >> (value & 63) & 1 != 0,
              (0x0700_0000_0A00_2025 as UInt64) >> (value >> 6 & 63) & 1 != 0 else { return false }
        switch character {
        case "零", "〇", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万", "亿", "点": return true
        default: return false
        }
    }

    /// The digit a scalar writes, found by a switch: the scan asks for every numeral it meets.
    @inline(__always)
    static func digit(_ character: Unicode.Scalar) -> Int? {
        switch character {
        case "零", "〇": 0
        case "一": 1
        case "二", "两": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        default: nil
        }
    }

    @inline(__always)
    static func smallUnit(_ character: Unicode.Scalar) -> Int? {
        switch character {
        case "十": 10
        case "百": 100
        case "千": 1000
        default: nil
        }
    }

    @inline(__always)
    static func largeUnit(_ character: Unicode.Scalar) -> Double? {
        switch character {
        case "万": 10_000
        case "亿": 100_000_000
        default: nil
        }
    }

    /// The value of a whole Chinese numeral, or nil when `text` is not one.
    ///
    /// - Complexity: O(n) in the length of the numeral.
    public static func value(of text: some StringProtocol) -> Double? {
        let characters = Array(text.unicodeScalars)
        return value(of: characters[...])
    }

    /// The value of a whole Chinese numeral written in `characters`, read in place: the
    /// target scan reads every run of numeral characters (一 of 进一步 too) this way,
    /// without a string or an array for it.
    static func value(of characters: ArraySlice<Unicode.Scalar>) -> Double? {
        guard !characters.isEmpty, characters.allSatisfy(isNumeralCharacter),
              characters.contains(where: { digit($0) != nil || smallUnit($0) != nil }) else { return nil }
        if let point = characters.firstIndex(of: "点") {
            let whole = characters[..<point]
            var fraction = 0.0, scale = 0.1, index = point + 1
            while index < characters.endIndex, let digit = digit(characters[index]) {
                fraction += Double(digit) * scale
                scale /= 10
                index += 1
            }
            guard index > point + 1 else { return nil }
            let multiplier = characters[index...].reduce(1.0) { $0 * (largeUnit($1) ?? .nan) }
            guard !multiplier.isNaN, let integer = whole.isEmpty ? 0 : integerValue(whole) else { return nil }
            return (Double(integer) + fraction) * multiplier
        }
        return integerValue(characters).map(Double.init)
    }

    /// Integer numerals with positional units: 一百零五 is 105, 十二 is 12, 三万 is 30000.
    static func integerValue(_ characters: ArraySlice<Unicode.Scalar>) -> Int? {
        guard characters.count <= 16 else { return nil }
        var total = 0, section = 0, pending = 0
        var sawDigit = false
        for character in characters {
            if let digit = digit(character) {
                pending = digit
                sawDigit = true
            } else if let unit = smallUnit(character) {
                section += (pending == 0 && !sawDigit ? 1 : pending) * unit
                pending = 0
                sawDigit = false
            } else if let unit = largeUnit(character) {
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
