import ActivationMath
import Foundation
import Testing

@testable import Charts
@testable import ChartsCairo

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Direct SVG")
struct DirectSVGTests {
    @Test(
        "numbers keep hundredths in their shortest form",
        arguments: [
            (12.765625, "12.77"), (-12.765625, "-12.77"), (0.5, ".5"), (-0.5, "-.5"), (100, "100"),
            (-0.001, "0"), (393.5, "393.5"), (7, "7"), (0.05, ".05"), (1e3, "1000"), (Double.nan, "0"),
        ])
    func numbers(value: Double, expected: String) {
        var out: [UInt8] = []
        SVGNumber.append(value, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == expected)
    }

    @Test("colours as #rgb when the bytes allow it, else #rrggbb")
    func colours() {
        var out: [UInt8] = []
        SVGNumber.appendColor(Color(hex: 0x222222), to: &out)
        SVGNumber.appendColor(Color(hex: 0x0072B2), to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "#222#0072b2")
    }

    @Test("relative path data lands every point on its rounded absolute position")
    func pathDataRoundTrip() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var path = Path()
            var expected: [Point] = []
            for i in 0..<Int.random(in: 1...40, using: &generator) {
                let p = Point(Double.random(in: -50...1250, using: &generator), Double.random(in: -50...530, using: &generator))
                if i % 7 == 0 { path.move(to: p) } else { path.line(to: p) }
                expected.append(p)
                if i % 11 == 10 { path.close() }
            }
            let text = String(decoding: SVGPathData.of(path), as: UTF8.self)
            let points = try #require(SVGPathParser.endpoints(text), "unparsable: \(text)")
            #expect(points.count == expected.count, "\(text)")
            for (got, want) in zip(points, expected) {
                #expect(abs(got.x - want.x) <= 0.0051 && abs(got.y - want.y) <= 0.0051, "\(got) vs \(want) in \(text)")
            }
        }
    }

    @Test("a whole figure: well-formed, every reference resolves, named parts, title and description")
    func figure() throws {
        var figure = ActivationFigure.tested(ReLU(), range: -20...20).figure()
        figure.accessibleTitle = "ReLU <function> & \"derivative\""
        figure.accessibleDescription = "Zero for x < 0"
        let svg = try FigureEncoder(theme: .light).encode(figure, as: .svg)
        #expect(XMLParser(data: Data(svg)).parse())
        let text = String(decoding: svg, as: UTF8.self)
        let ids = Set(text.matches(of: /id="([^"]+)"/).map { String($0.output.1) })
        let refs = Set(text.matches(of: /href="#([^"]+)"/).map { String($0.output.1) })
        #expect(!refs.isEmpty)
        #expect(refs.isSubset(of: ids), "unresolved: \(refs.subtracting(ids).sorted())")
        for part in ["panel1-grid", "panel1-series", "panel1-axes", "panel2-series", "panel2-markers"] {
            #expect(ids.contains(part), "no group \(part)")
        }
        #expect(text.contains("<title>ReLU &lt;function&gt; &amp; &quot;derivative&quot;</title>"))
        #expect(text.contains("<desc>Zero for x &lt; 0</desc>"))
        // Markers are defined once and placed with <use>.
        #expect(text.matches(of: /<circle id=/).count == 1)
        #expect(!text.contains("<g id=\"panel1-markers\">\n</g>"), "empty groups are left out")
    }

    @Test("the same figure gives the same bytes, from one encoder or a fresh one")
    func stable() throws {
        let figure = ActivationFigure.tested(Sigmoid(), range: -20...20).figure()
        let encoder = FigureEncoder(theme: .light)
        let first = try encoder.encode(figure, as: .svg)
        _ = try encoder.encode(ActivationFigure.tested(Tanh(), range: -5...5).figure(), as: .svg)
        #expect(try encoder.encode(figure, as: .svg) == first)
        #expect(try FigureEncoder(theme: .light).encode(figure, as: .svg) == first)
    }
}

/// Cairo's own SVG of `figure`: the reference the direct writer must look like.
func cairoSVG(_ figure: Figure, theme: Theme = .light) throws -> [UInt8] {
    let surface = try CairoSurface.svg(widthPixels: figure.size.width, heightPixels: figure.size.height)
    let encoder = FigureEncoder(theme: theme)
    try encoder.replay(encoder.drawing(figure, for: .svg), on: surface, scale: 1)
    return try surface.finishVector()
}

