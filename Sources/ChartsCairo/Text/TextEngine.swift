import CCairo
import CGlyphCapture
import Charts
import Foundation

/// Measures and shapes text for a whole run, on every worker, each distinct text once.
///
/// Layout measures each label several times per figure, every figure repeats tick labels
/// like "0" and "−10", and each format used to lay a figure out again: measuring was called
/// 4,904 times for 826 drawn texts in the 16-figure benchmark. Here each distinct text (markup,
/// size, weight, width limit; colour does not change a size) is measured and shaped once per
/// run and the answer shared by all workers.
///
/// Pango objects are not thread-safe and Pango's default font map is per thread, so the engine
/// owns a font map and context of its own and uses them only under its lock.
public final class TextEngine: TextMeasurer, @unchecked Sendable {
    /// What a text's size and glyphs depend on.
    private struct Key: Hashable {
        let markup: String
        let size: Double
        let bold: Bool
        let maxWidth: Double?
        let wraps: Bool

        init(_ run: TextRun) {
            markup = run.markup
            size = run.size
            bold = run.bold
            maxWidth = run.maxWidth
            wraps = run.wraps
        }
    }

    /// The comma-separated font family list text is set in.
    public let fontFamily: String
    private let lock = NSLock()
    private let fontMap: OpaquePointer
    private let context: OpaquePointer
    /// A 1×1 surface's context for reading glyph outlines.
    private let scratch: OpaquePointer
    private let scratchSurface: OpaquePointer
    private var metrics: [Key: TextMetrics] = [:]
    /// Layouts made for measuring, kept so that shaping the same text for an SVG reuses them.
    private var layouts: [Key: PangoTextLayout.Made] = [:]
    private var shapes: [Key: ShapedText] = [:]
    private var fontNumbers: [String: Int] = [:]
    /// Each font Pango handed to the glyph callback, by address, one reference held so that the
    /// address names it for the whole run: describing a font as text for `fontNumbers` cost
    /// 11 000 instructions a glyph (callgrind), and a font is met again for nearly every glyph.
    private var fontsSeen: [Int: Int] = [:]
    /// Each numbered font as Cairo draws it, one reference held, for `CairoCanvas`.
    private var scaledFonts: [OpaquePointer?] = []
    private var outlines: [GlyphKey: [UInt8]] = [:]
    /// Each numbered font's face, as a PDF names it ("DejaVuSans-Bold"), and its style.
    private var faceNames: [String] = []
    private var faceStyles: [(bold: Bool, italic: Bool)] = []
    private var typeThreeGlyphs: [GlyphKey: TypeThreeGlyph] = [:]
    /// Each numbered font's Pango font, for its face's tables.
    private var pangoFonts: [UnsafeMutablePointer<PangoFont>] = []
    private var embeddable: [Int: EmbeddableFace?] = [:]
    /// The tables of each face read so far, by the HarfBuzz face's address: two sizes of one
    /// face share them.
    private var faceTables: [Int: (tables: [String: [UInt8]], cff: Bool, variable: Bool)] = [:]

    /// An engine setting text in `fontFamily`.
    public init(fontFamily: String) {
        self.fontFamily = fontFamily
        FontSetup.ready()
        fontMap = OpaquePointer(pango_cairo_font_map_new())
        context = pango_font_map_create_context(UnsafeMutablePointer(fontMap))
        PangoTextLayout.configure(context)
        scratchSurface = cairo_image_surface_create(CAIRO_FORMAT_A8, 1, 1)
        scratch = cairo_create(scratchSurface)
    }

    deinit {
        for made in layouts.values { g_object_unref(UnsafeMutableRawPointer(made.layout)) }
        for case let font? in scaledFonts { cairo_scaled_font_destroy(font) }
        for address in fontsSeen.keys { g_object_unref(UnsafeMutableRawPointer(bitPattern: address)) }
        cairo_destroy(scratch)
        cairo_surface_destroy(scratchSurface)
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    /// The size of `text`, measured on first request.
    public func measure(_ text: TextRun) -> TextMetrics {
        let key = Key(text)
        lock.lock()
        defer { lock.unlock() }
        if let known = metrics[key] { return known }
        let measured = layout(key, text).map { PangoTextLayout.metrics($0.layout) } ?? TextMetrics(width: 0, height: 0, baseline: 0)
        metrics[key] = measured
        return measured
    }

    /// The layout of `text`, made on first request; call with the lock held.
    private func layout(_ key: Key, _ text: TextRun) -> PangoTextLayout.Made? {
        if let known = layouts[key] { return known }
        let made = PangoTextLayout.make(text, family: fontFamily, context: context)
        layouts[key] = made
        return made
    }

    /// `text` as placed glyphs, shaped on first request; their outlines are then known to
    /// `outline(_:)`.
    func shape(_ text: TextRun) -> ShapedText {
        let key = Key(text)
        lock.lock()
        defer { lock.unlock() }
        if let known = shapes[key] { return known }
        var shaped = ShapedText(glyphs: [])
        if let made = layout(key, text) {
            shaped.markupFailure = made.markupFailure
            shaped.untypeset = made.untypeset
            var capture = Capture(engine: self)
            withUnsafeMutablePointer(to: &capture) { pointer in
                _ = actplot_capture_glyphs(made.layout, Capture.sink, Capture.runs, pointer)
            }
            capture.closeSegment()
            shaped.glyphs = capture.glyphs
            shaped.segments = capture.segments
        }
        shapes[key] = shaped
        return shaped
    }

    /// The Cairo font of a glyph `shape(_:)` returned, set in the engine's unhinted font
    /// options; nil only if Pango had none for it.
    func scaledFont(_ number: Int) -> OpaquePointer? {
        lock.lock()
        defer { lock.unlock() }
        return number < scaledFonts.count ? scaledFonts[number] : nil
    }

    /// The outline of a glyph `shape(_:)` returned, as SVG path data with the glyph's origin at
    /// (0, 0), in tenths of a unit (to be drawn scaled by 0.1); empty for a glyph with no ink.
    func outline(_ key: GlyphKey) -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        return outlines[key] ?? []
    }

