/// The few operations a figure needs from a drawing surface, in figure units.
///
/// Layout and series code talk only to this protocol (as matplotlib's artists talk to
/// `RendererBase` and plotters' charts to `DrawingBackend`), so the Cairo backend stays the
/// single place that touches C. The first six calls are all a backend must provide; the others
/// have defaults built on them, which a backend that writes structure (a direct SVG canvas with
/// `<g id>` groups and `<use>` markers) can replace.
public protocol Canvas: AnyObject {
    /// Strokes `path` with the given pen.
    func stroke(_ path: Path, _ style: StrokeStyle)
    /// Fills `path` (non-zero winding) with `color`.
    func fill(_ path: Path, _ color: Color)
    /// The size of `text` when drawn: needed by layout before anything is placed.
    func measure(_ text: TextRun) -> TextMetrics
    /// Draws `text` with its top-left corner at `origin`; `rotated` turns it a quarter turn
    /// counter-clockwise about that corner (for y-axis labels), so it then extends upwards.
    func draw(_ text: TextRun, at origin: Point, rotated: Bool)
    /// Runs `body` with drawing limited to `rect`.
    func withClip(_ rect: Rect, _ body: () -> Void)
    /// Figure units per device pixel (0.5 for a PNG at scale 2; 1 for SVG and PDF, whose "pixel"
    /// is the CSS pixel a figure unit stands for): curves are simplified and thin lines snapped
    /// at this resolution.
    var resolution: Double { get }
    /// Throws the first failure met while drawing, once the figure is drawn. The drawing calls
    /// do not throw, so painting stays simple; a backend that can fail midway (Cairo's sticky
    /// error state, markup that did not parse, text no font covers) keeps the first failure
    /// for this call.
    func finish() throws
    /// Runs `body`, whose drawing is one named part of the figure (`panel1-series`); `id` is
    /// unique within the figure. A backend that writes structure can group it.
    func group(id: String, _ body: () -> Void)
    /// Draws a round marker of `radius` at each of `centers`, in order: filled with `fill`, then
    /// outlined with `outline`. A backend that writes structure can define the marker once.
    func drawMarkers(at centers: [Point], radius: Double, fill: Color, outline: StrokeStyle)
}

extension Canvas {
    /// One figure unit per pixel unless the canvas knows better.
    public var resolution: Double { 1 }

    /// Nothing can have failed on a canvas that does not report failures.
    public func finish() throws {}

    /// Draws `body` ungrouped: pixels and PDF pages have no groups to keep.
    public func group(id: String, _ body: () -> Void) { body() }

    /// Fills and strokes one circle per marker, with the primitives every canvas has.
    public func drawMarkers(at centers: [Point], radius: Double, fill: Color, outline: StrokeStyle) {
        for center in centers {
            var dot = Path()
            dot.circle(center: center, radius: radius)
            self.fill(dot, fill)
            stroke(dot, outline)
        }
    }
}
