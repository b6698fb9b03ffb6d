extension Array where Element: BitwiseCopyable {
    /// A copy of `elements` in storage of exactly their number, never shared with the
    /// array they are sliced from.
    ///
    /// `Array(slice)` hands back the slice's own buffer when the slice spans all of it: a
    /// buffer reused from line to line then goes with the line, at the capacity of the
    /// longest line so far, and the next line allocates a new one as large.
    init(exactly elements: ArraySlice<Element>) {
        self.init(unsafeUninitializedCapacity: elements.count) { buffer, written in
            written = buffer.initialize(fromContentsOf: elements)
        }
    }

    /// Copies the elements into storage of their own size when growing left more than a
    /// third of it unused. The copy and the old storage are held at once, for a moment: for
    /// less slack than that, the moment costs more than the slack.
    mutating func shrinkToFit() {
        guard capacity > count + count / 2 else { return }
        self = Array(exactly: self[...])
    }
}
