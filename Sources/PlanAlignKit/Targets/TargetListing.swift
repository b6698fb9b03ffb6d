/// Every target of one file, each with the ref of the item that holds it.
public struct TargetListing: Sendable {
    /// The targets in document order, with their item's ref (nil outside every item).
    public var entries: [(item: ItemRef?, target: Target)]

    public init(entries: [(item: ItemRef?, target: Target)]) { self.entries = entries }
}
