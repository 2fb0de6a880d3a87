/// Escaping for text placed inside XML-like markup: MathML formulas here, and Pango markup, SVG
/// and HTML in the layers above, which call this through Charts' `escapeXML`.
///
/// It lives in the lowest layer because formulas built from user input (custom expressions and
/// their names) are written here, before any drawing code sees them.
///
/// It works on Unicode scalars, never on Swift `Character`s: a `<` or `"` followed by a
/// combining mark, or preceded by a prepend character such as U+0600, is one grapheme cluster
/// that never equals `"<"`, so escaping by `Character` lets the markup character through.
public enum XMLText {
    /// `text` with `& < > " '` replaced by entities, so a user's `<` shows as itself instead of
    /// becoming markup.
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
