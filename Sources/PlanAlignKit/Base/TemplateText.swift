/// Text templates with named places: `"{held} → {wanted}"`.
enum TemplateText {
    /// `template` with each `{name}` replaced by its value, in the order of the names, so
    /// the result does not depend on a dictionary's order.
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var text = template
        for (name, value) in values.sorted(by: { $0.key < $1.key }) { text = text.replacingAll("{\(name)}", with: value) }
        return text
    }
}
