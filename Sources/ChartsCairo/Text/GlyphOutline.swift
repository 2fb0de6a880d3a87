import CCairo

/// A glyph's outline as Cairo gives it, in the scaled font's user space (figure units, y
/// downwards), walked the same way for every writer that needs it: the SVG's path data and a
/// PDF's Type 3 glyphs.
enum GlyphOutline {
    /// One element of the outline.
    enum Step {
        case move(Double, Double)
        case line(Double, Double)
        case curve(Double, Double, Double, Double, Double, Double)
        case close
    }

    /// Reads `glyph` of `scaled` into `context`'s path and passes each element to `step`,
    /// leaving out the move Cairo adds after each close; false when Cairo gave no path.
    static func walk(_ glyph: UInt32, of scaled: OpaquePointer, in context: OpaquePointer, _ step: (Step) -> Void) -> Bool {
        cairo_set_scaled_font(context, scaled)
        cairo_new_path(context)
        var g = cairo_glyph_t(index: UInt(glyph), x: 0, y: 0)
        cairo_glyph_path(context, &g, 1)
        guard let path = cairo_copy_path(context) else { return false }
        defer { cairo_path_destroy(path) }
        guard path.pointee.status == CAIRO_STATUS_SUCCESS, let data = path.pointee.data else { return false }
        let count = Int(path.pointee.num_data)
        var i = 0
        var closed = false
        while i < count {
            let header = data[i].header
            let next = i + max(Int(header.length), 1)
            let p = { (k: Int) in data[i + k].point }
            switch header.type {
            case CAIRO_PATH_MOVE_TO:
                // Cairo follows each close with a move to the subpath's start, which the next
                // move or the end of the outline makes pointless.
                if !(closed && (next >= count || data[next].header.type == CAIRO_PATH_MOVE_TO)) {
                    step(.move(p(1).x, p(1).y))
                }
            case CAIRO_PATH_LINE_TO: step(.line(p(1).x, p(1).y))
            case CAIRO_PATH_CURVE_TO: step(.curve(p(1).x, p(1).y, p(2).x, p(2).y, p(3).x, p(3).y))
            default: step(.close)
            }
            closed = header.type == CAIRO_PATH_CLOSE_PATH
            i = next
        }
        return true
    }
}
