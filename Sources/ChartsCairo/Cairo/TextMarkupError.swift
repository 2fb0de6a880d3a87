/// Text whose Pango markup did not parse: a bug in whatever built the markup (user text must
/// reach it escaped), reported rather than drawn as a figure with its titles silently missing.
public struct TextMarkupError: Error, CustomStringConvertible {
    /// The markup as given.
    public let markup: String
    /// Pango's explanation.
    public let reason: String

    /// The one-line message, asking for a report: user text reaches markup escaped.
    public var description: String {
        "internal error, please report it: text markup did not parse (\(reason)): \(markup)"
    }
}