    /// The face of a font `shape(_:)` returned, named as PostScript names faces: the family
    /// without spaces, then "-Bold", "-Italic" or "-BoldItalic".
    func faceName(_ number: Int) -> String {
        lock.lock()
        defer { lock.unlock() }
        return number < faceNames.count ? faceNames[number] : ""
    }

    /// A glyph `shape(_:)` returned, as a PDF Type 3 font draws it; read on first request.
    func typeThreeGlyph(_ key: GlyphKey) -> TypeThreeGlyph {
        lock.lock()
        defer { lock.unlock() }
        if let known = typeThreeGlyphs[key] { return known }
        var glyph = TypeThreeGlyph(advance: 0, box: [0, 0, 0, 0], path: [])
        if key.font < scaledFonts.count, let scaled = scaledFonts[key.font] {
            var g = cairo_glyph_t(index: UInt(key.glyph), x: 0, y: 0)
            var extents = cairo_text_extents_t()
            cairo_scaled_font_glyph_extents(scaled, &g, 1, &extents)
            var steps: [GlyphOutline.Step] = []
            if GlyphOutline.walk(key.glyph, of: scaled, in: scratch, { steps.append($0) }) {
                glyph = TypeThreeGlyph(advance: extents.x_advance, outline: steps)
            }
        }
        typeThreeGlyphs[key] = glyph
        return glyph
    }

    /// The face of a font `shape(_:)` returned, if a PDF can embed it as drawn (see
    /// `EmbeddableFace`); read on first request.
    func embeddableFace(_ number: Int) -> EmbeddableFace? {
        lock.lock()
        defer { lock.unlock() }
        if let known = embeddable[number] { return known }
        var face: EmbeddableFace?
        if number < pangoFonts.count, let scaled = scaledFonts[number], let hbFont = pango_font_get_hb_font(pangoFonts[number]),
            let hbFace = hb_font_get_face(hbFont)
        {
            var matrix = cairo_matrix_t()
            cairo_scaled_font_get_font_matrix(scaled, &matrix)
            let uniform = matrix.xy == 0 && matrix.yx == 0 && matrix.xx == matrix.yy
            let key = Int(bitPattern: UnsafeRawPointer(hbFace))
            let read = faceTables[key] ?? Self.tables(of: hbFace)
            faceTables[key] = read
            face = EmbeddableFace(
                tables: read.tables, cff: read.cff, variable: read.variable, size: uniform ? matrix.xx : .nan,
                name: faceNames[number], bold: faceStyles[number].bold, italic: faceStyles[number].italic)
        }
        embeddable[number] = face
        return face
    }

