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

    /// A run of glyphs in one font and direction, with the text they draw: what a PDF needs to
    /// keep the characters, so that its text can be searched and copied.
    struct Segment: Sendable {
        /// The run's UTF-8 text.
        let text: [UInt8]
        /// (bytes, glyphs) pairs: each cluster's share of `text` and of the run's glyphs.
        let clusters: [(bytes: Int32, glyphs: Int32)]
        /// Right to left.
        let backward: Bool
        /// The run's glyphs in `glyphs`.
        var range: Range<Int>
    }

    /// The visible glyphs in drawing order.
    var glyphs: [Glyph]
    /// The runs `glyphs` fall into, in the same order.
    var segments: [Segment] = []
    /// The markup did not parse (the run is then empty).
    var markupFailure: TextMarkupError?
    /// The text, when some of it has no glyph in any font.
    var untypeset: String?
}

extension ShapedText {
    /// The characters each glyph stands for: a cluster's text goes to its first
    /// glyph in reading order, and a cluster's further glyphs (a base letter's accent drawn
    /// apart) stand for nothing more.
    var glyphCharacters: [String?] {
        var texts = [String?](repeating: nil, count: glyphs.count)
        for segment in segments where !segment.range.isEmpty && !segment.text.isEmpty {
            var byte = 0
            // Backward (right-to-left) runs list glyphs from the end of their range.
            var glyph = segment.backward ? segment.range.upperBound : segment.range.lowerBound
            for cluster in segment.clusters {
                let bytes = Int(max(cluster.bytes, 0)), count = Int(max(cluster.glyphs, 0))
                let end = min(byte + bytes, segment.text.count)
                let first = segment.backward ? glyph - count : glyph
                if count > 0, segment.range.contains(first), byte < end {
                    let index = segment.backward ? glyph - 1 : glyph
                    if segment.range.contains(index) {
                        texts[index] = String(decoding: segment.text[byte..<end], as: UTF8.self)
                    }
                }
                byte = end
                glyph += segment.backward ? -count : count
            }
        }
        return texts
    }
}
