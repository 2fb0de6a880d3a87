import Charts
import Mustache

/// The escaping every `{{name}}` of a page template goes through: Charts' `escapeXML`, by Unicode scalar.
///
/// swift-mustache's own HTML escaping compares Swift `Character`s with `"<"`, `"\""`, …, so a
/// special character inside a larger grapheme cluster (U+0600 followed by `<`, `"` followed by
/// U+0301) passes through unescaped, and a user's `--name` could open a tag or leave an
/// attribute. Every template, the built-in one and a user's, and every piece a long one is cut
/// into (a partial starts again with the library's escaping), is compiled with this content type
/// switched on before its first line, so no text reaches the page through the library's escaping.
enum ScalarHTMLEscaping: MustacheContentType {
    case shared

    /// The name the content-type pragma selects it by.
    static let name = "ACTPLOT_HTML"

    /// The pragma that switches a template to this escaping. Put on a line of its own before a
    /// template (or each piece of one), it is a standalone tag, which renders as nothing, line
    /// break included, and leaves the first line of the template at the start of a line, as it
    /// was; error line numbers are then one more than the author's.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}"

    func escapeText(_ text: String) -> String {
        escapeXML(text)
    }

    /// Makes the content type known to the template parser; registering again is harmless.
    static func register() {
        MustacheContentTypes.register(Self.shared, named: name)
    }
}
