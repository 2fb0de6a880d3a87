@testable import Charts
@testable import ChartsCairo

/// A canvas that measures text with Cairo and Pango but only records where text would go, so
/// tests can check a layout for clipping and collisions.
final class RecordingCanvas: Canvas {
    /// One piece of text as placed: its markup and the page rectangle it covers.
    struct PlacedText {
        let markup: String
        let rect: Rect
    }

    private let measurer: CairoCanvas
    private(set) var texts: [PlacedText] = []
    /// Every stroked path with its pen, and every filled path, in drawing order.
    private(set) var strokes: [(path: Path, style: StrokeStyle)] = []
    private(set) var fills: [Path] = []
    /// The id of every group opened, in drawing order, nested ones after their parent.
    private(set) var groups: [String] = []
    let resolution: Double

    init(theme: Theme = .light, scale: Double = 1) throws {
        let surface = try CairoSurface.image(width: 4, height: 4, transparent: false)
        measurer = try CairoCanvas(surface: surface, scale: scale, resolution: 1 / scale, fontFamily: theme.fontFamily)
        resolution = 1 / scale
    }

    func stroke(_ path: Path, _ style: StrokeStyle) { strokes.append((path, style)) }
    func fill(_ path: Path, _ color: Color) { fills.append(path) }
    func withClip(_ rect: Rect, _ body: () -> Void) { body() }
    func group(id: String, _ body: () -> Void) {
        groups.append(id)
        body()
    }
    func measure(_ text: TextRun) -> TextMetrics { measurer.measure(text) }

    func draw(_ text: TextRun, at origin: Point, rotated: Bool) {
        let m = measurer.measure(text)
        let rect =
            rotated
            ? Rect(x: origin.x, y: origin.y - m.width, width: m.height, height: m.width)
            : Rect(x: origin.x, y: origin.y, width: m.width, height: m.height)
        texts.append(PlacedText(markup: text.markup, rect: rect))
    }

    /// Draws `figure` and returns the text it placed.
    static func texts(of figure: Figure, theme: Theme = .light, scale: Double = 1) throws -> [PlacedText] {
        let canvas = try RecordingCanvas(theme: theme, scale: scale)
        FigureRenderer(theme: theme).draw(figure, on: canvas)
        return canvas.texts
    }
}
