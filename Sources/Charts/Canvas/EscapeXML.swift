/// Escapes text for XML-like markup (Pango markup, SVG, HTML and the page's MathML), so a
/// user's `<` or `&` shows as itself instead of becoming markup: `& < > " '` become entities.
///
/// It works on Unicode scalars, never on Swift `Character`s: a `<` or `"` followed by a
/// combining mark, or preceded by a prepend character such as U+0600, is one grapheme cluster
/// that never equals `"<"`, so escaping by `Character` lets the markup character through.
public func escapeXML(_ text: String) -> String {
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
