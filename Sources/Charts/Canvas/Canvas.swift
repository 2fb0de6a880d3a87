import ActivationMath

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

/// How a line is drawn.
public struct StrokeStyle: Sendable, Hashable {
    /// Line colour.
    public var color: Color
    /// Line width in figure units.
    public var width: Double
    /// Dash pattern (on, off, …) in figure units; empty for a solid line.
    public var dash: [Double]
    /// Round joins and caps keep sharp kinks of a curve from spiking at thick widths.
    public var round: Bool

    /// A pen.
    public init(color: Color, width: Double, dash: [Double] = [], round: Bool = true) {
        self.color = color
        self.width = width
        self.dash = dash
        self.round = round
    }
}

/// A piece of text in Pango markup (`e<sup>−x</sup>`, `<i>x</i>`) with its look.
public struct TextRun: Sendable, Hashable {
    /// The text, as Pango markup; plain text from users must be escaped by the caller.
    public var markup: String
    /// Font size in figure units.
    public var size: Double
    /// Bold for titles.
    public var bold: Bool
    /// Text colour.
    public var color: Color
    /// The widest the text may be drawn, in figure units. Longer text (a user's 80-character
    /// title beside a 300-unit panel) loses its middle to an ellipsis, so a title keeps its
    /// start and its last words, "function" or "derivative". Nil draws it whole.
    public var maxWidth: Double?

    /// A text run.
    public init(markup: String, size: Double, bold: Bool = false, color: Color, maxWidth: Double? = nil) {
        self.markup = markup
        self.size = size
        self.bold = bold
        self.color = color
        self.maxWidth = maxWidth
    }

    /// The run limited to `width`, or unchanged when `measured` already fits: text that fits is
    /// laid out exactly as before, byte for byte.
    public func fitting(_ width: Double, measured: TextMetrics) -> TextRun {
        guard measured.width > width, width > 0 else { return self }
        var run = self
        run.maxWidth = width
        return run
    }
}

/// Measured extent of a text run, unrotated.
public struct TextMetrics: Sendable, Hashable {
    /// Advance width.
    public var width: Double
    /// Line height (ascent + descent of the layout).
    public var height: Double
    /// Distance from the top to the baseline.
    public var baseline: Double

    /// Metrics from their parts.
    public init(width: Double, height: Double, baseline: Double) {
        self.width = width
        self.height = height
        self.baseline = baseline
    }
}

/// Escapes text for XML-like markup (Pango markup, SVG, HTML), so a user's `<` or `&` shows
/// as itself instead of becoming markup. The one implementation is `XMLText` in ActivationMath,
/// which writes formulas from user input too.
public func escapeXML(_ text: String) -> String {
    XMLText.escaped(text)
}
