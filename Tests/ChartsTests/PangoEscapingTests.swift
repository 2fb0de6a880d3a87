import Testing

@testable import Charts
@testable import ChartsCairo

/// Pango takes every escaped cluster as text: a title with `&` or `<` next to a combining mark
/// is drawn, never dropped as broken markup.
@Suite("Pango markup from escaped text")
struct PangoEscapingTests {
    static let corpus: [String] = {
        let specials: [String] = ["<", ">", "&", "\"", "'"]
        let glue: [String] = ["\u{301}", "\u{600}", "\u{200D}", "\u{202E}", ""]
        var result: [String] = []
        for s in specials {
            for g in glue { result += [g + s, s + g, g + s + g] }
        }
        return result
    }()

    @Test("every escaped cluster measures as drawn text")
    func measured() throws {
        let canvas = try RecordingCanvas()
        for text in Self.corpus {
            let metrics = canvas.measure(TextRun(markup: escapeXML("a" + text + " function"), size: 14, color: Color(hex: 0)))
            #expect(metrics.width > 20, "\(text.debugDescription)")
        }
    }

    @Test("markup that does not parse is an error of the figure, not a blank title")
    func brokenMarkup() throws {
        let surface = try CairoSurface.image(width: 40, height: 40, transparent: false)
        let canvas = try CairoCanvas(surface: surface, scale: 1, resolution: 1, fontFamily: Theme.light.fontFamily)
        canvas.draw(TextRun(markup: "a &\u{301} <b", size: 14, color: Color(hex: 0)), at: Point(0, 0), rotated: false)
        #expect(throws: TextMarkupError.self) { try canvas.finish() }
    }
}
