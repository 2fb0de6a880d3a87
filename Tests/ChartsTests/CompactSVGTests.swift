import ActivationMath
import Foundation
import Testing

@testable import Charts
@testable import ChartsCairo

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Compact SVG")
struct CompactSVGTests {
    func compact(_ text: String) -> String {
        String(decoding: CompactSVG.compact(Array(text.utf8)), as: UTF8.self)
    }

    @Test(
        "numbers keep hundredths in their shortest form",
        arguments: [
            ("12.765625", "12.77"), ("-12.765625", "-12.77"), ("0.5", ".5"), ("-0.5", "-.5"), ("100", "100"),
            ("-0.001", "0"), ("393.500000", "393.5"), ("7", "7"), ("1e3", "1000"),
        ])
    func numbers(input: String, expected: String) {
        let out = CompactSVG.number(ArraySlice(Array(input.utf8))).map { String(decoding: $0, as: UTF8.self) }
        #expect(out == expected)
    }

    @Test("path data: repeated line commands implicit, minus signs as separators, no trailing move")
    func pathData() {
        #expect(compact(#"<path d="M 1.5 2 L 3 -4.25 L 5 6 Z M 1.5 2"/>"#) == #"<path d="M1.5 2L3-4.25 5 6Z"/>"#)
        #expect(compact(#"<path d="M 0 0 C 1 1 2 2 3 3 C 4 4 5 5 6 6"/>"#) == #"<path d="M0 0C1 1 2 2 3 3 4 4 5 5 6 6"/>"#)
    }

    @Test("colours become #rrggbb and default style properties go")
    func styles() {
        let raw =
            #"<path style="fill:none;stroke-width:1;stroke-linecap:butt;stroke-linejoin:miter;stroke:rgb(54.117647%,54.117647%,54.117647%);stroke-opacity:1;stroke-miterlimit:10;" d="M 0 0"/>"#
        #expect(compact(raw) == #"<path style="fill:none;stroke-width:1;stroke:#8a8a8a;stroke-miterlimit:10;" d="M0 0"/>"#)
        let round =
            #"<path style="stroke-linecap:round;stroke-linejoin:round;stroke:rgb(0%,44.705882%,69.803922%);stroke-opacity:1;stroke-miterlimit:10;"/>"#
        #expect(compact(round) == #"<path style="stroke-linecap:round;stroke-linejoin:round;stroke:#0072b2;"/>"#)
        #expect(compact(#"<path style="stroke-opacity:0.55;"/>"#) == #"<path style="stroke-opacity:0.55;"/>"#)
    }

    @Test("unreferenced symbols are dropped, referenced ones kept under short ids")
    func symbols() {
        let raw = """
            <defs>
            <symbol overflow="visible" id="glyph0-0">
            <path style="stroke:none;" d="M 1 1 L 2 2"/>
            </symbol>
            <symbol overflow="visible" id="glyph0-1">
            <path style="stroke:none;" d="M 3 3 L 4 4"/>
            </symbol>
            </defs>
            <g style="fill:rgb(100%,0%,0%);">
              <use xlink:href="#glyph0-1" x="10.123" y="20"/>
            </g>
            """
        let expected = """
            <defs>
            <symbol overflow="visible" id="g0-1">
            <path d="M3 3L4 4"/>
            </symbol>
            </defs>
            <g style="fill:#ff0000;">
            <use xlink:href="#g0-1" x="10.12" y="20"/>
            </g>
            """
        #expect(compact(raw) == expected)
    }

    @Test("a whole figure stays well-formed, every reference resolves, and it shrinks by a third or more")
    func figure() throws {
        let figure = ActivationFigure.tested(Sigmoid(), range: -20...20).figure()
        let raw = try rawSVG(figure)
        let small = CompactSVG.compact(raw)
        #expect(Double(small.count) < 0.67 * Double(raw.count), "\(small.count) of \(raw.count) bytes")
        #expect(XMLParser(data: Data(small)).parse())
        let text = String(decoding: small, as: UTF8.self)
        let ids = Set(text.matches(of: /id="([^"]+)"/).map { String($0.output.1) })
        let refs = Set(text.matches(of: /href="#([^"]+)"/).map { String($0.output.1) })
        #expect(!refs.isEmpty)
        #expect(refs.isSubset(of: ids), "unresolved: \(refs.subtracting(ids).sorted())")
    }
}

/// Cairo's SVG for `figure` before compaction (ids already stable).
func rawSVG(_ figure: Figure) throws -> [UInt8] {
    let surface = try CairoSurface.svg(widthPixels: figure.size.width, heightPixels: figure.size.height)
    try FigureEncoder(theme: .light).draw(figure, on: surface, scale: 1, resolution: 1)
    return StableSVG.normalize(try surface.finishVector())
}

@Suite("Compact SVG looks the same")
struct CompactSVGRenderTests {
    @Test(
        "Chromium draws the compact SVG like Cairo's own, but for antialiasing at a few glyph edges",
        .enabled(if: Chromium.executable != nil, "needs Chromium (scripts/setup.sh --test)"))
    func sameDrawing() throws {
        let figure = ActivationFigure.tested(Sigmoid(), range: -20...20).figure()
        let raw = try rawSVG(figure)
        let shots = try [raw, CompactSVG.compact(raw)].map { svg in
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
        // Rounding moves text by under 0.01 px; Chromium then shades a few glyph edges that sit
        // on a pixel boundary differently (seen: 35 pixels, at most 56 levels). A wrong colour,
        // glyph or coordinate would change thousands.
        #expect(visible < 200, "\(visible) pixels differ by more than 24 levels (worst \(worst))")
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
