/// The first text failures a drawing met, kept so that the drawing calls need not throw: the
/// first markup that did not parse, and the first text no font had glyphs for. The canvases
/// that set shaped text report them from `finish()`.
struct TextFailures {
    private var markup: TextMarkupError?
    private var untypeset: String?

    /// Keeps `shaped`'s failures unless an earlier text failed the same way.
    mutating func note(_ shaped: ShapedText) {
        if markup == nil { markup = shaped.markupFailure }
        if untypeset == nil { untypeset = shaped.untypeset }
    }

    /// Throws the markup failure first, else text without glyphs, else nothing.
    func check() throws {
        if let markup { throw markup }
        if let untypeset { throw FontError(unknownGlyphsIn: untypeset) }
    }
}
