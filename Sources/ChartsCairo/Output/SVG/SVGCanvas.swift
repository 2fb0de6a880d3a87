import Charts

/// A `Canvas` that writes SVG directly: the figure's own structure, nothing to rewrite.
///
/// Cairo's SVG surface wrote every number with six decimals and every default style, and
/// needed two rewriting passes (stable ids, then compaction) after it: 5.7 ms per figure in the
/// 16-figure benchmark. Writing the document from the canvas calls takes a fraction of that and
/// keeps what Cairo flattened away: a group per part of the figure (`panel1-grid`,
/// `panel1-series`, `panel2-legend`), markers defined once and placed with `<use>`, and each
/// glyph's outline defined once per file however often it is drawn. Text stays outlines, as
/// Cairo wrote it, so the file looks the same on every machine whatever fonts it has.
final class SVGCanvas: Canvas {
    private let engine: TextEngine
    private let size: Size
    private var body: [UInt8] = []
    private var defs: [UInt8] = []
    /// Each glyph's id in this file (`g12`), empty for a glyph without ink.
    private var glyphIDs: [GlyphKey: [UInt8]] = [:]
    private var glyphCount = 0
    private var markerIDs: [Int: Int] = [:]
    private var clips = 0
    private var markupFailure: TextMarkupError?
    private var untypeset: String?
    /// What is still open at the end of `body`: consecutive strokes of one opaque pen share
    /// one `<path>` (a grid is then one element, not twelve) and consecutive texts of one
    /// colour share one `<g fill>`; anything else closes it first.
    private var open: Open = .nothing
    private var openPath = SVGPathData()
    /// Groups whose start tag waits for their first content, so empty groups are left out.
    private var pendingGroups: [String] = []

    private enum Open: Equatable {
        case nothing
        case stroke(StrokeStyle)
        case text(Color)
    }

    /// A canvas for a figure of `size`, setting text with `engine`.
    init(size: Size, engine: TextEngine) {
        self.engine = engine
        self.size = size
        body.reserveCapacity(16_384)
    }

    var resolution: Double { 1 }

    func finish() throws {
        if let markupFailure { throw markupFailure }
        if let untypeset { throw FontError(unknownGlyphsIn: untypeset) }
    }

