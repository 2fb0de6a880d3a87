/// A whole figure: panels in a grid, drawn by `FigureRenderer` on any `Canvas`.
///
/// ```swift
/// let figure = Figure(size: Size(width: 1200, height: 480), columns: 2, panels: [left, right])
/// let png = try FigureEncoder(theme: .light).encode(figure, as: .png)  // ChartsCairo
/// ```
public struct Figure: Sendable {
    /// Size in figure units (CSS pixels at scale 1; 1 unit = 0.75 pt in SVG and PDF).
    public var size: Size
    /// Panels per row; rows follow from the panel count.
    public var columns: Int
    /// The panels, row by row.
    public var panels: [Panel]
    /// Optional title over all panels, in Pango markup.
    public var title: String?
    /// Multiplies every type size, pen width, marker and gap of the theme. Small multiples (a
    /// gallery of 6 × 10 tiny panels) need smaller type than a 1200 × 480 slide figure; 1 keeps
    /// the theme as it is.
    public var typeScale: Double
    /// Whether all panels share one set of insets, so their plot areas have the same size and
    /// position within their cells (the default: panels side by side stay directly comparable).
    /// Turn it off when panels differ in kind, such as bars beside a heat map with a colour bar.
    public var sharedInsets: Bool
    /// What the figure is, in plain text and the reader's language: a vector file's `<title>`.
    public var accessibleTitle: String?
    /// What the figure shows, in plain text: a vector file's `<desc>`, for screen readers and
    /// for whoever reuses the file without the page around it.
    public var accessibleDescription: String?
    /// Share of the usual tick labels (see `Theme.tickDensity`); `FigureDrawing.fitted` lowers it.
    var tickDensity = 1.0

    /// A figure of panels laid out `columns` to a row.
    public init(
        size: Size, columns: Int, panels: [Panel], title: String? = nil, typeScale: Double = 1,
        sharedInsets: Bool = true
    ) {
        self.size = size
        self.columns = max(1, columns)
        self.panels = panels
        self.title = title
        self.typeScale = typeScale.isFinite && typeScale > 0 ? typeScale : 1
        self.sharedInsets = sharedInsets
    }

    /// Rows needed for the panels at `columns` per row.
    public var rows: Int { (panels.count + columns - 1) / columns }
}