    /// The tables `EmbeddableFace` reads, and whether the face is CFF or variable.
    private static func tables(of face: OpaquePointer) -> (tables: [String: [UInt8]], cff: Bool, variable: Bool) {
        func code(_ tag: String) -> UInt32 { tag.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) } }
        func table(_ tag: String) -> [UInt8]? {
            guard let blob = hb_face_reference_table(face, code(tag)) else { return nil }
            defer { hb_blob_destroy(blob) }
            var length: UInt32 = 0
            guard let data = hb_blob_get_data(blob, &length), length > 0 else { return nil }
            return Array(UnsafeRawBufferPointer(start: data, count: Int(length)))
        }
        func has(_ tag: String) -> Bool {
            guard let blob = hb_face_reference_table(face, code(tag)) else { return false }
            defer { hb_blob_destroy(blob) }
            return hb_blob_get_length(blob) > 0
        }
        // A CFF face (Noto Sans CJK's is 16 MB) is recognised without reading its tables.
        guard !has("CFF "), !has("CFF2"), has("glyf") else { return ([:], true, false) }
        var tables: [String: [UInt8]] = [:]
        for tag in EmbeddableFace.tags { tables[tag] = table(tag) }
        return (tables, false, has("fvar"))
    }

    /// `font`'s family and style as one PostScript-like name, and whether Pango asked for it
    /// bold (semibold or heavier) and italic or oblique.
    private static func face(of font: UnsafeMutablePointer<PangoFont>) -> (name: String, bold: Bool, italic: Bool) {
        let description = pango_font_describe(font)
        defer { pango_font_description_free(description) }
        let family = pango_font_description_get_family(description).map { String(cString: $0) } ?? ""
        let bold = pango_font_description_get_weight(description).rawValue >= PANGO_WEIGHT_SEMIBOLD.rawValue
        let italic = pango_font_description_get_style(description) != PANGO_STYLE_NORMAL
        let style = (bold ? "Bold" : "") + (italic ? "Italic" : "")
        return (family.filter { $0 != " " } + (style.isEmpty ? "" : "-" + style), bold, italic)
    }

    /// What the glyph callback collects while the lock is held.
    private struct Capture {
        let engine: TextEngine
        var glyphs: [ShapedText.Glyph] = []
        var segments: [ShapedText.Segment] = []

        /// Ends the open segment at the glyphs captured so far.
        mutating func closeSegment() {
            guard let last = segments.indices.last else { return }
            segments[last].range = segments[last].range.lowerBound..<glyphs.count
        }

        static let sink: actplot_glyph_sink = { raw, font, glyph, x, y in
            guard let raw, let font else { return }
            let capture = raw.assumingMemoryBound(to: Capture.self)
            let key = GlyphKey(font: capture.pointee.engine.number(of: font, glyph: glyph), glyph: glyph)
            capture.pointee.glyphs.append(ShapedText.Glyph(key: key, x: x, y: y))
        }

        static let runs: actplot_run_sink = { raw, text, length, clusters, count, backward in
            guard let raw else { return }
            let capture = raw.assumingMemoryBound(to: Capture.self)
            capture.pointee.closeSegment()
            let bytes = text.map { Array(UnsafeRawBufferPointer(start: $0, count: Int(max(length, 0)))) } ?? []
            let pairs = (0..<Int(max(count, 0))).map { i in (bytes: clusters?[2 * i] ?? 0, glyphs: clusters?[2 * i + 1] ?? 0) }
            let start = capture.pointee.glyphs.count
            capture.pointee.segments.append(
                ShapedText.Segment(text: bytes, clusters: pairs, backward: backward != 0, range: start..<start))
        }
    }

    /// The engine's number for `font`, with `glyph`'s outline read if it is new. Fonts are
    /// told apart by their description (family, weight, style, size), which names one face at
    /// one size for the whole run; a font met before is known by its address.
    private func number(of font: UnsafeMutablePointer<PangoFont>, glyph: UInt32) -> Int {
        let address = Int(bitPattern: font)
        let number: Int
        if let known = fontsSeen[address] {
            number = known
        } else {
            number = describedNumber(of: font)
            _ = g_object_ref(font)
            fontsSeen[address] = number
        }
        let key = GlyphKey(font: number, glyph: glyph)
        if outlines[key] == nil { outlines[key] = readOutline(font, glyph) }
        return number
    }

    /// The number of `font` by its description: two Pango fonts of one face and size (from
    /// two contexts' caches) share it.
    private func describedNumber(of font: UnsafeMutablePointer<PangoFont>) -> Int {
        let description = pango_font_describe_with_absolute_size(font)
        let name =
            pango_font_description_to_string(description).map { pointer in
                defer { g_free(pointer) }
                return String(cString: pointer)
            } ?? ""
        pango_font_description_free(description)
        if let known = fontNumbers[name] { return known }
        let number = fontNumbers.count
        fontNumbers[name] = number
        let face = Self.face(of: font)
        faceNames.append(face.name)
        faceStyles.append((face.bold, face.italic))
        pangoFonts.append(font)
        scaledFonts.append(pango_cairo_font_get_scaled_font(OpaquePointer(font)).map { cairo_scaled_font_reference($0) })
        return number
    }

    /// The glyph's outline from Cairo, in the scaled font's user space (figure units).
    private func readOutline(_ font: UnsafeMutablePointer<PangoFont>, _ glyph: UInt32) -> [UInt8] {
        guard let scaled = pango_cairo_font_get_scaled_font(OpaquePointer(font)) else { return [] }
        var out = SVGPathData(quantum: 10, inQuanta: true)
        let read = GlyphOutline.walk(glyph, of: scaled, in: scratch) { step in
            switch step {
            case .move(let x, let y): out.move(x, y)
            case .line(let x, let y): out.line(x, y)
            case .curve(let x1, let y1, let x2, let y2, let x3, let y3): out.curve(x1, y1, x2, y2, x3, y3)
            case .close: out.close()
            }
        }
        return read ? out.bytes : []
    }
}
