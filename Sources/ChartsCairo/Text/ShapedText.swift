import Charts

/// A glyph of one font, as the direct SVG writer defines it once per file.
struct GlyphKey: Hashable, Sendable {
    /// The font's number in the `TextEngine` that shaped it.
    let font: Int
    /// The glyph's index in that font.
    let glyph: UInt32
}

/// A text run as glyphs: where each one goes, relative to the run's top-left corner.
struct ShapedText: Sendable {
    /// One placed glyph.
    struct Glyph: Sendable {
        /// Which glyph.
        let key: GlyphKey
        /// Its origin (on the baseline) from the run's top-left corner.
        let x: Double
        let y: Double
    }

    /// The visible glyphs in drawing order.
    var glyphs: [Glyph]
    /// The markup did not parse (the run is then empty).
    var markupFailure: TextMarkupError?
    /// The text, when some of it has no glyph in any font.
    var untypeset: String?
}
