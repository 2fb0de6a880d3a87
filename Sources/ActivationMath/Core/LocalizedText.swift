/// The languages figures and the report are written in.
public enum Language: String, Sendable, CaseIterable, Codable {
    /// English.
    case en
    /// Simplified Chinese (zh-CN).
    case zh
}

/// A short text in every supported language, so no figure or page falls back to another one.
public struct LocalizedText: Sendable, Hashable, Codable {
    /// The English text.
    public var en: String
    /// The Chinese text.
    public var zh: String

    /// A text given in both languages.
    public init(en: String, zh: String) {
        self.en = en
        self.zh = zh
    }

    /// A text that reads the same in both languages, such as a proper name ("ReLU").
    public init(_ both: String) { self.init(en: both, zh: both) }

    /// The text in `language`.
    public subscript(language: Language) -> String {
        switch language {
        case .en: en
        case .zh: zh
        }
    }
}
