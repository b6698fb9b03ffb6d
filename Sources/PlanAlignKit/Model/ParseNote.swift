/// Something suspicious but usable the reader found in a plan, such as a numbering slip:
/// the plan is read on, and the note tells the planner where to look.
public struct ParseNote: Sendable, Hashable {
    /// What kind of thing was found.
    public enum Kind: String, Sendable, Hashable {
        /// A number that does not continue its sequence (skipped, repeated or out of order),
        /// kept as a heading because the line reads as one.
        case numberingSlip
        /// The outline was inferred from paragraphs or unnumbered headings, not read from numbers.
        case inferredOutline
        /// The plan is written in traditional characters; it is read in simplified ones.
        case traditionalScript
        /// A `分别` list whose indicators and values differ in number: nothing was paired.
        case unpairedList
    }

    public var kind: Kind
    /// The 1-based source line.
    public var line: Int
    /// What the reader expected there.
    public var expected: String
    /// What it found.
    public var found: String
}

extension ParseNote: CustomStringConvertible {
    /// `line 303: expected 20., found 21.`, as warnings print it after the file name.
    public var description: String { "line \(line): expected \(expected), found \(found)" }

    /// What a warning says after `file:line:`.
    public var message: String {
        switch kind {
        case .numberingSlip: return "expected \(expected), found \(found); read on as a heading"
        case .inferredOutline: return "no numbered headings found; each paragraph is read as an item (the outline is inferred)"
        case .traditionalScript: return "written in traditional characters; read and matched in simplified ones"
        case .unpairedList: return "a 分别 list names \(expected) indicators and \(found) values; none paired, each value keeps the words before it"
        }
    }
}
