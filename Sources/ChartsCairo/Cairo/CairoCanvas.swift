import CCairo
import Charts

/// A `Canvas` that draws with Cairo and sets text with Pango.
///
/// Owns its context and keeps its surface alive. Given a `TextEngine`, it draws the glyphs the
/// engine shaped with Cairo alone: making a Pango context of its own would load and sort every
/// font set again in each drawing thread's font map, 23 of the 234 million instructions of a
/// one-figure run (callgrind). Without an engine it lays text out with Pango on the thread's font
/// map, which is per thread, so the canvas must stay on the task that created it: the tests
/// use that path as the independent reference the direct SVG writer is compared against.
final class CairoCanvas: Canvas {
    let surface: CairoSurface
    private let cr: OpaquePointer
    private let engine: TextEngine?
    /// The Pango context that lays text out; nil when `engine` sets the text.
    private let pango: OpaquePointer?
    private let fontFamily: String
    private var layoutCache: [TextRun: OpaquePointer] = [:]
    /// The first text whose markup did not parse, and the first Pango found no glyph for;
    /// `finish()` reports them.
    private var failures = TextFailures()
    let resolution: Double
    /// Whether the surface's pixels are still as an earlier figure left them: the first drawing
    /// paints them all (see `paintFirst`).
    private var unpainted: Bool

    /// A canvas on `surface`, scaled so that one figure unit is `scale` device units; `resolution`
    /// is figure units per device pixel; text is set by `engine` where given, else by Pango.
    /// `surfaceUnpainted` suits an image surface made with `cleared: false`.
    init(
        surface: CairoSurface, scale: Double, resolution: Double, fontFamily: String, engine: TextEngine? = nil,
        surfaceUnpainted: Bool = false
    ) throws {
        self.surface = surface
        unpainted = surfaceUnpainted
        self.resolution = resolution
        self.fontFamily = fontFamily
        self.engine = engine
        guard let cr = cairo_create(surface.pointer) else {
            throw CairoError(status: CAIRO_STATUS_NO_MEMORY.rawValue, operation: "creating a Cairo context")
        }
        self.cr = cr
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
        // A drawing of nothing still leaves no earlier figure's pixels behind.
        paintFirst()
        try failures.checkMarkup()
        try CairoError.check(cairo_status(cr), "drawing")
        try failures.checkGlyphs()
    }

    func stroke(_ path: Path, _ style: StrokeStyle) {
        guard path.isFinite else { return }
        paintFirst()
        replay(path)
        setColor(style.color)
        cairo_set_line_join(cr, style.round ? CAIRO_LINE_JOIN_ROUND : CAIRO_LINE_JOIN_MITER)
        cairo_set_line_cap(cr, style.round ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT)
        cairo_set_line_width(cr, style.width)
        style.dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
        cairo_stroke(cr)
    }

    func fill(_ path: Path, _ color: Color) {
        guard path.isFinite else { return }
        if paintFirst(path, color) { return }
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
        paintFirst()
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

    /// `shaped` as pango-cairo would draw it: one call per run, in the run's font.
    private func drawGlyphs(_ shaped: ShapedText, _ engine: TextEngine, _ color: Color, at origin: Point, rotated: Bool) {
        failures.note(shaped)
        guard !shaped.glyphs.isEmpty else { return }
        cairo_save(cr)
        cairo_translate(cr, origin.x, origin.y)
        if rotated { cairo_rotate(cr, -Double.pi / 2) }
        setColor(color)
        for segment in shaped.segments where !segment.range.isEmpty {
            guard let scaled = engine.scaledFont(shaped.glyphs[segment.range.lowerBound].key.font) else { continue }
            let glyphs = shaped.glyphs[segment.range].map { cairo_glyph_t(index: UInt($0.key.glyph), x: $0.x, y: $0.y) }
            cairo_set_scaled_font(cr, scaled)
            cairo_show_glyphs(cr, glyphs, Int32(glyphs.count))
        }
        cairo_restore(cr)
    }

    func withClip(_ rect: Rect, _ body: () -> Void) {
        guard rect.x.isFinite, rect.y.isFinite, rect.width.isFinite, rect.height.isFinite else { return body() }
        paintFirst()
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
        failures.note(markup: made.markupFailure, untypeset: made.untypeset)
        layoutCache[text] = made.layout
        return made.layout
    }

    /// On a surface whose pixels an earlier figure left, the first drawing paints every pixel:
    /// an opaque fill of a rectangle over the whole surface (a figure's background) by painting
    /// its colour everywhere, which replaces it, anything else after clearing the surface to
    /// zero, as Cairo's own new surface would be. Returns whether `path` and `color` were painted.
    ///
    /// Why: a new surface is zeroed and then painted over by the background, two passes over
    /// 2.3 MB at 1200×480 where one does. And where the figure's size in pixels is not a whole
    /// number, the background's partly covered last column and row are no longer blended with
    /// the zeroed (black) pixels into a grey edge: they are the background.
    @discardableResult
    private func paintFirst(_ path: Path? = nil, _ color: Color? = nil) -> Bool {
        guard unpainted else { return false }
        unpainted = false
        let background = path.map { covering($0) } == true && (color?.alpha ?? 0) >= 1 ? color : nil
        cairo_save(cr)
        if let background {
            cairo_set_operator(cr, CAIRO_OPERATOR_SOURCE)
            setColor(background)
        } else {
            cairo_set_operator(cr, CAIRO_OPERATOR_CLEAR)
        }
        cairo_paint(cr)
        cairo_restore(cr)
        return background != nil
    }

    /// Whether `path` is one rectangle, drawn corner to corner as `Path.rectangle` draws it, that
    /// covers the whole surface but for a fraction of a pixel at its far edges.
    private func covering(_ path: Path) -> Bool {
        guard path.elements.count == 5, case .move(let a) = path.elements[0], case .line(let b) = path.elements[1],
            case .line(let c) = path.elements[2], case .line(let d) = path.elements[3], case .close = path.elements[4],
            a.y == b.y, b.x == c.x, c.y == d.y, d.x == a.x
        else { return false }
        var x0 = min(a.x, c.x), y0 = min(a.y, c.y), x1 = max(a.x, c.x), y1 = max(a.y, c.y)
        cairo_user_to_device(cr, &x0, &y0)
        cairo_user_to_device(cr, &x1, &y1)
        let width = Double(cairo_image_surface_get_width(surface.pointer))
        let height = Double(cairo_image_surface_get_height(surface.pointer))
        return x0 <= 0 && y0 <= 0 && x1 > width - 1 && y1 > height - 1
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
