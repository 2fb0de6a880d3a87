/// One glyph of a PDF Type 3 font: its outline as a content stream, drawn with the text's
/// colour, and its advance.
///
/// Glyph space is tenths of a figure unit with y upwards, as PDF text expects (the font's
/// matrix scales it by 0.1): the same rounding as the SVG writer's glyph outlines, whose
/// 0.05-unit error is a thirtieth of a stroke of 14-unit text, with every number a whole one.
struct TypeThreeGlyph: Sendable {
    /// The advance in glyph space, rounded; the text writer moves on by exactly this much.
    let advance: Int
    /// The ink's bounding box in glyph space: left, bottom, right, top.
    let box: [Int]
    /// "m", "l", "c" and "h" operators with whole numbers, then "f"; empty for a glyph
    /// without ink.
    let path: [UInt8]

    init(advance: Int, box: [Int], path: [UInt8]) {
        self.advance = advance
        self.box = box
        self.path = path
    }

    /// The glyph from Cairo's outline (`GlyphOutline`, y downwards in figure units) and its
    /// advance in figure units.
    init(advance: Double, outline: [GlyphOutline.Step]) {
        let a = (advance * 10).rounded()
        self.advance = a.isFinite && abs(a) < 1e9 ? Int(a) : 0
        var out: [UInt8] = []
        var low = (x: Int.max, y: Int.max), high = (x: Int.min, y: Int.min)
        func point(_ px: Double, _ py: Double) {
            let x = Self.tenths(px), y = -Self.tenths(py)
            low = (min(low.x, x), min(low.y, y))
            high = (max(high.x, x), max(high.y, y))
            PDFNumber.appendInteger(x, to: &out)
            out.append(UInt8(ascii: " "))
            PDFNumber.appendInteger(y, to: &out)
            out.append(UInt8(ascii: " "))
        }
        for step in outline {
            switch step {
            case .move(let x, let y):
                point(x, y)
                out.append(contentsOf: "m\n".utf8)
            case .line(let x, let y):
                point(x, y)
                out.append(contentsOf: "l\n".utf8)
            case .curve(let x1, let y1, let x2, let y2, let x3, let y3):
                point(x1, y1)
                point(x2, y2)
                point(x3, y3)
                out.append(contentsOf: "c\n".utf8)
            case .close: out.append(contentsOf: "h\n".utf8)
            }
        }
        if low.x <= high.x {
            out.append(contentsOf: "f".utf8)
            box = [low.x, low.y, high.x, high.y]
            path = out
        } else {
            box = [0, 0, 0, 0]
            path = []
        }
    }

    private static func tenths(_ value: Double) -> Int {
        let t = (value * 10).rounded()
        return t.isFinite && abs(t) < 1e9 ? Int(t) : 0
    }

    /// The glyph's procedure: its advance and box ("d1": a shape, painted in the colour of the
    /// text), then its outline.
    var procedure: [UInt8] {
        var out: [UInt8] = []
        PDFNumber.appendInteger(advance, to: &out)
        out.append(contentsOf: " 0".utf8)
        for value in box {
            out.append(UInt8(ascii: " "))
            PDFNumber.appendInteger(value, to: &out)
        }
        out.append(contentsOf: " d1\n".utf8)
        out += path
        return out
    }
}
