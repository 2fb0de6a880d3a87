/// A canvas that draws nothing and keeps every call, for `FigureDrawing`.
final class RecordingCanvas: Canvas {
    private let measurer: TextMeasurer
    let resolution: Double
    private(set) var commands: [DrawCommand] = []

    init(measurer: TextMeasurer, resolution: Double) {
        self.measurer = measurer
        self.resolution = resolution
    }

    func stroke(_ path: Path, _ style: StrokeStyle) { commands.append(.stroke(path, style)) }

    func fill(_ path: Path, _ color: Color) { commands.append(.fill(path, color)) }

    func measure(_ text: TextRun) -> TextMetrics { measurer.measure(text) }

    func draw(_ text: TextRun, at origin: Point, rotated: Bool) {
        commands.append(.text(text, at: origin, rotated: rotated, metrics: measurer.measure(text)))
    }

    func withClip(_ rect: Rect, _ body: () -> Void) {
        commands.append(.beginClip(rect))
        body()
        commands.append(.endClip)
    }

    func group(id: String, _ body: () -> Void) {
        commands.append(.beginGroup(id))
        body()
        commands.append(.endGroup)
    }

    func drawMarkers(at centers: [Point], radius: Double, fill: Color, outline: StrokeStyle) {
        commands.append(.markers(centers, radius: radius, fill: fill, outline: outline))
    }
}
