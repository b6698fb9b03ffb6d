/// Turns a web page into the text a reader sees: scripts, styles and navigation dropped,
/// entities decoded, block boundaries kept as line breaks.
public enum HTMLText {
    /// Elements whose content is never plan text.
    static let skipped: Set<String> = ["script", "style", "nav", "header", "footer", "noscript", "template", "head", "iframe", "svg", "button", "form"]
    /// Elements that start or end a block: each boundary is a line break.
    static let blocks: Set<String> = ["p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
                                      "article", "blockquote", "pre", "hr", "title", "dd", "dt", "dl", "figure", "figcaption", "main", "body"]
    /// Named entities that plans use.
    static let entities: [String: String] = [
        "nbsp": "\u{00A0}", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "ldquo": "“", "rdquo": "”", "lsquo": "‘",
        "rsquo": "’", "mdash": "—", "ndash": "–", "hellip": "…", "middot": "·", "times": "×", "permil": "‰", "emsp": "\u{2003}", "ensp": "\u{2002}",
    ]

    /// Whether a text looks like HTML.
    static func looksLikeHTML(_ text: String) -> Bool {
        let head = Array(text.unicodeScalars.prefix(2048))
        return ["<html", "<!doctype html", "<body"].contains { find($0, in: head, from: 0) != nil }
    }

    /// The visible text of `html`, one line per block.
    ///
    /// - Complexity: O(n) in the length of the page.
    public static func text(from html: String) -> String {
        let scalars = html.scalars
        var output = String.UnicodeScalarView()
        var line: [Unicode.Scalar] = []
        var index = 0
        // Inside <pre> the page's own line breaks are its lines (LibreOffice exports a plan so).
        var preformatted = 0
        func endLine() {
            let trimmed = TextCleaner.trimBlanks(line)
            if !trimmed.isEmpty {
                output.append(contentsOf: trimmed)
                output.append("\n")
            }
            line.removeAll(keepingCapacity: true)
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<" {
                guard let close = firstIndex(of: ">", in: scalars, from: index + 1) else { break }
                let tag = tagName(scalars[(index + 1)..<close])
                if tag.name == "!--" {
                    index = (find("-->", in: scalars, from: index + 4) ?? scalars.count - 3) + 3
                    continue
                }
                if !tag.closing, skipped.contains(tag.name) {
                    index = (find("</\(tag.name)", in: scalars, from: close + 1).flatMap { firstIndex(of: ">", in: scalars, from: $0) } ?? scalars.count - 1) + 1
                    continue
                }
                if tag.name == "pre" { preformatted = max(0, preformatted + (tag.closing ? -1 : 1)) }
                if blocks.contains(tag.name) { endLine() } else if tag.name == "td" || tag.name == "th" {
                    // Cells of a table row are kept apart by a tab, as the cleaner reads rows.
                    if tag.closing { line.append("\t") } else if line.last != "\t" && !line.isEmpty { line.append("\t") }
                }
                index = close + 1
            } else if scalar == "&", let (decoded, next) = entity(in: scalars, at: index) {
                line.append(contentsOf: decoded.unicodeScalars)
                index = next
            } else if preformatted > 0 && (scalar == "\n" || scalar == "\r") {
                endLine()
                index += 1
                continue
            } else {
                if scalar.isBlank && scalar != "\u{00A0}" {
                    if line.last != " " { line.append(" ") }
                } else {
                    line.append(scalar)
                }
                index += 1
            }
        }
        endLine()
        return String(output)
    }

    static func tagName(_ inside: ArraySlice<Unicode.Scalar>) -> (name: String, closing: Bool) {
        var body = inside.drop { $0 == " " }
        let closing = body.first == "/"
        if closing { body = body.dropFirst() }
        if body.starts(with: "!--".unicodeScalars) { return ("!--", false) }
        let name = body.prefix { !$0.isBlank && $0 != "/" && $0 != ">" }
        return (String(scalars: name).lowercased(), closing)
    }

    static func firstIndex(of scalar: Unicode.Scalar, in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        while index < scalars.count {
            if scalars[index] == scalar { return index }
            index += 1
        }
        return nil
    }

    /// The index where `text` starts, matching ASCII letters case-insensitively.
    static func find(_ text: String, in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        let needle = text.lowercased().scalars
        guard let first = needle.first else { return nil }
        var index = start
        while index + needle.count <= scalars.count {
            if lower(scalars[index]) == first,
               zip(scalars[index..<(index + needle.count)], needle).allSatisfy({ lower($0) == $1 }) { return index }
            index += 1
        }
        return nil
    }

    static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(scalar.value + 0x20) ?? scalar : scalar
    }

    /// The entity at `index` (`&amp;`, `&#8220;`, `&#x201C;`) and the index after it.
    static func entity(in scalars: [Unicode.Scalar], at index: Int) -> (String, Int)? {
        guard let end = firstIndex(of: ";", in: scalars, from: index + 1), end - index <= 10 else { return nil }
        let body = String(scalars: scalars[(index + 1)..<end])
        if body.hasPrefix("#x") || body.hasPrefix("#X"), let value = UInt32(body.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(value) {
            return (String(scalar), end + 1)
        }
        if body.hasPrefix("#"), let value = UInt32(body.dropFirst()), let scalar = Unicode.Scalar(value) {
            return (String(scalar), end + 1)
        }
        return entities[body].map { ($0, end + 1) }
    }
}
