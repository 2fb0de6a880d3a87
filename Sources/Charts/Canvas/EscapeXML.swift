import ActivationMath

/// Escapes text for XML-like markup (Pango markup, SVG, HTML), so a user's `<` or `&` shows
/// as itself instead of becoming markup. The one implementation is `XMLText` in ActivationMath,
/// which writes formulas from user input too.
public func escapeXML(_ text: String) -> String {
    XMLText.escaped(text)
}
