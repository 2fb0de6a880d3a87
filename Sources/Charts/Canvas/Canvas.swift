/// The few operations a figure needs from a drawing surface, in figure units.
///
/// Layout and series code talk only to this protocol (as matplotlib's artists talk to
/// `RendererBase`), so the Cairo backend stays the single place that touches C.
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
}

extension Canvas {
    /// One figure unit per pixel unless the canvas knows better.
    public var resolution: Double { 1 }
}
