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
            var last = Point(0, 0)
            for i in 0..<Int.random(in: 1...40, using: &generator) {
                var p = Point(Double.random(in: -50...1250, using: &generator), Double.random(in: -50...530, using: &generator))
                // Horizontal and vertical steps, which are written "h" and "v".
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: p.y = last.y
                case 1: p.x = last.x
                default: break
                }
                last = p
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

    @Test("quadratics whose control point mirrors the last one are written \"t\", and land where \"q\" would")
    func mirroredQuadratics() throws {
        var generator = SystemRandomNumberGenerator()
        var mirrored = 0
        for quantum in [1, 10] {
            for _ in 0..<100 {
                var data = SVGPathData(quantum: quantum, inQuanta: quantum > 1)
                var current = Point(Double.random(in: 0...100, using: &generator), Double.random(in: 0...100, using: &generator))
                data.move(current.x, current.y)
                var expected = [current]
                var controls: [Point] = []
                var control = Point(current.x + 3, current.y - 2)
                for i in 0..<Int.random(in: 1...12, using: &generator) {
                    // Every third segment takes a fresh control point; the others are
                    // TrueType's implied on-curve points: the midpoint between two controls.
                    let next =
                        i % 3 == 0
                        ? Point(current.x + Double.random(in: -9...9, using: &generator), current.y + Double.random(in: -9...9, using: &generator))
                        : Point(2 * current.x - control.x, 2 * current.y - control.y)
                    let end = Point(next.x + Double.random(in: -5...5, using: &generator), next.y + Double.random(in: -5...5, using: &generator))
                    // A quadratic raised to a cubic, as Cairo hands glyph outlines over.
                    data.curve(
                        current.x + 2 * (next.x - current.x) / 3, current.y + 2 * (next.y - current.y) / 3,
                        end.x + 2 * (next.x - end.x) / 3, end.y + 2 * (next.y - end.y) / 3, end.x, end.y)
                    control = next
                    controls.append(next)
                    current = end
                    expected.append(end)
                }
                let text = String(decoding: data.bytes, as: UTF8.self)
                mirrored += text.filter { $0 == "t" }.count
                let scale = quantum > 1 ? Double(quantum) / 100 : 1
                let points = try #require(SVGPathParser.endpoints(text), "unparsable: \(text)")
                #expect(points.count == expected.count, "\(text)")
                let tolerance = Double(quantum) * 0.005 + 1e-9
                for (got, want) in zip(points, expected) {
                    #expect(abs(got.x * scale - want.x) <= tolerance && abs(got.y * scale - want.y) <= tolerance, "\(got) vs \(want) in \(text)")
                }
                let parsed = try #require(SVGPathParser.controlPoints(text), "unparsable: \(text)")
                #expect(parsed.count == controls.count)
                for (got, want) in zip(parsed, controls) {
                    #expect(
                        abs(got.x * scale - want.x) <= tolerance && abs(got.y * scale - want.y) <= tolerance, "control \(got) vs \(want) in \(text)")
                }
            }
        }
        #expect(mirrored > 100, "mirrored control points should be written as t")
    }

    @Test("two different figures share no id, so pages that inline both draw each right")
    func idsAreTheFiles() throws {
        let encoder = FigureEncoder(theme: .light)
        let texts = try [Sigmoid() as any Activation, Tanh()].map {
            String(decoding: try encoder.encode(ActivationFigure.tested($0, range: -20...20).figure(), as: .svg), as: UTF8.self)
        }
        let ids = texts.map { text in
            Set(text.matches(of: /id="([^"]+)"/).map { String($0.output.1) })
        }
        #expect(!ids[0].isEmpty)
        #expect(ids[0].isDisjoint(with: ids[1]), "shared: \(ids[0].intersection(ids[1]).sorted())")
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
            .union(text.matches(of: /url\(#([^)]+)\)/).map { String($0.output.1) })
        #expect(!refs.isEmpty)
        #expect(refs.contains { $0.hasSuffix("-c1") }, "the series are clipped")
        #expect(refs.isSubset(of: ids), "unresolved: \(refs.subtracting(ids).sorted())")
        let classes = Set(text.matches(of: /<g class="([^"]+)"/).map { String($0.output.1) })
        for part in ["panel1-grid", "panel1-series", "panel1-axes", "panel2-series", "panel2-markers"] {
            #expect(classes.contains(part), "no group \(part)")
        }
        // Ids are the file's own (prefixed), so figures inlined into one page never repeat one.
        #expect(ids.allSatisfy { $0.count > 4 && !$0.hasPrefix("panel") }, "\(ids.sorted())")
        #expect(text.contains("<title>ReLU &lt;function&gt; &amp; &quot;derivative&quot;</title>"))
        #expect(text.contains("<desc>Zero for x &lt; 0</desc>"))
        // Markers are defined once and placed with <use>.
        #expect(text.matches(of: /<circle id=/).count == 1)
        #expect(!text.contains("<g class=\"panel1-markers\">\n</g>"), "empty groups are left out")
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

    @Test(
        "figures inlined one after another in a page, as IPython's SVG() does, each draw as alone",
        .enabled(if: Chromium.executable != nil, "needs Chromium (scripts/setup.sh --test)"))
    func inlinedTogether() throws {
        let encoder = FigureEncoder(theme: .light)
        let figures = try [ActivationFigure.tested(Sigmoid(), range: -20...20).figure(), Self.figures[2].1].map {
            try encoder.encode($0, as: .svg)
        }
        let page = Array("<!doctype html><style>body{margin:0}svg{display:block}</style>".utf8) + figures[0] + figures[1]
        let together = try #require(try Chromium.screenshot(page, named: "page.html", width: 1200, height: 960).flatMap(decodedPixels))
        let alone = try #require(try Chromium.screenshot(svg: figures[1], width: 1200, height: 480).flatMap(decodedPixels))
        #expect(together.count == 1200 * 960 && alone.count == 1200 * 480)
        guard together.count == 1200 * 960, alone.count == 1200 * 480 else { return }
        let second = together[(1200 * 480)...]
        let differing = zip(second, alone).filter { channelDifference($0, $1) > 24 }.count
        #expect(differing < 50, "\(differing) pixels of the second figure differ from it drawn alone")
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
/// (M m l h v z q t c), for the round-trip tests.
enum SVGPathParser {
    static func endpoints(_ d: String) -> [Point]? {
        segments(d)?.map(\.end)
    }

    /// The control point of each quadratic ("q" or "t", with "t" mirroring the one before).
    static func controlPoints(_ d: String) -> [Point]? {
        segments(d)?.compactMap(\.control)
    }

    private static func segments(_ d: String) -> [(end: Point, control: Point?)]? {
        var points: [(end: Point, control: Point?)] = []
        var lastControl: Point?
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
            if "MmLlHhVvZzQqTtCc".contains(d[i]) {
                command = d[i]
                i = d.index(after: i)
                if command == "z" || command == "Z" {
                    current = start
                    lastControl = nil
                    continue
                }
            }
            let count = ["M": 2, "m": 2, "l": 2, "L": 2, "h": 1, "v": 1, "q": 4, "t": 2, "c": 6][String(command)] ?? 0
            guard count > 0 else { return nil }
            var values: [Double] = []
            for _ in 0..<count {
                guard let v = number() else { return nil }
                values.append(v)
            }
            let relative = command.isLowercase
            var control: Point?
            switch command {
            case "q": control = Point(current.x + values[0], current.y + values[1])
            case "t":
                guard let last = lastControl else { return nil }
                control = Point(2 * current.x - last.x, 2 * current.y - last.y)
            default: break
            }
            let end =
                command == "h"
                ? Point(values[0], 0) : command == "v" ? Point(0, values[0]) : Point(values[count - 2], values[count - 1])
            current = relative ? Point(current.x + end.x, current.y + end.y) : end
            if command == "M" || command == "m" {
                start = current
                command = command == "M" ? "L" : "l"
            }
            lastControl = control
            points.append((current, control))
        }
        return points
    }
}
