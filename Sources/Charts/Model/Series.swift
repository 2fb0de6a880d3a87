/// Something drawn inside a panel, in data coordinates.
public enum Series: Sendable {
    /// A curve, broken into separate polylines where it must not be joined (jumps, gaps).
    case line(LineSeries)
    /// Dots, filled or hollow: the values at a jump.
    case markers(MarkerSeries)
    /// A dashed horizontal or vertical reference line (an asymptote).
    case reference(ReferenceLine)
    /// A shaded x interval across the panel (a saturation zone).
    case xBand(ClosedRange<Double>)
}

/// A curve made of separate polylines.
public struct LineSeries: Sendable {
    /// Each polyline is drawn on its own; there is never a segment between two of them.
    public var segments: [[Point]]
    /// Palette slot (0 function, 1 derivative, …).
    public var slot: Int
    /// Legend text, Pango markup.
    public var label: String?

    /// A curve in palette slot `slot`.
    public init(segments: [[Point]], slot: Int, label: String? = nil) {
        self.segments = segments
        self.slot = slot
        self.label = label
    }
}

/// Dots at data points.
public struct MarkerSeries: Sendable {
    /// Where the dots go.
    public var points: [Point]
    /// Filled: the value the function takes there; hollow: a limit it does not take.
    public var filled: Bool
    /// Palette slot, the same as the curve the dots belong to.
    public var slot: Int

    /// Dots in palette slot `slot`.
    public init(points: [Point], filled: Bool, slot: Int) {
        self.points = points
        self.filled = filled
        self.slot = slot
    }
}

/// A dashed reference line across the panel.
public struct ReferenceLine: Sendable {
    /// Horizontal (y = value) or vertical (x = value).
    public enum Orientation: Sendable { case horizontal, vertical }
    /// Which way it runs.
    public var orientation: Orientation
    /// Where it crosses the other axis.
    public var value: Double

    /// A reference line.
    public init(_ orientation: Orientation, at value: Double) {
        self.orientation = orientation
        self.value = value
    }
}
