import Charts

/// A `Canvas` that writes a one-page PDF directly: paths as PDF operators, text in fonts that
/// keep its characters (`PDFFonts`): subsets of the TrueType faces it is set in, embedded,
/// and Type 3 glyphs drawn from Cairo's outlines for faces that cannot be (Noto Sans CJK's
/// CFF outlines).
///
/// Cairo's PDF surface subset every face the figure used through its own font code, copying
/// tables of the 19.5 MB Noto Sans CJK collection for the CJK face, then compressed it all
/// with zlib: 16 PDFs added about a quarter to the time of the 16-figure benchmark's PNG and
/// SVG files. This writer cuts TrueType subsets itself (`TrueTypeSubset`) and compresses with
/// libdeflate.
///
/// The page is the figure's size in points (a figure unit is 0.75 pt, so the page prints the
/// size the SVG shows at); one matrix at the start turns figure units, y downwards, into
/// points, so every coordinate, width and dash in the file is the figure's own number. Text is
/// set upright: its matrix turns y up again, as readers expect of text they select.
final class PDFCanvas: Canvas {
    private let engine: TextEngine
    private let size: Size
    private var content: [UInt8] = []
    private var fonts = PDFFonts()
    /// The graphics state's opacities, (stroke, fill) in thousandths, by their number.
    private var opacities: [Opacity: Int] = [:]
    private var state = PenState()
    /// States saved by clips ("q"), restored at their end ("Q").
    private var saved: [PenState] = []
    private var failures = TextFailures()

    /// What the content stream has set, so that each operator is written only when it changes.
    private struct PenState {
        var fill: [UInt8] = Array("0 0 0".utf8)
        var stroke: [UInt8] = Array("0 0 0".utf8)
        var width = 100
        var round = false
        var dash: [Int] = []
        var opacity = Opacity(stroke: 1000, fill: 1000)
    }

    private struct Opacity: Hashable {
        let stroke: Int
        let fill: Int
    }

    /// A canvas for a figure of `size`, setting text with `engine`.
    init(size: Size, engine: TextEngine) {
        self.engine = engine
        self.size = size
        content.reserveCapacity(16_384)
        let scale = FigureEncoder.pointsPerUnit
        PDFNumber.append(scale, to: &content)
        content.append(contentsOf: " 0 0 ".utf8)
        PDFNumber.append(-scale, to: &content)
        content.append(contentsOf: " 0 ".utf8)
        PDFNumber.append(size.height * scale, to: &content)
        content.append(contentsOf: " cm\n".utf8)
    }

    var resolution: Double { 1 }

    func finish() throws {
        try failures.check()
    }

    func stroke(_ path: Path, _ style: StrokeStyle) {
        guard path.isFinite, !path.elements.isEmpty else { return }
        setStroke(style)
        append(path)
        content.append(contentsOf: "S\n".utf8)
    }

    func fill(_ path: Path, _ color: Color) {
        guard path.isFinite, !path.elements.isEmpty else { return }
        setFill(color)
        append(path)
        content.append(contentsOf: "f\n".utf8)
    }

    func measure(_ text: TextRun) -> TextMetrics { engine.measure(text) }

    func draw(_ text: TextRun, at origin: Point, rotated: Bool) {
        guard origin.x.isFinite, origin.y.isFinite else { return }
        let shaped = engine.shape(text)
        failures.note(shaped)
        guard !shaped.glyphs.isEmpty else { return }
        setFill(text.color)
        let texts = shaped.glyphCharacters
        content.append(contentsOf: "BT\n".utf8)
        var font: (number: Int, size: Double)?
        var inArray = false
        /// Where the next glyph would go without a move: its baseline and x, in the run's frame.
        var pen: (x: Double, y: Double)?
        for (i, glyph) in shaped.glyphs.enumerated() {
            let placed = fonts.place(glyph.key, text: texts[i], engine: engine)
            let sameFont = font.map { $0.number == placed.font && $0.size == placed.size } ?? false
            if !sameFont || pen.map({ $0.y != glyph.y }) ?? true {
                if inArray { content.append(contentsOf: "] TJ\n".utf8) }
                inArray = false
            }
            if !sameFont {
                content.append(contentsOf: "/F".utf8)
                PDFNumber.appendInteger(placed.font, to: &content)
                content.append(UInt8(ascii: " "))
                PDFNumber.append(placed.size, to: &content)
                content.append(contentsOf: " Tf\n".utf8)
                font = (placed.font, placed.size)
            }
            if let at = pen, at.y == glyph.y {
                if !inArray { content.append(UInt8(ascii: "[")) }
                // A TJ number moves the next glyph back by thousandths of the font size.
                let shift = Int(((at.x - glyph.x) * 1000 / placed.size).rounded())
                if shift != 0 {
                    if inArray { content.append(UInt8(ascii: " ")) }
                    PDFNumber.appendInteger(shift, to: &content)
                }
            } else {
                setMatrix(at: origin, glyph.x, glyph.y, rotated: rotated)
                content.append(UInt8(ascii: "["))
            }
            inArray = true
            content.append(UInt8(ascii: "<"))
            for byte in placed.code { PDFNumber.appendHexByte(byte, to: &content) }
            content.append(UInt8(ascii: ">"))
            pen = (glyph.x + placed.advance, glyph.y)
        }
        if inArray { content.append(contentsOf: "] TJ\n".utf8) }
        content.append(contentsOf: "ET\n".utf8)
    }

