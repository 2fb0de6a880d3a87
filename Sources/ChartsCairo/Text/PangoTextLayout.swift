import CCairo
import Charts

/// Turns a `TextRun` into a Pango layout, the one way every canvas and the measurer do it, so
/// text measures and draws alike everywhere.
enum PangoTextLayout {
    /// A layout, with what went wrong making it.
    struct Made {
        /// The layout; the caller owns one reference.
        let layout: OpaquePointer
        /// Set when the markup did not parse; the layout is then empty.
        let markupFailure: TextMarkupError?
        /// The layout's text, when some of it has no glyph in any font.
        let untypeset: String?
    }

    /// Unhinted metrics: text measures the same on PNG, SVG and PDF surfaces and at every
    /// scale, so a figure laid out once fits every format.
    static func configure(_ context: OpaquePointer) {
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
    }

    /// A layout of `text` in `family` on `context`; nil only if Pango cannot make one at all.
    static func make(_ text: TextRun, family: String, context: OpaquePointer) -> Made? {
        guard let layout = pango_layout_new(context) else { return nil }
        let font = pango_font_description_new()
        pango_font_description_set_family(font, family)
        pango_font_description_set_weight(font, text.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_absolute_size(font, text.size * Double(PANGO_SCALE))
        pango_layout_set_font_description(layout, font)
        pango_font_description_free(font)
        // Parsed here rather than by pango_layout_set_markup, which leaves a layout empty
        // without a word when the markup is broken; the work is the same.
        var attributes: OpaquePointer?
        var plain: UnsafeMutablePointer<CChar>?
        var error: UnsafeMutablePointer<GError>?
        var markupFailure: TextMarkupError?
        if pango_parse_markup(text.markup, -1, 0, &attributes, &plain, nil, &error) != 0 {
            pango_layout_set_text(layout, plain, -1)
            pango_layout_set_attributes(layout, attributes)
        } else {
            let reason = error.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "unknown"
            markupFailure = TextMarkupError(markup: text.markup, reason: reason)
        }
        if let attributes { pango_attr_list_unref(attributes) }
        g_free(plain)
        if let error { g_error_free(error) }
        var untypeset: String?
        if pango_layout_get_unknown_glyphs_count(layout) > 0 {
            untypeset = pango_layout_get_text(layout).map { String(cString: $0) } ?? text.markup
        }
        if let width = text.maxWidth, width.isFinite, width > 0 {
            pango_layout_set_width(layout, Int32(min(width * Double(PANGO_SCALE), Double(Int32.max))))
            if text.wraps {
                pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
                pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
            } else {
                pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_MIDDLE)
            }
        }
        return Made(layout: layout, markupFailure: markupFailure, untypeset: untypeset)
    }

    /// The logical size and baseline of `layout`.
    static func metrics(_ layout: OpaquePointer) -> TextMetrics {
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(layout, &ink, &logical)
        let unit = Double(PANGO_SCALE)
        // A wrapping layout centres its lines in its set width: that width is its box.
        let wraps = pango_layout_get_width(layout) > 0 && pango_layout_get_ellipsize(layout) == PANGO_ELLIPSIZE_NONE
        let width = wraps ? Double(pango_layout_get_width(layout)) : Double(logical.width)
        return TextMetrics(
            width: width / unit, height: Double(logical.height) / unit,
            baseline: Double(pango_layout_get_baseline(layout)) / unit)
    }
}
