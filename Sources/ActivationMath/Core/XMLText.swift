/// Escaping for text placed inside XML-like markup: MathML formulas here, and Pango markup, SVG
/// and HTML in the layers above, which call this through Charts' `escapeXML`.
///
/// It lives in the lowest layer because formulas built from user input (custom expressions and
/// their names) are written here, before any drawing code sees them.
public enum XMLText {
    /// `text` with `& < > " '` replaced by entities, so a user's `<` shows as itself instead of
    /// becoming markup.
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
