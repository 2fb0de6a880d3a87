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

    /// `Quick GELU/v2` → `quick-gelu-v2`; `../../etc` → `etc`; a name with no ASCII letter or digit → `custom`.
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

    /// Most Unicode scalars a display name keeps: a name of 80 characters built from long
    /// clusters (an emoji ZWJ sequence is up to 10 scalars) still fits, while `a` followed by
    /// 60,000 combining marks, one `Character`, cannot make a 600 kB page.
    public static let maxDisplayScalars = 240
    /// Most scalars in one character: one base and 30 non-starters, Unicode's stream-safe limit
    /// (UAX #15), which every real script stays within.
    public static let maxClusterScalars = 31

    /// Why `name` cannot be a title, or nil when it can: it shows nothing (only spaces, bidi
    /// controls or zero-width characters), or it stacks more marks on one character than any
    /// script needs.
    public static func problem(with name: String) -> String? {
        if let heavy = name.first(where: { $0.unicodeScalars.count > maxClusterScalars }) {
            return "has a character with \(heavy.unicodeScalars.count - 1) marks stacked on it; at most \(maxClusterScalars - 1) are allowed"
        }
        guard name.unicodeScalars.contains(where: isVisible) else {
            return "has no visible character"
        }
        return nil
    }

    /// The name as given, on one line (control characters and runs of spaces become one
    /// space), without bidi controls (U+202E would reverse the words after it in a title or on
    /// the page), trimmed and bounded to `maxDisplayLength` characters and `maxDisplayScalars`
    /// scalars, for titles and the page.
    public static func displayName(from name: String) -> String {
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: name.unicodeScalars.filter { !$0.properties.isBidiControl })
        let words = String(kept).split { $0.isWhitespace || $0.unicodeScalars.allSatisfy { $0.properties.generalCategory == .control } }
        var line = ""
        var scalars = 0
        for character in words.joined(separator: " ").prefix(maxDisplayLength) {
            scalars += character.unicodeScalars.count
            guard scalars <= maxDisplayScalars else { break }
            line.append(character)
        }
        while line.last == " " { line.removeLast() }
        return line.contains(where: { $0.unicodeScalars.contains(where: isVisible) }) ? line : fallback
    }

    /// Whether a scalar shows as something: not a space, control, format character (bidi and
    /// zero-width controls) or other default-ignorable code point.
    static func isVisible(_ scalar: Unicode.Scalar) -> Bool {
        let p = scalar.properties
        switch p.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator: return false
        default: return !p.isWhitespace && !p.isDefaultIgnorableCodePoint
        }
    }
}
