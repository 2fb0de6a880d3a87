import Charts

/// A `Canvas` that writes SVG directly: the figure's own structure, nothing to rewrite.
///
/// Cairo's SVG surface wrote every number with six decimals and every default style, and
/// needed two rewriting passes (stable ids, then compaction) after it: 5.7 ms per figure in the
/// 16-figure benchmark. Writing the document from the canvas calls takes a fraction of that and
/// keeps what Cairo flattened away: a group per part of the figure, named by its class
/// (`panel1-grid`, `panel1-series`, `panel2-legend`), markers defined once and placed with `<use>`, and each
/// glyph's outline defined once per file however often it is drawn. Text stays outlines, as
/// Cairo wrote it, so the file looks the same on every machine whatever fonts it has.
///
/// Every id the file refers to starts with a prefix made from a hash of the file: a notebook
/// or web page that inlines several figures (IPython's `SVG()` does) puts all their ids in one
/// document, where `#g1` of the second figure would find the first figure's glyph and draw
/// wrong letters. With four characters from 12 million prefixes, two different figures of a
/// 30-figure notebook share one with a chance of about 4 in 100 000; the same figure inlined
/// twice shares it harmlessly. The parts' names are classes rather than ids for the same
/// reason: every figure has a `panel1-grid`, and a page may hold one id only once.
final class SVGCanvas: Canvas {
    private let engine: TextEngine
    private let size: Size
    private var body: [UInt8] = []
    private var defs: [UInt8] = []
    /// What `document` inserts into `body` and `defs`: the id prefix, and the ids of text runs
    /// drawn again.
    private var bodyInsertions: [Insertion] = []
    private var defsInsertions: [Insertion] = []
    /// Each glyph's id in this file after the prefix, empty for a glyph without ink.
    private var glyphIDs: [GlyphKey: [UInt8]] = [:]
    private var glyphCount = 0
    private var markerIDs: [Int: Int] = [:]
    private var clips = 0
    /// Text runs of three or more glyphs already drawn, by colour and everything after their
    /// position: a tick label that both panels show is drawn the second time with a `<use>`.
    private var runs: [RunKey: DrawnRun] = [:]
    private var reusedRuns = 0
    private var failures = TextFailures()
    /// What is still open at the end of `body`: consecutive strokes of one opaque pen share
    /// one `<path>` (a grid is then one element, not twelve) and consecutive texts of one
    /// colour share one `<g fill>`; anything else closes it first.
    private var open: Open = .nothing
    private var openPath = SVGPathData()
    /// Groups whose start tag waits for their first content, so empty groups are left out.
    private var pendingGroups: [GroupStart] = []

    private enum Open: Equatable {
        case nothing
        case stroke(StrokeStyle)
        case text(Color)
    }

    /// A group's start tag: a named part of the figure, or a clip.
    private enum GroupStart {
        case named(String)
        case clip(Int)
    }

    /// Bytes to insert at an offset, or the id prefix; insertions at one offset keep the order
    /// they were made in.
    private struct Insertion {
        let offset: Int
        let order: Int
        let bytes: [UInt8]?
    }

    private struct RunKey: Hashable {
        let color: [UInt8]
        let tail: [UInt8]

