/// The languages figures and the report are written in. Their words are not here: each has a
/// string catalogue beside the page templates (`templates/strings/`).
public enum Language: String, Sendable, CaseIterable, Codable {
    /// English.
    case en
    /// Simplified Chinese, as written in mainland China.
    case zh
}
