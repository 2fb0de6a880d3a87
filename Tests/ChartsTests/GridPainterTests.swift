import ActivationMath
import Testing

@testable import Charts

@Suite("Grid under jumps")
struct GridPainterTests {
    /// The vertical pieces drawn with the zero line's pen, as (x, top, bottom) on the page.
    func zeroLines(_ canvas: RecordingCanvas, _ theme: Theme) -> [(x: Double, top: Double, bottom: Double)] {
        canvas.strokes.compactMap { stroke in
            guard stroke.style.color == theme.axis, stroke.style.width == 1.4 * theme.unit,
                case .move(let a) = stroke.path.elements.first, case .line(let b) = stroke.path.elements.last,
                stroke.path.elements.count == 2, a.x == b.x
            else { return nil }
            return (a.x, min(a.y, b.y), max(a.y, b.y))
        }
    }

    /// Centres of the dots drawn, filled or hollow (a hollow dot is filled and ringed).
    func dots(_ canvas: RecordingCanvas) -> [Point] {
        let centres = (canvas.fills + canvas.strokes.map(\.path)).flatMap(\.elements).compactMap { element -> Point? in
            if case .circle(let centre, _) = element { return centre }
            return nil
        }
        return Array(Set(centres))
    }

    @Test("the zero line stops at ReLU′'s dots instead of joining them into a vertical piece")
    func reluDerivative() throws {
        let theme = Theme.light
        let canvas = try RecordingCanvas(theme: theme)
        FigureRenderer(theme: theme).draw(ActivationFigure.tested(ReLU(), samples: 200).figure(), on: canvas)
        let lines = zeroLines(canvas, theme)
        let jump = dots(canvas)
        #expect(jump.count == 2)
        guard let low = jump.map(\.y).max(), let high = jump.map(\.y).min(), let x = jump.first?.x else { return }
        // Page y grows downwards: the hollow dot at 1 is `high`, the filled one at 0 is `low`.
        let through = lines.filter { abs($0.x - x) < 1 }
        #expect(through.count == 2, "the derivative's zero line is drawn in two pieces")
        for piece in through {
            #expect(piece.bottom <= high + 1e-9 || piece.top >= low - 1e-9, "a piece runs between the dots: \(piece)")
        }
        // The function panel has no jump: its zero line is whole.
        #expect(lines.filter { abs($0.x - x) >= 1 }.count == 1)
    }

    @Test("marked extrema at the same x are not a jump: the zero line stays whole")
    func extremaKeepTheLine() throws {
        let theme = Theme.light
        var panel = Panel(title: "maxima")
        panel.series = [
            .line(LineSeries(segments: [[Point(-1, 0), Point(0, 1), Point(1, 0)]], slot: 0)),
            .markers(MarkerSeries(points: [Point(0, 0.25)], filled: true, slot: 0)),
            .markers(MarkerSeries(points: [Point(0, 1)], filled: true, slot: 1)),
        ]
        let canvas = try RecordingCanvas(theme: theme)
        FigureRenderer(theme: theme).draw(Figure(size: Size(width: 600, height: 400), columns: 1, panels: [panel]), on: canvas)
        #expect(zeroLines(canvas, theme).count == 1, "the x = 0 line is drawn in one piece")
    }

    @Test(
        "pieces of a line around a gap",
        arguments: [
            (0.0, 10.0, 3.0...5.0, [(0.0, 3.0), (5.0, 10.0)]),
            (0.0, 10.0, -1.0...5.0, [(5.0, 10.0)]),
            (0.0, 10.0, 4.0...12.0, [(0.0, 4.0)]),
            (0.0, 10.0, -1.0...12.0, []),
        ])
    func pieces(start: Double, end: Double, gap: ClosedRange<Double>, expected: [(Double, Double)]) {
        let got = GridPainter.pieces(from: start, to: end, leavingOut: gap)
        #expect(got.map(\.0) == expected.map(\.0) && got.map(\.1) == expected.map(\.1))
        #expect(GridPainter.pieces(from: start, to: end, leavingOut: nil).map(\.0) == [start])
    }
}