        /// The bytes as blocks: an array's own hashing feeds the hasher one element at a time,
        /// which made looking up the 16-figure benchmark's text runs cost 2.6 million
        /// instructions (callgrind).
        func hash(into hasher: inout Hasher) {
            hasher.combine(color.count)
            color.withUnsafeBytes { hasher.combine(bytes: $0) }
            tail.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    private struct DrawnRun {
        /// Where an `id` attribute goes in the run's start tag, and its translation in
        /// hundredths.
        let idOffset: Int
        let x: Int
        let y: Int
        var id: Int?
    }

    /// A canvas for a figure of `size`, setting text with `engine`.
    init(size: Size, engine: TextEngine) {
        self.engine = engine
        self.size = size
        body.reserveCapacity(16_384)
    }

    var resolution: Double { 1 }

    func finish() throws {
        try failures.check()
    }

    /// The whole file, with `title` and `description` (plain text) as its `<title>` and `<desc>`.
    func document(title: String?, description: String?) -> [UInt8] {
        close()
        let titleText = title.flatMap { $0.isEmpty ? nil : escapeXML($0) }
        let descriptionText = description.flatMap { $0.isEmpty ? nil : escapeXML($0) }
        let prefix = Self.idPrefix(of: [defs, body, Array((titleText ?? "").utf8), Array((descriptionText ?? "").utf8)])
        var out: [UInt8] = []
        out.reserveCapacity(body.count + defs.count + 1024)
        // No XML declaration: UTF-8 and version 1.0 are what a file without one is read as.
        out.append(contentsOf: "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"".utf8)
        SVGNumber.append(size.width, to: &out)
        out.append(contentsOf: #"" height=""#.utf8)
        SVGNumber.append(size.height, to: &out)
        out.append(contentsOf: #"" viewBox="0 0 "#.utf8)
        appendPair(size.width, size.height, to: &out)
        out.append(contentsOf: #"">"#.utf8)
        if let titleText { out.append(contentsOf: "\n<title>\(titleText)</title>".utf8) }
        if let descriptionText { out.append(contentsOf: "\n<desc>\(descriptionText)</desc>".utf8) }
        if !defs.isEmpty {
            out.append(contentsOf: "\n<defs>".utf8)
            Self.append(defs, inserting: defsInsertions, prefix: prefix, to: &out)
            out.append(contentsOf: "\n</defs>".utf8)
        }
        Self.append(body, inserting: bodyInsertions, prefix: prefix, to: &out)
        out.append(contentsOf: "\n</svg>\n".utf8)
        return out
    }

    /// `bytes` with `insertions` made, the prefix where an insertion has no bytes.
    private static func append(_ bytes: [UInt8], inserting insertions: [Insertion], prefix: [UInt8], to out: inout [UInt8]) {
        var from = 0
        for insertion in insertions.sorted(by: { ($0.offset, $0.order) < ($1.offset, $1.order) }) {
            out += bytes[from..<insertion.offset]
            out += insertion.bytes ?? prefix
            from = insertion.offset
        }
        out += bytes[from...]
    }

    /// Four characters that name this file's ids: a letter, then three letters or digits,
    /// from the 64-bit FNV-1a hash of everything the file says.
    private static func idPrefix(of parts: [[UInt8]]) -> [UInt8] {
        var fnv = FNV1a()
        for part in parts {
            fnv.add(part)
            fnv.add(0xFF)
        }
        var hash = fnv.value
        var prefix = [letters[Int(hash % 52)]]
        hash /= 52
        for _ in 0..<3 {
            prefix.append(alphanumerics[Int(hash % 62)])
            hash /= 62
        }
        return prefix
    }

    private static let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8)
    private static let alphanumerics = Array("0123456789".utf8) + letters

    /// `n` in base 62, the shortest glyph ids after the prefix.
    private static func base62(_ n: Int) -> [UInt8] {
        var n = n
        var digits: [UInt8] = []
        repeat {
            digits.append(alphanumerics[n % 62])
            n /= 62
        } while n > 0
        return digits.reversed()
    }

    /// Records that the id prefix goes at the end of `body` (or of `defs`).
    private func prefixHere(inDefs: Bool = false) {
        if inDefs {
            defsInsertions.append(Insertion(offset: defs.count, order: defsInsertions.count, bytes: nil))
        } else {
            bodyInsertions.append(Insertion(offset: body.count, order: bodyInsertions.count, bytes: nil))
        }
    }

    /// Appends a reference to the id `local` (after the prefix): `"#` then the id.
    private func reference(_ local: [UInt8]) {
        body.append(contentsOf: "\"#".utf8)
        prefixHere()
        body += local
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
            body.append(contentsOf: "\n<path fill=\"none\"".utf8)
            appendStroke(style, to: &body)
            body.append(contentsOf: " d=\"".utf8)
            open = .stroke(style)
            openPath = SVGPathData()
        }
        openPath.append(path)
    }

    func fill(_ path: Path, _ color: Color) {
        guard path.isFinite, !path.elements.isEmpty else { return }
        close()
        begin()
        body.append(contentsOf: "\n<path d=\"".utf8)
        body += SVGPathData.of(path)
        body.append(contentsOf: "\"".utf8)
        appendFill(color, to: &body)
        body.append(contentsOf: "/>".utf8)
    }

    func measure(_ text: TextRun) -> TextMetrics { engine.measure(text) }

    func draw(_ text: TextRun, at origin: Point, rotated: Bool) {
        guard origin.x.isFinite, origin.y.isFinite else { return }
        let shaped = engine.shape(text)
        failures.note(shaped)
        let inked = shaped.glyphs.filter { !glyphID($0.key).isEmpty }
        guard let first = inked.first else { return }
        // Glyph positions are kept relative to the run's baseline, so they are short numbers
        // and most need no y at all.
        if open != .text(text.color) {
            close()
            begin()
            body.append(contentsOf: "\n<g".utf8)
            appendFill(text.color, to: &body)
            body.append(contentsOf: ">".utf8)
            open = .text(text.color)
        }
        // A run of one or two glyphs is shorter placed glyph by glyph than as a group.
        if !rotated, inked.count <= 2 {
            for glyph in inked {
                body.append(contentsOf: "\n<use xlink:href=".utf8)
                reference(glyphID(glyph.key))
                body.append(contentsOf: "\" x=\"".utf8)
                SVGNumber.append(origin.x + glyph.x, to: &body)
                body.append(contentsOf: "\" y=\"".utf8)
                SVGNumber.append(origin.y + glyph.y, to: &body)
                body.append(contentsOf: "\"/>".utf8)
            }
            return
        }
        // What follows the translation, with glyph ids after the prefix: identical for the same
        // text in the same font, wherever it is drawn.
        var tail: [UInt8] = []
        var glyphOffsets: [Int] = []
        if rotated {
            tail.append(contentsOf: ") rotate(-90) translate(".utf8)
            appendPair(0, first.y, to: &tail)
        }
        tail.append(contentsOf: ")\">".utf8)
        for glyph in inked {
            tail.append(contentsOf: "<use xlink:href=\"#".utf8)
            glyphOffsets.append(tail.count)
            tail += glyphID(glyph.key)
            tail.append(contentsOf: "\"".utf8)
            Self.appendOffset("x", SVGNumber.hundredths(glyph.x), to: &tail)
            Self.appendOffset("y", SVGNumber.hundredths(glyph.y - first.y), to: &tail)
            tail.append(contentsOf: "/>".utf8)
        }
        tail.append(contentsOf: "</g>".utf8)
        let x = SVGNumber.hundredths(origin.x)
        let y = SVGNumber.hundredths(rotated ? origin.y : origin.y + first.y)
        var colour: [UInt8] = []
        appendFill(text.color, to: &colour)
        let key = RunKey(color: colour, tail: tail)
        if var drawn = runs[key] {
            // The run's own translation applies inside the <use>, so the use moves it by the
            // difference of the two, both already rounded: it lands where it would have.
            let id: Int
            if let known = drawn.id {
                id = known
            } else {
                reusedRuns += 1
                id = reusedRuns
                drawn.id = id
                runs[key] = drawn
                let at = drawn.idOffset
                bodyInsertions.append(Insertion(offset: at, order: bodyInsertions.count, bytes: Array(" id=\"".utf8)))
                bodyInsertions.append(Insertion(offset: at, order: bodyInsertions.count, bytes: nil))
                bodyInsertions.append(Insertion(offset: at, order: bodyInsertions.count, bytes: Array("-r\(id)\"".utf8)))
            }
            body.append(contentsOf: "\n<use xlink:href=".utf8)
            reference(Array("-r\(id)".utf8))
            body.append(contentsOf: "\"".utf8)
            Self.appendOffset("x", x - drawn.x, to: &body)
            Self.appendOffset("y", y - drawn.y, to: &body)
            body.append(contentsOf: "/>".utf8)
            return
        }
        body.append(contentsOf: "\n<g".utf8)
        runs[key] = DrawnRun(idOffset: body.count, x: x, y: y)
        body.append(contentsOf: " transform=\"translate(".utf8)
        SVGNumber.appendHundredths(x, to: &body)
        body.append(UInt8(ascii: " "))
        SVGNumber.appendHundredths(y, to: &body)
        var from = 0
        for offset in glyphOffsets {
            body += tail[from..<offset]
            prefixHere()
            from = offset
        }
        body += tail[from...]
    }

    func withClip(_ rect: Rect, _ body: () -> Void) {
        guard rect.x.isFinite, rect.y.isFinite, rect.width.isFinite, rect.height.isFinite else { return body() }
        close()
        clips += 1
        defs.append(contentsOf: "\n<clipPath id=\"".utf8)
        prefixHere(inDefs: true)
        defs.append(contentsOf: "-c\(clips)\"><rect x=\"".utf8)
        SVGNumber.append(rect.x, to: &defs)
        defs.append(contentsOf: "\" y=\"".utf8)
        SVGNumber.append(rect.y, to: &defs)
        defs.append(contentsOf: "\" width=\"".utf8)
        SVGNumber.append(rect.width, to: &defs)
        defs.append(contentsOf: "\" height=\"".utf8)
        SVGNumber.append(rect.height, to: &defs)
        defs.append(contentsOf: "\"/></clipPath>".utf8)
        group(.clip(clips), body)
    }

    func group(id: String, _ body: () -> Void) {
        group(.named(id), body)
    }

    /// A `<g>` opened by `start` around what `body` draws, or nothing if it draws nothing.
    private func group(_ start: GroupStart, _ body: () -> Void) {
        close()
        pendingGroups.append(start)
        let depth = pendingGroups.count
        body()
        close()
        if pendingGroups.count == depth {
            pendingGroups.removeLast()
        } else {
            self.body.append(contentsOf: "\n</g>".utf8)
        }
    }

    /// Writes the start tags of groups still waiting for content.
    private func begin() {
        for start in pendingGroups {
            switch start {
            case .named(let name): body.append(contentsOf: "\n<g class=\"\(escapeXML(name))\">".utf8)
            case .clip(let id):
                body.append(contentsOf: "\n<g clip-path=\"url(#".utf8)
                prefixHere()
                body.append(contentsOf: "-c\(id))\">".utf8)
            }
        }
        pendingGroups.removeAll()
    }

    /// Ends the open path or text group, if any.
    private func close() {
        switch open {
        case .nothing: return
        case .stroke:
            body += openPath.bytes
            body.append(contentsOf: "\"/>".utf8)
        case .text: body.append(contentsOf: "\n</g>".utf8)
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
            defs.append(contentsOf: "\n<circle id=\"".utf8)
            prefixHere(inDefs: true)
            defs.append(contentsOf: "-m\(id)\" r=\"".utf8)
            SVGNumber.appendHundredths(key, to: &defs)
            defs.append(contentsOf: "\"/>".utf8)
        }
        body.append(contentsOf: "\n<g".utf8)
        appendFill(fill, to: &body)
        appendStroke(outline, to: &body)
        body.append(contentsOf: ">".utf8)
        for center in shown {
            body.append(contentsOf: "<use xlink:href=".utf8)
            reference(Array("-m\(id)".utf8))
            body.append(contentsOf: "\" x=\"".utf8)
            SVGNumber.append(center.x, to: &body)
            body.append(contentsOf: "\" y=\"".utf8)
            SVGNumber.append(center.y, to: &body)
            body.append(contentsOf: "\"/>".utf8)
        }
        body.append(contentsOf: "</g>".utf8)
    }

    /// The id of `key`'s outline in this file after the prefix, defined on first use; empty
    /// for a glyph without ink.
    private func glyphID(_ key: GlyphKey) -> [UInt8] {
        if let known = glyphIDs[key] { return known }
        let outline = engine.outline(key)
        var id: [UInt8] = []
        if !outline.isEmpty {
            id = Self.base62(glyphCount)
            glyphCount += 1
            defs.append(contentsOf: "\n<path id=\"".utf8)
            prefixHere(inDefs: true)
            defs += id + Array("\" transform=\"scale(.1)\" d=\"".utf8)
            defs += outline
            defs.append(contentsOf: "\"/>".utf8)
        }
        glyphIDs[key] = id
        return id
    }

    /// ` name="…"` for an offset of `hundredths`, or nothing for none, which is SVG's default.
    private static func appendOffset(_ name: String, _ hundredths: Int, to out: inout [UInt8]) {
        guard hundredths != 0 else { return }
        out.append(contentsOf: " \(name)=\"".utf8)
        SVGNumber.appendHundredths(hundredths, to: &out)
        out.append(UInt8(ascii: "\""))
    }

    /// "x y", for attributes that take two numbers.
    private func appendPair(_ x: Double, _ y: Double, to out: inout [UInt8]) {
        SVGNumber.append(x, to: &out)
        out.append(UInt8(ascii: " "))
        SVGNumber.append(y, to: &out)
    }

    private func appendFill(_ color: Color, to out: inout [UInt8]) {
        out.append(contentsOf: " fill=\"".utf8)
        SVGNumber.appendColor(color, to: &out)
        out.append(contentsOf: "\"".utf8)
        if color.alpha < 1 {
            out.append(contentsOf: " fill-opacity=\"".utf8)
            SVGNumber.append(color.alpha, to: &out)
            out.append(contentsOf: "\"".utf8)
        }
    }

    /// Stroke attributes; SVG's defaults (butt caps, miter joins) are left out.
    private func appendStroke(_ style: StrokeStyle, to out: inout [UInt8]) {
        out.append(contentsOf: " stroke=\"".utf8)
        SVGNumber.appendColor(style.color, to: &out)
        out.append(contentsOf: "\"".utf8)
        if SVGNumber.hundredths(style.width) != 100 {
            out.append(contentsOf: " stroke-width=\"".utf8)
            SVGNumber.append(style.width, to: &out)
            out.append(contentsOf: "\"".utf8)
        }
        if style.color.alpha < 1 {
            out.append(contentsOf: " stroke-opacity=\"".utf8)
            SVGNumber.append(style.color.alpha, to: &out)
            out.append(contentsOf: "\"".utf8)
        }
        if style.round { out.append(contentsOf: " stroke-linecap=\"round\" stroke-linejoin=\"round\"".utf8) }
        if !style.dash.isEmpty {
            out.append(contentsOf: " stroke-dasharray=\"".utf8)
            for (i, d) in style.dash.enumerated() {
                if i > 0 { out.append(UInt8(ascii: " ")) }
                SVGNumber.append(d, to: &out)
            }
            out.append(contentsOf: "\"".utf8)
        }
    }
}
