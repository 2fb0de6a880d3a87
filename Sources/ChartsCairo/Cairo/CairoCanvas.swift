import CCairo
import Charts

/// A `Canvas` that draws with Cairo and sets text with Pango.
///
/// Owns its context and keeps its surface alive. Given a `TextEngine`, it draws the glyphs the
/// engine shaped with Cairo alone: making a Pango context of its own would load and sort every
/// font set again in each drawing thread's font map, 23 of the 234 million instructions of a
/// one-figure run (callgrind). On a surface that keeps text (the PDF), each run of glyphs goes
/// with its characters and clusters, as pango-cairo passes them, so the PDF's text can still
/// be searched and copied. Without an engine it lays text out with Pango on the thread's font
/// map, which is per thread, so the canvas must stay on the task that created it: the tests
/// use that path as the independent reference the direct SVG writer is compared against.
final class CairoCanvas: Canvas {
    let surface: CairoSurface
    private let cr: OpaquePointer
    private let engine: TextEngine?
    /// Whether the surface stores text with its glyphs (PDF does, an image does not).
    private let keepsText: Bool
    /// Nil when `engine` sets the text.
    private let pango: OpaquePointer?
    private let fontFamily: String
    private var layoutCache: [TextRun: OpaquePointer] = [:]
    /// The first text whose markup did not parse; `finish()` reports it.
    private var markupFailure: TextMarkupError?
    /// The first text Pango found no glyph for: the figure is refused rather than written with
    /// boxes or blanks where the words should be.
    private var untypeset: String?
    let resolution: Double
    /// Whether strokes are made with an identity matrix and the pen scaled instead (see `stroke`).
    private let strokesInDeviceSpace: Bool

    /// A canvas on `surface`, scaled so that one figure unit is `scale` device units; `resolution`
    /// is figure units per device pixel.
    /// is figure units per device pixel; text is set by `engine` where given, else by Pango.
    /// `strokesInDeviceSpace` suits a PDF surface (see `stroke`).
    init(
        surface: CairoSurface, scale: Double, resolution: Double, fontFamily: String, engine: TextEngine? = nil,
        strokesInDeviceSpace: Bool = false
    ) throws {
        self.surface = surface
        self.strokesInDeviceSpace = strokesInDeviceSpace
        self.resolution = resolution
        self.fontFamily = fontFamily
        self.engine = engine
        guard let cr = cairo_create(surface.pointer) else {
            throw CairoError(status: CAIRO_STATUS_NO_MEMORY.rawValue, operation: "creating a Cairo context")
        }
        self.cr = cr
        keepsText = cairo_surface_has_show_text_glyphs(surface.pointer) != 0
        cairo_scale(cr, scale, scale)
        if engine == nil {
            FontSetup.ready()
            guard let pango = pango_cairo_create_context(cr) else {
                cairo_destroy(cr)
                throw CairoError(status: CAIRO_STATUS_NO_MEMORY.rawValue, operation: "creating a Pango context")
            }
            self.pango = pango
            PangoTextLayout.configure(pango)
            pango_cairo_update_context(cr, pango)
        } else {
            pango = nil
        }
        try CairoError.check(cairo_status(cr), "setting up a Cairo context")
    }

    deinit {
        for layout in layoutCache.values { g_object_unref(UnsafeMutableRawPointer(layout)) }
        if let pango { g_object_unref(UnsafeMutableRawPointer(pango)) }
        cairo_destroy(cr)
    }

    /// The first failure of the drawing: markup that did not parse, Cairo's sticky error
    /// state, or text no font had glyphs for.
    func finish() throws {
        if let markupFailure { throw markupFailure }
        try CairoError.check(cairo_status(cr), "drawing")
        if let untypeset { throw FontError(unknownGlyphsIn: untypeset) }
    }

    func stroke(_ path: Path, _ style: StrokeStyle) {
        guard path.isFinite else { return }
        replay(path)
        setColor(style.color)
        cairo_set_line_join(cr, style.round ? CAIRO_LINE_JOIN_ROUND : CAIRO_LINE_JOIN_MITER)
        cairo_set_line_cap(cr, style.round ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT)
        var matrix = cairo_matrix_t()
        cairo_get_matrix(cr, &matrix)
        // Cairo's PDF writer wraps every stroke made under a scaled matrix in "q … cm … Q",
        // printing the six numbers of the matrix with the pen's shape factored out; with an
        // identity matrix it writes the path alone. The path is already in device space (Cairo
        // transforms points as they are added), so only the pen is scaled here, by the same
        // factor Cairo would factor out: the file draws the same. A third of the cost of a
        // figure's strokes in PDF (callgrind: 9.0 of 22.9 million instructions for 16 figures).
        let uniform = matrix.xy == 0 && matrix.yx == 0 && matrix.xx == matrix.yy && matrix.xx > 0
        let scale = strokesInDeviceSpace && uniform ? matrix.xx : 1
        if scale != 1 { cairo_identity_matrix(cr) }
        cairo_set_line_width(cr, style.width * scale)
        let dash = scale == 1 ? style.dash : style.dash.map { $0 * scale }
        dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
        cairo_stroke(cr)
        if scale != 1 { cairo_set_matrix(cr, &matrix) }
    }