    /// "Tm" putting the next glyph at (`x`, `y`) from the run's corner `origin`, upright, or
    /// turned a quarter counter-clockwise about the corner for a rotated run.
    private func setMatrix(at origin: Point, _ x: Double, _ y: Double, rotated: Bool) {
        if rotated {
            content.append(contentsOf: "0 -1 -1 0 ".utf8)
            appendPoint(origin.x + y, origin.y - x)
        } else {
            content.append(contentsOf: "1 0 0 -1 ".utf8)
            appendPoint(origin.x + x, origin.y + y)
        }
        content.append(contentsOf: "Tm\n".utf8)
    }

    func withClip(_ rect: Rect, _ body: () -> Void) {
        guard rect.x.isFinite, rect.y.isFinite, rect.width.isFinite, rect.height.isFinite else { return body() }
        content.append(contentsOf: "q\n".utf8)
        appendPoint(rect.x, rect.y)
        appendPoint(rect.width, rect.height)
        content.append(contentsOf: "re W n\n".utf8)
        saved.append(state)
        body()
        content.append(contentsOf: "Q\n".utf8)
        state = saved.removeLast()
    }

    /// The whole file, with `title` and `description` (plain text) in its document information.
    func document(title: String?, description: String?) -> [UInt8] {
        var file = PDFFile()
        let catalog = file.reserve(), pages = file.reserve(), page = file.reserve(), contents = file.reserve()
        let info = file.reserve()
        file.write(catalog, Array("<< /Type /Catalog /Pages \(pages) 0 R /ViewerPreferences << /DisplayDocTitle true >> >>".utf8))
        file.write(pages, Array("<< /Type /Pages /Kids [\(page) 0 R] /Count 1 >>".utf8))
        file.writeStream(contents, data: content)
        var information: [UInt8] = Array("<< /Creator (actplot)".utf8)
        if let title, !title.isEmpty { information += Array(" /Title ".utf8) + PDFNumber.textString(title) }
        if let description, !description.isEmpty { information += Array(" /Subject ".utf8) + PDFNumber.textString(description) }
        information.append(contentsOf: " >>".utf8)
        file.write(info, information)
        let fontObjects = fonts.write(into: &file, engine: engine)

        var dictionary: [UInt8] = Array("<< /Type /Page /Parent \(pages) 0 R /MediaBox [0 0 ".utf8)
        PDFNumber.append(size.width * FigureEncoder.pointsPerUnit, to: &dictionary)
        dictionary.append(UInt8(ascii: " "))
        PDFNumber.append(size.height * FigureEncoder.pointsPerUnit, to: &dictionary)
        dictionary.append(contentsOf: "] /Contents \(contents) 0 R\n/Resources <<".utf8)
        if !opacities.isEmpty {
            dictionary.append(contentsOf: " /ExtGState <<".utf8)
            for (opacity, number) in opacities.sorted(by: { $0.value < $1.value }) {
                dictionary.append(contentsOf: " /a\(number) << /CA ".utf8)
                appendThousandths(opacity.stroke, to: &dictionary)
                dictionary.append(contentsOf: " /ca ".utf8)
                appendThousandths(opacity.fill, to: &dictionary)
                dictionary.append(contentsOf: " >>".utf8)
            }
            dictionary.append(contentsOf: " >>".utf8)
        }
        if !fontObjects.isEmpty {
            dictionary.append(contentsOf: " /Font <<".utf8)
            for (i, number) in fontObjects.enumerated() { dictionary.append(contentsOf: " /F\(i) \(number) 0 R".utf8) }
            dictionary.append(contentsOf: " >>".utf8)
        }
        dictionary.append(contentsOf: " >> >>".utf8)
        file.write(page, dictionary)
        return file.finish(root: catalog, info: info)
    }

