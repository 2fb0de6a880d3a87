/// Lays out a `Figure` and draws it on a `Canvas`.
///
/// By default all panels of a figure share one set of insets (the widest y tick labels, the
/// tallest title), so panels side by side are the same size and directly comparable.
public struct FigureRenderer {
    /// The look to draw with.
    public let theme: Theme

    /// A renderer for `theme`.
    public init(theme: Theme) { self.theme = theme }

    /// Draws `figure` on `canvas`, background included unless `transparent`.
    public func draw(_ figure: Figure, on canvas: Canvas, transparent: Bool = false) {
        var theme = self.theme.scaled(by: figure.typeScale)
        theme.tickDensity = figure.tickDensity
        let space = Spacing(theme)
        let size = figure.size
        if !transparent {
            canvas.fill(.rectangle(Rect(x: 0, y: 0, width: size.width, height: size.height)), theme.background)
        }
        var top = space.margin
        if let title = figure.title, !title.isEmpty {
            let whole = TextRun(markup: title, size: theme.titleSize * 1.1, bold: true, color: theme.text)
            let run = whole.wrapping(size.width - 2 * space.margin, measured: canvas.measure(whole))
            let m = canvas.measure(run)
            canvas.draw(run, at: Point((size.width - m.width) / 2, top), rotated: false)
            top += m.height + space.gap
        }
        let cells = Self.cells(figure, top: top, space: space)
        var panels = figure.panels
        var layouts = PanelLayout.make(panels: panels, cells: cells, shared: figure.sharedInsets, theme: theme, canvas: canvas)
        // Texts inside a plot are planned before drawing. A legend with no clear spot first gets
        // headroom above the data (automatic y limits only), then moves under the plot, or beside
        // it; each changes the layout, so each is followed by a new one. The plans (and the curves
        // clipped and simplified for them) of the layout that stays are the ones drawn.
        var planned: [(series: SeriesPainter?, plan: PanelPainter.Plan)?] = Array(repeating: nil, count: panels.count)
        for _ in 0..<3 {
            var changed = false
            let measurer = PanelMeasurer(theme: theme, canvas: canvas)
            for i in panels.indices {
                let painter = PanelPainter(theme: theme, canvas: canvas, panel: panels[i], layout: layouts[i], id: "")
                let series = painter.seriesPainter
                let plan = painter.plan(measurer, series: series)
                planned[i] = (series, plan)
                guard plan.legendHomeless, panels[i].legend != .outside, panels[i].legend != .below else { continue }
                changed = true
                let plot = layouts[i].plot
                let size = LegendPainter.size(plan.entries, measurer: measurer)
                let height = size.height + 2 * space.gap
                if panels[i].y.limits == nil, panels[i].y.scale == .linear, panels[i].y.headroom == 0, height < plot.height * 0.4 {
                    panels[i].y.headroom = height / max(1, plot.height - height)
                } else if size.height < layouts[i].cell.height * 0.3, size.width < layouts[i].cell.width {
                    // Outside the plot the legend is measured with the panel: it must list the bands too.
                    panels[i].bandsInLegend = plan.bandLabelsUnplaced
                    panels[i].legend = .below
                } else if size.width < layouts[i].cell.width * 0.35 {
                    panels[i].bandsInLegend = plan.bandLabelsUnplaced
                    panels[i].legend = .outside
                } else {
                    // Beside or under the plot it would take most of the panel: the curves matter more.
                    panels[i].dropsLegend = true
                }
            }
            guard changed else { break }
            layouts = PanelLayout.make(panels: panels, cells: cells, shared: figure.sharedInsets, theme: theme, canvas: canvas)
            planned = Array(repeating: nil, count: panels.count)
        }
        for (index, (panel, layout)) in zip(panels, layouts).enumerated() {
            let id = "panel\(index + 1)"
            let painter = PanelPainter(theme: theme, canvas: canvas, panel: panel, layout: layout, id: id)
            canvas.group(id: id) { painter.paint(planned: planned[index]) }
        }
    }

    /// The grid of equal cells below the figure title, row by row.
    static func cells(_ figure: Figure, top: Double, space: Spacing) -> [Rect] {
        guard !figure.panels.isEmpty else { return [] }
        let columns = figure.columns, rows = figure.rows
        let width = (figure.size.width - 2 * space.margin - Double(columns - 1) * space.columnGap) / Double(columns)
        let height = (figure.size.height - top - space.margin - Double(rows - 1) * space.rowGap) / Double(rows)
        return figure.panels.indices.map { i in
            Rect(
                x: space.margin + Double(i % columns) * (width + space.columnGap),
                y: top + Double(i / columns) * (height + space.rowGap),
                width: max(1, width), height: max(1, height))
        }
    }
}