    /// The whole file, with `title` and `description` (plain text) as its `<title>` and `<desc>`.
    func document(title: String?, description: String?) -> [UInt8] {
        close()
        var out: [UInt8] = []
        out.reserveCapacity(body.count + defs.count + 512)
        out += Array(#"<?xml version="1.0" encoding="UTF-8"?>"#.utf8)
        out += Array("\n<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"".utf8)
        SVGNumber.append(size.width, to: &out)
        out += Array(#"" height=""#.utf8)
        SVGNumber.append(size.height, to: &out)
        out += Array(#"" viewBox="0 0 "#.utf8)
        appendPair(size.width, size.height, to: &out)
        out += Array(#"">"#.utf8)
        if let title, !title.isEmpty { out += Array("\n<title>\(escapeXML(title))</title>".utf8) }
        if let description, !description.isEmpty { out += Array("\n<desc>\(escapeXML(description))</desc>".utf8) }
        if !defs.isEmpty {
            out += Array("\n<defs>".utf8)
            out += defs
            out += Array("\n</defs>".utf8)
        }
        out += body
        out += Array("\n</svg>\n".utf8)
        return out
    }

    func stroke(_ path: Path, _ style: StrokeStyle) {
        guard path.isFinite, !path.elements.isEmpty else { return }
        // Overlapping subpaths of a translucent pen would no longer darken where they cross.
        let startsSubpath: Bool
        switch path.elements.first {
        case .move, .circle: startsSubpath = true
        default: startsSubpath = false
        }
        if open != .stroke(style) || style.color.alpha < 1 || !startsSubpath {
            close()
            begin()
            body += Array("\n<path fill=\"none\"".utf8)
            appendStroke(style, to: &body)
            body += Array(" d=\"".utf8)
            open = .stroke(style)
            openPath = SVGPathData()
        }
        openPath.append(path)
    }

    func fill(_ path: Path, _ color: Color) {
        guard path.isFinite, !path.elements.isEmpty else { return }
        close()
        begin()
        body += Array("\n<path d=\"".utf8)
        body += SVGPathData.of(path)
        body += Array("\"".utf8)
        appendFill(color, to: &body)
        body += Array("/>".utf8)
    }

    func measure(_ text: TextRun) -> TextMetrics { engine.measure(text) }

    func draw(_ text: TextRun, at origin: Point, rotated: Bool) {
        guard origin.x.isFinite, origin.y.isFinite else { return }
        let shaped = engine.shape(text)
        if markupFailure == nil { markupFailure = shaped.markupFailure }
        if untypeset == nil { untypeset = shaped.untypeset }
        let inked = shaped.glyphs.filter { !glyphID($0.key).isEmpty }
        guard let first = inked.first else { return }
        // Glyph positions are kept relative to the run's baseline, so they are short numbers
        // and most need no y at all.
        if open != .text(text.color) {
            close()
            begin()
            body += Array("\n<g".utf8)
            appendFill(text.color, to: &body)
            body += Array(">".utf8)
            open = .text(text.color)
        }
        // A run of one or two glyphs is shorter placed glyph by glyph than as a group.
        if !rotated, inked.count <= 2 {
            for glyph in inked {
                body += Array("\n<use xlink:href=\"#".utf8)
                body += glyphID(glyph.key)
                body += Array("\" x=\"".utf8)
                SVGNumber.append(origin.x + glyph.x, to: &body)
                body += Array("\" y=\"".utf8)
                SVGNumber.append(origin.y + glyph.y, to: &body)
                body += Array("\"/>".utf8)
            }
            return
        }
        body += Array("\n<g transform=\"translate(".utf8)
        if rotated {
            appendPair(origin.x, origin.y, to: &body)
            body += Array(") rotate(-90) translate(".utf8)
            appendPair(0, first.y, to: &body)
        } else {
            appendPair(origin.x, origin.y + first.y, to: &body)
        }
        body += Array(")\">".utf8)
        for glyph in inked {
            body += Array("<use xlink:href=\"#".utf8)
            body += glyphID(glyph.key)
            body += Array("\"".utf8)
            if SVGNumber.hundredths(glyph.x) != 0 {
                body += Array(" x=\"".utf8)
                SVGNumber.append(glyph.x, to: &body)
                body += Array("\"".utf8)
            }
            if SVGNumber.hundredths(glyph.y - first.y) != 0 {
                body += Array(" y=\"".utf8)
                SVGNumber.append(glyph.y - first.y, to: &body)
                body += Array("\"".utf8)
            }
            body += Array("/>".utf8)
        }
        body += Array("</g>".utf8)
    }

    func withClip(_ rect: Rect, _ body: () -> Void) {
        guard rect.x.isFinite, rect.y.isFinite, rect.width.isFinite, rect.height.isFinite else { return body() }
        close()
        clips += 1
        defs += Array("\n<clipPath id=\"c\(clips)\"><rect x=\"".utf8)
        SVGNumber.append(rect.x, to: &defs)
        defs += Array("\" y=\"".utf8)
        SVGNumber.append(rect.y, to: &defs)
        defs += Array("\" width=\"".utf8)
        SVGNumber.append(rect.width, to: &defs)
        defs += Array("\" height=\"".utf8)
        SVGNumber.append(rect.height, to: &defs)
        defs += Array("\"/></clipPath>".utf8)
        let id = clips
        group(open: "clip-path=\"url(#c\(id))\"", body)
    }

    func group(id: String, _ body: () -> Void) {
        group(open: "id=\"\(escapeXML(id))\"", body)
    }

    /// A `<g>` with `attributes` around what `body` draws, or nothing if it draws nothing.
    private func group(open attributes: String, _ body: () -> Void) {
        close()
        pendingGroups.append(attributes)
        let depth = pendingGroups.count
        body()
        close()
        if pendingGroups.count == depth {
            pendingGroups.removeLast()
        } else {
            self.body += Array("\n</g>".utf8)
        }
    }

    /// Writes the start tags of groups still waiting for content.
    private func begin() {
        for attributes in pendingGroups { body += Array("\n<g \(attributes)>".utf8) }
        pendingGroups.removeAll()
    }

    /// Ends the open path or text group, if any.
    private func close() {
        switch open {
        case .nothing: return
        case .stroke:
            body += openPath.bytes
            body += Array("\"/>".utf8)
        case .text: body += Array("\n</g>".utf8)
        }
        open = .nothing
    }

    func drawMarkers(at centers: [Point], radius: Double, fill: Color, outline: StrokeStyle) {
        let shown = centers.filter { $0.x.isFinite && $0.y.isFinite }
        guard !shown.isEmpty, radius.isFinite, radius > 0 else { return }
        close()
        begin()
        let key = SVGNumber.hundredths(radius)
        let id: Int
        if let known = markerIDs[key] {
            id = known
        } else {
            id = markerIDs.count + 1
            markerIDs[key] = id
            defs += Array("\n<circle id=\"m\(id)\" r=\"".utf8)
            SVGNumber.appendHundredths(key, to: &defs)
            defs += Array("\"/>".utf8)
        }
        body += Array("\n<g".utf8)
        appendFill(fill, to: &body)
        appendStroke(outline, to: &body)
        body += Array(">".utf8)
        for center in shown {
            body += Array("<use xlink:href=\"#m\(id)\" x=\"".utf8)
            SVGNumber.append(center.x, to: &body)
            body += Array("\" y=\"".utf8)
            SVGNumber.append(center.y, to: &body)
            body += Array("\"/>".utf8)
        }
        body += Array("</g>".utf8)
    }

    /// The id of `key`'s outline in this file (`g12`), defined on first use; empty for a glyph
    /// without ink.
    private func glyphID(_ key: GlyphKey) -> [UInt8] {
        if let known = glyphIDs[key] { return known }
        let outline = engine.outline(key)
        var id: [UInt8] = []
        if !outline.isEmpty {
            glyphCount += 1
            id = Array("g\(glyphCount)".utf8)
            defs += Array("\n<path id=\"".utf8) + id + Array("\" d=\"".utf8)
            defs += outline
            defs += Array("\"/>".utf8)
        }
        glyphIDs[key] = id
        return id
    }

    /// "x y", for attributes that take two numbers.
    private func appendPair(_ x: Double, _ y: Double, to out: inout [UInt8]) {
        SVGNumber.append(x, to: &out)
        out.append(UInt8(ascii: " "))
        SVGNumber.append(y, to: &out)
    }

    private func appendFill(_ color: Color, to out: inout [UInt8]) {
        out += Array(" fill=\"".utf8)
        SVGNumber.appendColor(color, to: &out)
        out += Array("\"".utf8)
        if color.alpha < 1 {
            out += Array(" fill-opacity=\"".utf8)
            SVGNumber.append(color.alpha, to: &out)
            out += Array("\"".utf8)
        }
    }

    /// Stroke attributes; SVG's defaults (butt caps, miter joins) are left out.
    private func appendStroke(_ style: StrokeStyle, to out: inout [UInt8]) {
        out += Array(" stroke=\"".utf8)
        SVGNumber.appendColor(style.color, to: &out)
        out += Array("\"".utf8)
        if SVGNumber.hundredths(style.width) != 100 {
            out += Array(" stroke-width=\"".utf8)
            SVGNumber.append(style.width, to: &out)
            out += Array("\"".utf8)
        }
        if style.color.alpha < 1 {
            out += Array(" stroke-opacity=\"".utf8)
            SVGNumber.append(style.color.alpha, to: &out)
            out += Array("\"".utf8)
        }
        if style.round { out += Array(" stroke-linecap=\"round\" stroke-linejoin=\"round\"".utf8) }
        if !style.dash.isEmpty {
            out += Array(" stroke-dasharray=\"".utf8)
            for (i, d) in style.dash.enumerated() {
                if i > 0 { out.append(UInt8(ascii: " ")) }
                SVGNumber.append(d, to: &out)
            }
            out += Array("\"".utf8)
        }
    }
}
