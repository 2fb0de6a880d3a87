/// Where each part of a panel goes: found by measuring text before anything is drawn.
struct PanelLayout {
    /// The panel's share of the figure.
    let cell: Rect
    /// The plot area inside the frame.
    let plot: Rect
    /// Room kept around `plot` for titles, ticks, labels, colour bar and outside legend.
    let insets: Insets
    let x: AxisLayout
    let y: AxisLayout

    /// Page position of a data point; non-finite where a log axis cannot show it.
    func page(_ p: Point) -> Point {
        Point(plot.x + x.fraction(p.x) * plot.width, plot.maxY - y.fraction(p.y) * plot.height)
    }

    /// Lays out all panels of a figure; with `shared`, every plot gets the same insets and so the
    /// same size, which keeps panels side by side comparable.
    static func make(panels: [Panel], cells: [Rect], shared: Bool, theme: Theme, canvas: Canvas) -> [PanelLayout] {
        let measurer = PanelMeasurer(theme: theme, canvas: canvas)
        let limits = panels.map(\.dataLimits)
        var insets = panels.indices.map { i in
            panels[i].isKey ? Insets(top: 0, left: 0, bottom: 0, right: 0) : measurer.insets(for: panels[i], limits[i], in: cells[i])
        }
        let plotted = panels.indices.filter { !panels[$0].isKey }
        if shared, let union = plotted.map({ insets[$0] }).reduce(nil, { (u: Insets?, i) in u.map { $0.union(i) } ?? i }) {
            for i in plotted { insets[i] = union }
        }
        return panels.indices.map { i in measurer.layout(panels[i], limits[i], in: cells[i], insets: insets[i]) }
    }
}

/// Distances from a cell's edges to the plot's.
struct Insets: Equatable {
    var top: Double
    var left: Double
    var bottom: Double
    var right: Double

    /// The larger of each side.
    func union(_ o: Insets) -> Insets {
        Insets(top: max(top, o.top), left: max(left, o.left), bottom: max(bottom, o.bottom), right: max(right, o.right))
    }
}
