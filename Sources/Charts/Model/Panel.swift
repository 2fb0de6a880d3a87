/// One plot area with its axes, grid, labels, series, legend and annotations.
///
/// ```swift
/// var panel = Panel(title: "Sigmoid vs tanh", xLabel: "<i>x</i>", yLabel: MathMarkup.derivative("f"))
/// panel.series = [.line(LineSeries(points: sigmoidPrime, slot: 0, label: "sigmoid")),
///                 .line(LineSeries(points: tanhPrime, slot: 1, label: "tanh"))]
/// panel.legend = .auto
/// ```
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
    /// What is drawn, back to front (shaded x intervals always go behind the grid).
    public var series: [Series]
    /// Where the legend of the labelled series goes; `.none` draws none.
    public var legend: LegendPlacement
    /// Text notes in the plot, optionally with an arrow to the point they explain.
    public var annotations: [Annotation]
    /// Plot height divided by plot width, for pictures that must not be stretched (a heat map
    /// with square cells); nil lets the plot fill its cell.
    public var aspectRatio: Double?
    /// Band labels go in the legend rather than on the bands: set by layout when one of them
    /// finds no clear spot inside its band, so all bands are named in one place.
    var bandsInLegend = false
    /// No legend at all: set by layout when a legend fits neither inside the plot nor beside
    /// it without taking most of the panel (a 200-unit figure); the curves stay readable.
    var dropsLegend = false
    /// Shows only its legend, centred in its cell, with no axes or frame: the key of a figure of
    /// small multiples, so the figure explains its own line styles on a slide.
    public var isKey = false

    /// A panel; axes default to linear with limits taken from the data.
    public init(
        title: String = "", xLabel: String = "", yLabel: String = "", x: Axis = Axis(), y: Axis = Axis(),
        series: [Series] = [], legend: LegendPlacement = .none, annotations: [Annotation] = [],
        aspectRatio: Double? = nil
    ) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.x = x
        self.y = y
        self.series = series
        self.legend = legend
        self.annotations = annotations
        self.aspectRatio = aspectRatio
    }

    /// A key: no axes, only the legend of `series` (labelled, possibly empty), centred.
    public static func key(_ series: [Series]) -> Panel {
        var panel = Panel(series: series, legend: .auto)
        panel.isKey = true
        return panel
    }

    /// A heat map panel: columns along x, rows down y (row 0 at the top, as a matrix is written),
    /// square cells, category labels on both axes and a colour bar.
    public static func heatMap(
        _ map: HeatMap, title: String = "", rowLabels: [String]? = nil, columnLabels: [String]? = nil,
        xLabel: String = "", yLabel: String = ""
    ) -> Panel {
        let rows = map.values.count, columns = map.values.map(\.count).max() ?? 0
        return Panel(
            title: title, xLabel: xLabel, yLabel: yLabel,
            x: Axis(categories: columnLabels ?? (0..<columns).map { String($0 + 1) }),
            y: Axis(categories: rowLabels ?? (0..<rows).map { String($0 + 1) }, reversed: true),
            series: [.heatMap(map)],
            aspectRatio: columns > 0 ? Double(rows) / Double(columns) : nil)
    }
}
