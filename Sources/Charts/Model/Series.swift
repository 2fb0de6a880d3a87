/// Something drawn inside a panel, in data coordinates.
public enum Series: Sendable {
    /// A curve, broken into separate polylines where it must not be joined (jumps, gaps).
    case line(LineSeries)
    /// Dots, filled or hollow: the values at a jump, a marked extremum.
    case markers(MarkerSeries)
    /// A dashed horizontal or vertical reference line (an asymptote).
    case reference(ReferenceLine)
    /// A shaded x interval across the panel's full height (a saturation zone); drawn behind the grid.
    case xBand(XBand)
    /// A filled region between two curves.
    case band(BandSeries)
    /// Bars, with their values printed on them.
    case bars(BarSeries)
    /// A matrix of coloured cells with a colour bar.
    case heatMap(HeatMap)

    /// A sampled curve as a line plus the filled and hollow dots of its jumps, all in one slot.
    public static func curve(_ sampled: CurveSampler.Result, slot: Int, label: String? = nil, weight: Double = 1) -> [Series] {
        let segments = sampled.segments.map(PolylineSimplifier.dataColumns)
        var out: [Series] = [.line(LineSeries(segments: segments, slot: slot, label: label, weight: weight))]
        if !sampled.hollow.isEmpty { out.append(.markers(MarkerSeries(points: sampled.hollow, filled: false, slot: slot))) }
        if !sampled.filled.isEmpty { out.append(.markers(MarkerSeries(points: sampled.filled, filled: true, slot: slot))) }
        return out
    }
}

/// A curve made of separate polylines, in the pen of its palette slot.
public struct LineSeries: Sendable {
    /// Each polyline is drawn on its own; there is never a segment between two of them.
    public var segments: [[Point]]
    /// Palette slot (0 function, 1 derivative, …): colour and, in the print theme, dash pattern.
    public var slot: Int
    /// Legend text, Pango markup; unlabelled series stay out of the legend.
    public var label: String?
    /// Pen width relative to the theme's curve width (0.6 for a secondary curve).
    public var weight: Double
    /// Drawn dashed in every theme (a bound or a reference curve rather than data), so a
    /// caption that says "dashed" is true whatever the colours.
    public var dashed: Bool

    /// A curve in palette slot `slot`.
    public init(segments: [[Point]], slot: Int, label: String? = nil, weight: Double = 1, dashed: Bool = false) {
        self.segments = segments
        self.slot = slot
        self.label = label
        self.weight = weight
        self.dashed = dashed
    }

    /// A single unbroken polyline.
    public init(points: [Point], slot: Int, label: String? = nil, weight: Double = 1, dashed: Bool = false) {
        self.init(segments: [points], slot: slot, label: label, weight: weight, dashed: dashed)
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
    /// Legend text, Pango markup.
    public var label: String?

    /// Dots in palette slot `slot`.
    public init(points: [Point], filled: Bool, slot: Int, label: String? = nil) {
        self.points = points
        self.filled = filled
        self.slot = slot
        self.label = label
    }
}

/// A dashed reference line across the panel: an asymptote, a threshold.
public struct ReferenceLine: Sendable {
    /// Horizontal (y = value) or vertical (x = value).
    public enum Orientation: Sendable { case horizontal, vertical }
    /// Which way it runs.
    public var orientation: Orientation
    /// Where it crosses the other axis.
    public var value: Double
    /// Short text at the line's end (right end or top), Pango markup, e.g. "<i>y</i> = 1".
    public var label: String?

    /// A reference line.
    public init(_ orientation: Orientation, at value: Double, label: String? = nil) {
        self.orientation = orientation
        self.value = value
        self.label = label
    }
}
