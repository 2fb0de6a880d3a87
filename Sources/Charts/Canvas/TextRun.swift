/// A piece of text in Pango markup (`e<sup>−x</sup>`, `<i>x</i>`) with its look.
public struct TextRun: Sendable, Hashable {
    /// The text, as Pango markup; plain text from users must be escaped by the caller.
    public var markup: String
    /// Font size in figure units.
    public var size: Double
    /// Bold for titles.
    public var bold: Bool
    /// Text colour.
    public var color: Color
    /// The widest the text may be drawn, in figure units. Longer text (a user's 80-character
    /// title beside a 300-unit panel) loses its middle to an ellipsis, so a title keeps its
    /// start and its last words, "function" or "derivative". Nil draws it whole.
    public var maxWidth: Double?
    /// Whether text longer than `maxWidth` wraps onto further lines, centred, instead of losing
    /// its middle: a figure's title states its point and must be read whole. A wrapping run
    /// measures `maxWidth` wide.
    public var wraps = false

    /// A text run.
    public init(markup: String, size: Double, bold: Bool = false, color: Color, maxWidth: Double? = nil) {
        self.markup = markup
        self.size = size
        self.bold = bold
        self.color = color
        self.maxWidth = maxWidth
    }

    /// The run wrapped at `width`, or unchanged when `measured` already fits.
    public func wrapping(_ width: Double, measured: TextMetrics) -> TextRun {
        guard measured.width > width, width > 0 else { return self }
        var run = self
        run.maxWidth = width
        run.wraps = true
        return run
    }

    /// The run limited to `width`, or unchanged when `measured` already fits: text that fits is
    /// laid out exactly as before, byte for byte.
    public func fitting(_ width: Double, measured: TextMetrics) -> TextRun {
        guard measured.width > width, width > 0 else { return self }
        var run = self
        run.maxWidth = width
        return run
    }
}
