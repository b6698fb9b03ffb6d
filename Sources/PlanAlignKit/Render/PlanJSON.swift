extension Target {
    /// The target as in `parse` and `targets` output; `item` is added when given.
    public func json(item: ItemRef?? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("indicator", .string(indicator)),
            ("comparator", .string(comparator.rawValue)),
            ("value", .number(value)),
            ("low", .number(range?.low)),
            ("high", .number(range?.high)),
            ("unit", .string(unit)),
            ("kind", .string(kind.rawValue)),
            ("text", .string(text)),
            ("line", .number(Double(line))),
            ("status", .string(status.rawValue)),
            ("period", .number(period.map(Double.init))),
        ]
        if let item { members.append(("item", .string(item?.rawValue))) }
        return .object(members)
    }
}

extension PlanDocument {
    /// The outline as `planalign parse` prints it.
    public var json: JSONValue {
        .object([
            ("title", .string(title)),
        ] + (notes.isEmpty ? [] : [("notes", .generated(notes) { note in
            .object([("kind", .string(note.kind.rawValue)), ("line", .number(Double(note.line))),
                     ("expected", .string(note.expected)), ("found", .string(note.found))])
        })]) + [
            ("sections", .array(sections.map { section in
                .object([
                    ("ref", .string(section.ref.rawValue)),
                    ("title", .string(section.title)),
                    ("lines", .array([.number(Double(section.lines.start)), .number(Double(section.lines.end))])),
                    // Each item is built as it is written: a long plan is never held twice.
                    ("items", .generated(section.items, \.json)),
                ] + (section.inferred ? [("inferred", .bool(true))] : []))
            })),
        ])
    }
}

extension PlanItem {
    /// The item as `planalign parse` prints it.
    public var json: JSONValue {
        .object([
            ("ref", .string(ref.rawValue)),
            ("title", .string(title)),
            ("text", .string(text)),
            ("measures", .strings(measures.map(\.text))),
            ("lead", .strings(lead)),
            ("responsible", .strings(responsible)),
            ("lines", .array([.number(Double(lines.start)), .number(Double(lines.end))])),
            ("targets", .array(targets.map { $0.json() })),
        ] + (inferred ? [("inferred", .bool(true))] : []) + (originalTitle.map { [("originalTitle", .string($0))] } ?? []))
    }
}
