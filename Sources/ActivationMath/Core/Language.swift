/// The languages figures and the report are written in. Their words are not here: each has a
/// string catalogue beside the page templates (`templates/strings/`).
public enum Language: String, Sendable, CaseIterable, Codable {
    /// English.
    case en
    /// Simplified Chinese, as written in mainland China.
    case zh
    /// Traditional Chinese, as written in Taiwan (its own terms, not converted mainland ones).
    case zhTW = "zh-TW"

    /// The language a `--lang` value names: `en`; `zh`, `zh-CN` or `zh-Hans`; `zh-TW` or
    /// `zh-Hant`, matched under the catalogue's one rule for typed names (`Catalogue.normalized`:
    /// any letter case, `_` or a space for `-`).
    public static func named(_ text: String) -> Language? {
        switch Catalogue.normalized(text) {
        case "en": .en
        case "zh", "zh-cn", "zh-hans": .zh
        case "zh-tw", "zh-hant": .zhTW
        default: nil
        }
    }
}