@Suite("Direct SVG looks like Cairo's")
struct DirectSVGRenderTests {
    static var figures: [(String, Figure)] {
        var chinese = ActivationFigure.tested(ELU(), range: -4...4).figure()
        chinese.title = "ELU 函数 e<sup>x</sup> − 1"
        return [
            ("sigmoid", ActivationFigure.tested(Sigmoid(), range: -20...20).figure()),
            ("relu, jump markers", ActivationFigure.tested(ReLU(), range: -3...3).figure()),
            ("CJK title with superscript", chinese),
        ]
    }

    @Test(
        "Chromium draws the direct SVG like Cairo's, but for antialiasing at glyph edges",
        .enabled(if: Chromium.executable != nil, "needs Chromium (scripts/setup.sh --test)"),
        arguments: figures.map(\.0))
    func sameDrawing(name: String) throws {
        let figure = try #require(Self.figures.first { $0.0 == name }?.1)
        let direct = try FigureEncoder(theme: .light).encode(figure, as: .svg)
        let shots = try [cairoSVG(figure), direct].map { svg in
            try #require(try Chromium.screenshot(svg: svg, width: 1200, height: 480).flatMap(decodedPixels))
        }
        #expect(shots[0].count == 1200 * 480)
        #expect(shots[0].count == shots[1].count)
        var worst = 0, visible = 0
        for (a, b) in zip(shots[0], shots[1]) {
            let d = channelDifference(a, b)
            worst = max(worst, d)
            if d > 24 { visible += 1 }
        }
        // Glyph outlines are kept to tenths of a unit and circles are true arcs rather than
        // Cairo's Béziers, so antialiasing differs along some glyph and marker edges; a wrong
        // colour, glyph, position or missing part changes thousands of pixels.
        #expect(visible < 600, "\(visible) pixels differ by more than 24 levels (worst \(worst))")
    }
}

/// The largest difference between the red, green and blue bytes of two pixels.
func channelDifference(_ a: UInt32, _ b: UInt32) -> Int {
    var worst = 0
    for shift: UInt32 in [0, 8, 16] {
        let x = Int((a >> shift) & 0xFF), y = Int((b >> shift) & 0xFF)
        worst = max(worst, abs(x - y))
    }
    return worst
}

/// Reads back the end points of SVG path data with the commands `SVGPathData` writes
/// (M m l z q c), for the round-trip test.
enum SVGPathParser {
    static func endpoints(_ d: String) -> [Point]? {
        var points: [Point] = []
        var current = Point(0, 0), start = Point(0, 0)
        var command: Character = " "
        var i = d.startIndex
        func number() -> Double? {
            while i < d.endIndex, d[i] == " " { i = d.index(after: i) }
            var j = i
            if j < d.endIndex, d[j] == "-" { j = d.index(after: j) }
            var seenPoint = false
            while j < d.endIndex, d[j].isNumber || (d[j] == "." && !seenPoint) {
                if d[j] == "." { seenPoint = true }
                j = d.index(after: j)
            }
            guard let value = Double(d[i..<j]) else { return nil }
            i = j
            return value
        }
        while i < d.endIndex {
            if d[i] == " " {
                i = d.index(after: i)
                continue
            }
            if "MmLlZzQqCc".contains(d[i]) {
                command = d[i]
                i = d.index(after: i)
                if command == "z" || command == "Z" {
                    current = start
                    continue
                }
            }
            let count = ["M": 2, "m": 2, "l": 2, "L": 2, "q": 4, "c": 6][String(command)] ?? 0
            guard count > 0 else { return nil }
            var values: [Double] = []
            for _ in 0..<count {
                guard let v = number() else { return nil }
                values.append(v)
            }
            let relative = command.isLowercase
            let end = Point(values[count - 2], values[count - 1])
            current = relative ? Point(current.x + end.x, current.y + end.y) : end
            if command == "M" || command == "m" {
                start = current
                command = command == "M" ? "L" : "l"
            }
            points.append(current)
        }
        return points
    }
}