    // MARK: - The graphics state

    private func setStroke(_ style: StrokeStyle) {
        var colour: [UInt8] = []
        PDFNumber.appendRGB(style.color, to: &colour)
        if colour != state.stroke {
            content += colour
            content.append(contentsOf: " RG\n".utf8)
            state.stroke = colour
        }
        setOpacity(Opacity(stroke: Self.thousandths(style.color.alpha), fill: state.opacity.fill))
        let width = SVGNumber.hundredths(style.width)
        if width != state.width {
            SVGNumber.appendHundredths(width, to: &content)
            content.append(contentsOf: " w\n".utf8)
            state.width = width
        }
        if style.round != state.round {
            content.append(contentsOf: style.round ? "1 J 1 j\n".utf8 : "0 J 0 j\n".utf8)
            state.round = style.round
        }
        let dash = style.dash.map(SVGNumber.hundredths)
        if dash != state.dash {
            content.append(UInt8(ascii: "["))
            for (i, d) in dash.enumerated() {
                if i > 0 { content.append(UInt8(ascii: " ")) }
                SVGNumber.appendHundredths(d, to: &content)
            }
            content.append(contentsOf: "] 0 d\n".utf8)
            state.dash = dash
        }
    }

    private func setFill(_ color: Color) {
        var colour: [UInt8] = []
        PDFNumber.appendRGB(color, to: &colour)
        if colour != state.fill {
            content += colour
            content.append(contentsOf: " rg\n".utf8)
            state.fill = colour
        }
        setOpacity(Opacity(stroke: state.opacity.stroke, fill: Self.thousandths(color.alpha)))
    }

    private func setOpacity(_ opacity: Opacity) {
        guard opacity != state.opacity else { return }
        let number: Int
        if let known = opacities[opacity] {
            number = known
        } else {
            number = opacities.count + 1
            opacities[opacity] = number
        }
        content.append(contentsOf: "/a\(number) gs\n".utf8)
        state.opacity = opacity
    }

    private static func thousandths(_ value: Double) -> Int {
        value.isFinite ? Int((min(max(value, 0), 1) * 1000).rounded()) : 1000
    }

    private func appendThousandths(_ value: Int, to out: inout [UInt8]) {
        PDFNumber.append(Double(value) / 1000, to: &out)
    }

    // MARK: - Paths

    /// Circles as four Bézier quarters, whose midpoints lie within 0.03 % of the radius.
    private static let kappa = 0.552_284_749_830_793_4

    private func append(_ path: Path) {
        for element in path.elements {
            switch element {
            case .move(let p):
                appendPoint(p.x, p.y)
                content.append(contentsOf: "m\n".utf8)
            case .line(let p):
                appendPoint(p.x, p.y)
                content.append(contentsOf: "l\n".utf8)
            case .circle(let c, let r):
                let k = r * Self.kappa
                appendPoint(c.x + r, c.y)
                content.append(contentsOf: "m\n".utf8)
                for (a, b, e) in [
                    ((r, k), (k, r), (0.0, r)), ((-k, r), (-r, k), (-r, 0.0)),
                    ((-r, -k), (-k, -r), (0.0, -r)), ((k, -r), (r, -k), (r, 0.0)),
                ] {
                    appendPoint(c.x + a.0, c.y + a.1)
                    appendPoint(c.x + b.0, c.y + b.1)
                    appendPoint(c.x + e.0, c.y + e.1)
                    content.append(contentsOf: "c\n".utf8)
                }
                content.append(contentsOf: "h\n".utf8)
            case .close:
                content.append(contentsOf: "h\n".utf8)
            }
        }
    }

    /// "x y " in hundredths.
    private func appendPoint(_ x: Double, _ y: Double) {
        PDFNumber.append(x, to: &content)
        content.append(UInt8(ascii: " "))
        PDFNumber.append(y, to: &content)
        content.append(UInt8(ascii: " "))
    }
}
