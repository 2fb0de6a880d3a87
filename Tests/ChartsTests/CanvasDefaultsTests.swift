import ActivationMath
import Testing

@testable import Charts

/// A canvas that implements only the required primitives, to see what the defaults do with them.
private final class PrimitiveCanvas: Canvas {
    var calls: [String] = []

    func stroke(_ path: Path, _ style: StrokeStyle) { calls.append("stroke \(path.elements.count)") }
    func fill(_ path: Path, _ color: Color) { calls.append("fill \(path.elements.count)") }
    func measure(_ text: TextRun) -> TextMetrics { TextMetrics(width: 10, height: 10, baseline: 8) }
    func draw(_ text: TextRun, at origin: Point, rotated: Bool) { calls.append("text") }
    func withClip(_ rect: Rect, _ body: () -> Void) { body() }
}

@Suite("Canvas defaults")
struct CanvasDefaultsTests {
    @Test("markers are filled then outlined, one circle each, in order, with the primitives")
    func markers() throws {
        let canvas = PrimitiveCanvas()
        let outline = StrokeStyle(color: Theme.light.text, width: 2)
        canvas.drawMarkers(at: [Point(1, 2), Point(3, 4)], radius: 4, fill: Theme.light.background, outline: outline)
        #expect(canvas.calls == ["fill 1", "stroke 1", "fill 1", "stroke 1"])
        try canvas.finish()
    }

    @Test("a group draws its body once, and nothing more")
    func group() {
        let canvas = PrimitiveCanvas()
        canvas.group(id: "panel1") { canvas.draw(TextRun(markup: "x", size: 10, color: Theme.light.text), at: Point(0, 0), rotated: false) }
        #expect(canvas.calls == ["text"])
    }

    @Test("each panel and its grid, zero lines, series, frame, markers, labels, ticks and legend are named groups, unique in the figure")
    func panelGroups() throws {
        let figure = ActivationFigure.tested(TestStep(), samples: 200, language: .en, size: Size(width: 1200, height: 480)).figure()
        let canvas = try RecordingCanvas()
        FigureRenderer(theme: .light).draw(figure, on: canvas)
        #expect(
            Array(canvas.groups.prefix(10)) == [
                "panel1", "panel1-grid", "panel1-zero", "panel1-series", "panel1-frame", "panel1-markers", "panel1-labels",
                "panel1-xticks", "panel1-yticks", "panel1-axes",
            ])
        #expect(canvas.groups.contains("panel2"))
        #expect(Set(canvas.groups).count == canvas.groups.count)
    }
}
