/// Next year's district plan, drafted from this year's and the municipal plan: every task
/// kept in the district's own layout, and every change the municipal plan asks for made in
/// place and listed with its reason and its municipal source.
///
/// A draft holds what changed, not how it is shown: the text, Markdown and Word renderers
/// mark the same segments and list the same changes.
public struct PlanDraft: Sendable, Hashable {
    public var title: String
    /// The year the draft is for.
    public var year: Int
    /// The municipal plan's title, which every change cites.
    public var municipalTitle: String
    public var sections: [DraftSection]
    /// Every change, in the order of the text, numbered from 1.
    public var changes: [DraftChange]
    /// The titles of the municipal items the changes cite.
    public var sourceTitles: [ItemRef: String]
}

/// A section of the draft, numbered as the district numbers its sections.
public struct DraftSection: Sendable, Hashable {
    /// The number as written (`一、`), or empty for an unnumbered section.
    public var marker: String
    public var title: String
    public var items: [DraftItem]
    /// The change that added the section, when it is new.
    public var added: Int?
}

/// A task of the draft: a district task carried over, or a stub for a municipal priority
/// nothing carries.
public struct DraftItem: Sendable, Hashable {
    /// The number as written in the draft (`40.`, `（三）`).
    public var marker: String
    /// The heading, when the district writes it on a line of its own; nil when the heading is
    /// the first sentence of the body.
    public var heading: String?
    /// The body, as kept, replaced and inserted text.
    public var body: [DraftSegment]
    public var lead: [String]
    public var responsible: [String]
    /// The district task this one carries over, or nil for a stub.
    public var source: ItemRef?
}

/// A piece of a task's text: kept as it was, or changed by a numbered change.
public enum DraftSegment: Sendable, Hashable {
    case kept(String)
    /// Old text replaced by new text (`46` → `40`).
    case replaced(old: String, new: String, change: Int)
    /// New text (a target sentence, a municipal measure, a placeholder).
    case inserted(String, change: Int)
    /// The place of a change's mark: after a replaced target's phrase, or where a change
    /// touches no text (a district-only task, a period to check).
    case flagged(change: Int)
}

/// One change of the draft, with what a planner needs to accept or reject it.
public struct DraftChange: Sendable, Hashable {
    public enum Category: String, Sendable, Hashable, CaseIterable {
        /// A district target behind the municipal one, raised to it.
        case raisedTarget
        /// A municipal indicator the district had no target for, written into the linked task.
        case addedIndicator
        /// A municipal total the district must take its share of: a placeholder for the share.
        case sharePlaceholder
        /// A municipal measure nothing carried, added to a task that carries its priority.
        case addedMeasure
        /// A task stub for a municipal priority no task carries.
        case addedTask
        /// A section added for a stub no district section fits.
        case addedSection
        /// A district task no municipal priority asks for: kept, for the planner to decide.
        case districtOnly
        /// A target set for another year than the municipal one: compare by hand.
        case checkPeriod
    }

    public var id: Int
    public var kind: Category
    /// The draft task the change is in.
    public var task: String
    /// The municipal item that asks for it, if any.
    public var municipal: ItemRef?
    /// The district target as it was and the municipal target it is measured against.
    public var from: Target?
    public var to: Target?
    /// The text added: a target sentence, a municipal measure, a stub's text.
    public var text: String?
    /// The departments suggested to lead a new task.
    public var lead: [String] = []
    /// The indicator, for a target change.
    public var indicator: String?
    /// The municipal wording of the indicator, when it differs from the district's: a flag
    /// for the planner to check the definitions, never fixed silently.
    public var municipalIndicator: String?
}

extension PlanDraft {
    /// Drafts next year's plan from an analysis whose reviews are applied: rejected links
    /// drive no change, confirmed and added ones do.
    ///
    /// - Complexity: O(t · s) in the district's tasks and the changes per task.
    public init(_ analysis: GapAnalysis, year: Int, vocabulary: TargetVocabulary = .builtIn) {
        var builder = DraftBuilder(analysis: analysis, year: year, vocabulary: vocabulary)
        self = builder.build()
    }

    /// The year a draft is for when none is given: the year after the district plan's, else
    /// the municipal plan's own year; nil when neither title names a year.
    public static func year(after district: PlanDocument, municipal: PlanDocument) -> Int? {
        TargetContext.year(inTitle: district.title).map { $0 + 1 } ?? TargetContext.year(inTitle: municipal.title)
    }
}
