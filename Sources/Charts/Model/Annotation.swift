/// A text note in a plot, optionally with an arrow to the point it explains.
///
/// ```swift
/// Annotation("max 0.25 at <i>x</i> = 0", at: Point(0, 0.25), offset: Offset(40, 10), arrow: true)
/// ```
/// The text sits `offset` away from the point, on the side the offset points to, and is kept
/// inside the plot area, so it is never clipped.
public struct Annotation: Sendable {
    /// The note, Pango markup.
    public var text: String
    /// The point explained, in data coordinates.
    public var at: Point
    /// Where the text goes relative to the point, in figure units (x right, y up); zero centres
    /// the text on the point.
    public var offset: Offset
    /// Whether an arrow runs from the text to the point.
    public var arrow: Bool
    /// Palette slot for the text colour (match the curve it explains); nil uses the text colour.
    public var slot: Int?

    /// A note at `at`.
    public init(_ text: String, at: Point, offset: Offset = Offset(0, 0), arrow: Bool = false, slot: Int? = nil) {
        self.text = text
        self.at = at
        self.offset = offset
        self.arrow = arrow
        self.slot = slot
    }
}

/// A displacement in figure units, y pointing up (as data does) rather than down (as pages do).
public struct Offset: Sendable, Hashable {
    /// Rightwards.
    public var dx: Double
    /// Upwards.
    public var dy: Double

    /// A displacement (dx right, dy up).
    public init(_ dx: Double, _ dy: Double) {
        self.dx = dx
        self.dy = dy
    }
}

/// Where a panel's legend goes.
public enum LegendPlacement: Sendable, Hashable {
    /// No legend.
    case none
    /// Inside the plot, in the corner or edge where it covers the fewest data points.
    case auto
    /// Right of the plot, outside it: never covers data, takes width from the plot.
    case outside
    /// Under the plot, below the x axis label: never covers data, takes height from the plot
    /// (what a narrow figure can spare).
    case below
    /// Inside, top left.
    case upperLeft
    /// Inside, top right.
    case upperRight
    /// Inside, bottom left.
    case lowerLeft
    /// Inside, bottom right.
    case lowerRight
}
