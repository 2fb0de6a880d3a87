/// A whole figure: panels in a grid, drawn by `FigureRenderer` on any `Canvas`.
public struct Figure: Sendable {
    /// Size in figure units (CSS pixels at scale 1).
    public var size: Size
    /// Panels per row; rows follow from the panel count.
    public var columns: Int
    /// The panels, row by row.
    public var panels: [Panel]
    /// Optional title over all panels, in Pango markup.
    public var title: String?

    /// A figure of panels laid out `columns` to a row.
    public init(size: Size, columns: Int, panels: [Panel], title: String? = nil) {
        self.size = size
        self.columns = max(1, columns)
        self.panels = panels
        self.title = title
    }
}

/// One plot area with its axes, grid, labels and series.
public struct Panel: Sendable {
    /// Title over the panel, Pango markup.
    public var title: String
    /// Label under the x axis, Pango markup.
    public var xLabel: String
    /// Label beside the y axis, Pango markup.
    public var yLabel: String
    /// The horizontal axis.
    public var x: Axis
    /// The vertical axis.
    public var y: Axis
    /// What is drawn, back to front.
    public var series: [Series]
    /// Whether to draw a legend of the labelled series.
    public var legend: Bool

    /// A panel; axes default to linear with limits taken from the data.
    public init(
        title: String, xLabel: String, yLabel: String, x: Axis = Axis(), y: Axis = Axis(),
        series: [Series], legend: Bool = false
    ) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.x = x
        self.y = y
        self.series = series
        self.legend = legend
    }
}

/// How one axis maps data to the panel.
public struct Axis: Sendable {
    /// Linear or logarithmic mapping.
    public enum Scale: Sendable { case linear, log }
    /// The mapping.
    public var scale: Scale
    /// Fixed limits; nil takes the data's extent with a little padding.
    public var limits: ClosedRange<Double>?
    /// Fraction of the data span added on each side when limits come from the data.
    public var padding: Double

    /// An axis.
    public init(scale: Scale = .linear, limits: ClosedRange<Double>? = nil, padding: Double = 0.05) {
        self.scale = scale
        self.limits = limits
        self.padding = padding
    }
}
