import ActivationMath
import Mustache

/// The escaping every `{{name}}` of a page template goes through: `XMLText`'s, by Unicode scalar.
///
/// swift-mustache's own HTML escaping compares Swift `Character`s with `"<"`, `"\""`, …, so a
/// special character inside a larger grapheme cluster (U+0600 followed by `<`, `"` followed by
/// U+0301) passes through unescaped, and a user's `--name` could open a tag or leave an
/// attribute. Every template, the built-in one and a user's, is compiled with this content type
/// switched on at its first byte, so no text reaches the page through the library's escaping.
enum ScalarHTMLEscaping: MustacheContentType {
    case shared

    /// The name the content-type pragma selects it by.
    static let name = "ACTPLOT_HTML"

    /// The pragma that switches a template to this escaping. It adds no line break, so the line
    /// numbers of a template's syntax errors stay the author's own.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}"

    func escapeText(_ text: String) -> String {
        XMLText.escaped(text)
    }

    /// Makes the content type known to the template parser; registering again is harmless.
    static func register() {
        MustacheContentTypes.register(Self.shared, named: name)
    }
}
