import ActivationMath
import Testing

@testable import Charts
@testable import ChartsCairo

@Suite("Frame and grid lines on the pixel grid")
struct CrispLinesTests {
    @Test("a line n pixels wide is centred on a pixel centre for odd n, on a pixel boundary for even n")
    func positions() {
        // Scale 1: one-pixel lines at k + ½.
        #expect(PixelGrid.line(92.625, width: 1, resolution: 1) == 92.5)
        #expect(PixelGrid.line(92.0, width: 1, resolution: 1) == 92.5)
        #expect(PixelGrid.line(92.99, width: 0.6, resolution: 1) == 92.5, "thinner than a pixel: one pixel")
        // Scale 2: a one-unit line is two pixels wide, centred on a boundary.
        #expect(PixelGrid.line(92.625, width: 1, resolution: 0.5) == 92.5)
        #expect(PixelGrid.line(92.8, width: 1, resolution: 0.5) == 93)
        // Three pixels wide at scale 1.
        #expect(PixelGrid.line(10.2, width: 3, resolution: 1) == 10.5)
        for v in [-3.7, 0, 0.25, 17.5, 481.9] {
            for (width, r) in [(1.0, 1.0), (1.0, 0.5), (2.0, 1.0), (1.0, 1 / 1.5), (3.0, 1.0)] {
                let c = PixelGrid.line(v, width: width, resolution: r)
                let half = max(1, (width / r).rounded()) / 2
                let (left, right) = (c / r - half, c / r + half)
                #expect(abs(left - left.rounded()) < 1e-9 && abs(right - right.rounded()) < 1e-9, "v \(v), width \(width), r \(r)")
                #expect(abs(c - v) <= r, "moves by less than a pixel")
            }
        }
        #expect(PixelGrid.line(.infinity, width: 1, resolution: 1) == .infinity)
    }

    @Test("the frame and grid lines are whole pixels of one shade, at scale 1 and 2", arguments: [1.0, 2.0])
    func crispLines(scale: Double) throws {
        // The function panel of softplus on [1, 5]: neither axis shows zero, whose line is 1.4
        // units wide by design.
        let figure = ActivationFigure.tested(Softplus(), range: 1...5, samples: 300).figure()
        let bytes = try FigureEncoder(theme: .light, options: RenderOptions(scale: scale)).encode(figure, as: .png)
        let pixels = try #require(decodedPixels(bytes))
        let header = try #require(PNGHeader(bytes))
        let (width, height) = (header.width, header.height)
        let frame = UInt32(Theme.light.axis.red * 255 + 0.5)  // a grey: 0x8A in each channel
        let grey = { (p: UInt32) in p & 0xFF == p >> 8 & 0xFF && p >> 8 & 0xFF == p >> 16 & 0xFF }
        let rows = [height * 2 / 5, height / 2].map { y in (0..<width / 2).map { pixels[y * width + $0] } }
        let columns = [width / 6, width / 4, width / 3].map { x in (0..<height).map { pixels[$0 * width + x] } }
        var checked = 0
        for line in rows + columns {
            // From the frame's first edge to its last: grid lines between, the curve skipped.
            let first = line.firstIndex { $0 & 0xFF == frame }, last = line.lastIndex { $0 & 0xFF == frame }
            guard let first, let last, last > first else {
                Issue.record("no crisp frame edge in a line through the plot")
                continue
            }
            let background = line[first + Int(3 * scale)]
            var i = first
            while i <= last {
                guard line[i] != background else { i += 1; continue }
                let start = i
                while i <= last, line[i] != background { i += 1 }
                let run = Array(line[start..<i])
                guard run.allSatisfy(grey) else { continue }
                #expect(run.count == Int(scale), "a line \(run.count) pixels wide")
                #expect(Set(run).count == 1, "a line in shades \(run.map { $0 & 0xFF })")
                checked += 1
            }
        }
        #expect(checked >= 12, "grid lines and frame edges crossed: \(checked)")
    }
}
