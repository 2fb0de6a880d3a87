/// Turns the name a user gives a custom function (`--name`) into its file-safe id and its
/// display name.
///
/// The id becomes a file name (`<out>/<id>.png`) and a page anchor, so it may hold only
/// a–z, 0–9 and single hyphens: that rules out path separators, `..`, a leading dot and every
/// character a shell, URL or LaTeX would need quoted. Anything else becomes a hyphen.
public enum CustomName {
    /// The id used when the user gives no name, or one with nothing usable in it.
    public static let fallback = "custom"
    /// Longest id, in characters: well inside every file system's limit with an extension.
    public static let maxIDLength = 64
    /// Longest display name, in characters: a figure title must fit its panel.
    public static let maxDisplayLength = 80

    /// `Quick GELU/v2` → `quick-gelu-v2`; `../../etc` → `etc`; `门控` → `custom`.
    public static func id(from name: String) -> String {
        var id = ""
        for c in name.lowercased() {
            let keep = c.isASCII && (c.isLetter || c.isNumber)
            if keep {
                id.append(c)
            } else if !id.isEmpty, id.last != "-" {
                id.append("-")
            }
        }
        id = String(id.prefix(maxIDLength))
        while id.last == "-" { id.removeLast() }
        return id.isEmpty ? fallback : id
    }

    /// The name as given, on one line (control characters and runs of spaces become one
    /// space), trimmed and bounded, for titles and the page.
    public static func displayName(from name: String) -> String {
        let words = name.split { $0.isWhitespace || $0.unicodeScalars.allSatisfy { $0.properties.generalCategory == .control } }
        let line = String(words.joined(separator: " ").prefix(maxDisplayLength))
        return line.isEmpty ? fallback : line
    }
}