    func fill(_ path: Path, _ color: Color) {
        guard path.isFinite else { return }
        replay(path)
        setColor(color)
        cairo_fill(cr)
    }

    func measure(_ text: TextRun) -> TextMetrics {
        if let engine { return engine.measure(text) }
        guard let layout = self.layout(for: text) else { return TextMetrics(width: 0, height: 0, baseline: 0) }
        return PangoTextLayout.metrics(layout)
    }

    func draw(_ text: TextRun, at origin: Point, rotated: Bool) {
        // One non-finite coordinate would put the Cairo context in an error state for good.
        guard origin.x.isFinite, origin.y.isFinite else { return }
        if let engine { return drawGlyphs(engine.shape(text), engine, text.color, at: origin, rotated: rotated) }
        guard let layout = self.layout(for: text) else { return }
        cairo_save(cr)
        cairo_translate(cr, origin.x, origin.y)
        if rotated { cairo_rotate(cr, -Double.pi / 2) }
        setColor(text.color)
        pango_cairo_update_layout(cr, layout)
        pango_cairo_show_layout(cr, layout)
        cairo_restore(cr)
    }

    /// `shaped` as pango-cairo would draw it: one call per run, with the run's characters where
    /// the surface keeps text.
    private func drawGlyphs(_ shaped: ShapedText, _ engine: TextEngine, _ color: Color, at origin: Point, rotated: Bool) {
        if markupFailure == nil { markupFailure = shaped.markupFailure }
        if untypeset == nil { untypeset = shaped.untypeset }
        guard !shaped.glyphs.isEmpty else { return }
        cairo_save(cr)
        cairo_translate(cr, origin.x, origin.y)
        if rotated { cairo_rotate(cr, -Double.pi / 2) }
        setColor(color)
        for segment in shaped.segments where !segment.range.isEmpty {
            guard let scaled = engine.scaledFont(shaped.glyphs[segment.range.lowerBound].key.font) else { continue }
            let glyphs = shaped.glyphs[segment.range].map { cairo_glyph_t(index: UInt($0.key.glyph), x: $0.x, y: $0.y) }
            cairo_set_scaled_font(cr, scaled)
            guard keepsText, !segment.text.isEmpty else {
                cairo_show_glyphs(cr, glyphs, Int32(glyphs.count))
                continue
            }
            let clusters = segment.clusters.map { cairo_text_cluster_t(num_bytes: $0.bytes, num_glyphs: $0.glyphs) }
            segment.text.withUnsafeBufferPointer { text in
                text.withMemoryRebound(to: CChar.self) { chars in
                    cairo_show_text_glyphs(
                        cr, chars.baseAddress, Int32(chars.count), glyphs, Int32(glyphs.count), clusters, Int32(clusters.count),
                        segment.backward ? CAIRO_TEXT_CLUSTER_FLAG_BACKWARD : cairo_text_cluster_flags_t(0))
                }
            }
        }
        cairo_restore(cr)
    }

    func withClip(_ rect: Rect, _ body: () -> Void) {
        guard rect.x.isFinite, rect.y.isFinite, rect.width.isFinite, rect.height.isFinite else { return body() }
        cairo_save(cr)
        cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
        cairo_clip(cr)
        body()
        cairo_restore(cr)
    }

    /// Layouts are cached per run: layout measures every label before drawing it. Nil only if
    /// Pango cannot make a layout at all; the text is then left out rather than crashing.
    private func layout(for text: TextRun) -> OpaquePointer? {
        guard let pango else { return nil }
        if let cached = layoutCache[text] { return cached }
        guard let made = PangoTextLayout.make(text, family: fontFamily, context: pango) else { return nil }
        if markupFailure == nil { markupFailure = made.markupFailure }
        if untypeset == nil { untypeset = made.untypeset }
        layoutCache[text] = made.layout
        return made.layout
    }

    private func setColor(_ c: Color) {
        cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha)
    }

    private func replay(_ path: Path) {
        cairo_new_path(cr)
        for element in path.elements {
            switch element {
            case .move(let p): cairo_move_to(cr, p.x, p.y)
            case .line(let p): cairo_line_to(cr, p.x, p.y)
            case .circle(let c, let r):
                cairo_new_sub_path(cr)
                cairo_arc(cr, c.x, c.y, r, 0, 2 * Double.pi)
                cairo_close_path(cr)
            case .close: cairo_close_path(cr)
            }
        }
    }
}
