/// The first text failures a drawing met, kept so that the drawing calls need not throw: the
/// first markup that did not parse, and the first text no font had glyphs for. The canvases
/// that set text report them from `finish()`.
struct TextFailures {
    private var markup: TextMarkupError?
    private var untypeset: String?

    /// Keeps `shaped`'s failures unless an earlier text failed the same way.
    mutating func note(_ shaped: ShapedText) {
        note(markup: shaped.markupFailure, untypeset: shaped.untypeset)
    }

    /// Keeps a laid-out text's failures unless an earlier text failed the same way.
    mutating func note(markup: TextMarkupError?, untypeset: String?) {
        if self.markup == nil { self.markup = markup }
        if self.untypeset == nil { self.untypeset = untypeset }
    }

    /// Throws the markup failure first, else text without glyphs, else nothing.
    func check() throws {
        try checkMarkup()
        try checkGlyphs()
    }

    /// Throws the first markup that did not parse.
    func checkMarkup() throws {
        if let markup { throw markup }
    }

    /// Throws for the first text no font had glyphs for: the figure is refused rather than
    /// written with boxes or blanks where the words should be.
    func checkGlyphs() throws {
        if let untypeset { throw FontError(unknownGlyphsIn: untypeset) }
    }
}
