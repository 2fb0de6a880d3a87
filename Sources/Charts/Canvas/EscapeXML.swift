/// Escapes text for XML-like markup (Pango markup, SVG, HTML and the page's MathML), so a
/// user's `<` or `&` shows as itself instead of becoming markup: `& < > " '` become entities.
///
/// It works on Unicode scalars, never on Swift `Character`s: a `<` or `"` followed by a
/// combining mark, or preceded by a prepend character such as U+0600, is one grapheme cluster
/// that never equals `"<"`, so escaping by `Character` lets the markup character through.
///
/// The five characters are ASCII, and in UTF-8 an ASCII byte is always a whole scalar, never
/// part of another: escaping the bytes is escaping the scalars. Text without any of them (most
/// titles) comes back as it is.
public func escapeXML(_ text: String) -> String {
    let specials: [UInt8] = Array("&<>\"'".utf8)
    guard text.utf8.contains(where: { specials.contains($0) }) else { return text }
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 16)
    for byte in text.utf8 {
        switch byte {
        case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
        case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
        case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
        case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
        case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
        default: out.append(byte)
        }
    }
    return String(decoding: out, as: UTF8.self)
}
