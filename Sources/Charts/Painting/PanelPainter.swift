/// Draws one laid-out panel, back to front: shaded intervals, grid, series, frame, text, colour
/// bar, legend and annotations.
struct PanelPainter {
    let theme: Theme
    let canvas: Canvas
    let panel: Panel
    let layout: PanelLayout
    /// The panel's group id; its parts are grouped as `<id>-grid`, `<id>-series` and so on.
    let id: String

    func paint() {
        let measurer = PanelMeasurer(theme: theme, canvas: canvas)
        let series = SeriesPainter(theme: theme, canvas: canvas, panel: panel, layout: layout)
        let plot = layout.plot
        canvas.group(id: id + "-grid") {
            series.paintUnderlay()
            GridPainter(theme: theme, canvas: canvas, panel: panel, layout: layout).paint()
        }
        canvas.group(id: id + "-series") { canvas.withClip(plot) { series.paintClipped() } }
        canvas.stroke(.rectangle(plot), StrokeStyle(color: theme.axis, width: theme.unit, round: false))
        canvas.group(id: id + "-markers") { series.paintMarkers() }
        var obstacles = series.obstacles()
        let labels = series.labels(avoiding: obstacles)
        for label in labels { canvas.draw(label.run, at: label.origin, rotated: false) }
        if let map = panel.heatMap { HeatMapPainter(theme: theme, canvas: canvas, layout: layout).paintValues(map) }
        obstacles.texts += labels.map(\.rect)
        canvas.group(id: id + "-axes") {
            paintTickLabels(measurer)
            paintLabels(measurer)
        }
        var colorBar = 0.0
        if let map = panel.heatMap, map.colorBar {
            ColorBarPainter(theme: theme, canvas: canvas, measurer: measurer).paint(map, beside: plot)
            colorBar = ColorBarPainter.width(map, height: plot.height, measurer: measurer)
        }
        let annotations = AnnotationPainter(theme: theme, canvas: canvas, layout: layout)
        obstacles.texts += annotations.boxes(panel.annotations)
        let entries = panel.legendEntries
        if panel.legend != .none, !entries.isEmpty {
            obstacles.points += panel.annotations.map { layout.page($0.at) }
            let legend = LegendPainter(theme: theme, canvas: canvas, measurer: measurer)
            let size = LegendPainter.size(entries, measurer: measurer)
            let frame = legend.frame(panel.legend, size: size, layout: layout, obstacles: obstacles, colorBar: colorBar)
            canvas.group(id: id + "-legend") { legend.paint(entries, in: frame) }
        }
        annotations.paint(panel.annotations)
    }

    private func paintTickLabels(_ measurer: PanelMeasurer) {
        let plot = layout.plot
        for (t, label) in zip(layout.x.ticks, layout.x.labels) {
            let run = TextRun(markup: label, size: theme.tickSize, color: theme.text)
            let m = canvas.measure(run)
            let x = plot.x + layout.x.fraction(t) * plot.width
            canvas.draw(run, at: Point(x - m.width / 2, plot.maxY + measurer.xTickOffset), rotated: false)
        }
        for (t, label) in zip(layout.y.ticks, layout.y.labels) {
            let run = TextRun(markup: label, size: theme.tickSize, color: theme.text)
            let m = canvas.measure(run)
            let y = plot.maxY - layout.y.fraction(t) * plot.height
            canvas.draw(run, at: Point(plot.x - measurer.yTickOffset - m.width, y - m.height / 2), rotated: false)
        }
    }

    private func paintLabels(_ measurer: PanelMeasurer) {
        let plot = layout.plot, insets = layout.insets
        if !panel.title.isEmpty {
            let whole = TextRun(markup: panel.title, size: theme.titleSize, color: theme.text)
            // Centred on the plot, it may reach into the narrower of the two side insets.
            let room = plot.width + 2 * min(insets.left, insets.right)
            let run = whole.fitting(room, measured: canvas.measure(whole))
            let m = canvas.measure(run)
            canvas.draw(run, at: Point(plot.x + (plot.width - m.width) / 2, plot.y - insets.top), rotated: false)
        }
        if !panel.xLabel.isEmpty {
            let run = TextRun(markup: panel.xLabel, size: theme.labelSize, color: theme.text)
            let m = canvas.measure(run)
            canvas.draw(run, at: Point(plot.x + (plot.width - m.width) / 2, plot.maxY + insets.bottom - m.height), rotated: false)
        }
        if !panel.yLabel.isEmpty {
            let run = TextRun(markup: panel.yLabel, size: theme.labelSize, color: theme.text)
            let m = canvas.measure(run)
            // Beside this panel's own tick labels, which may be narrower than the shared inset
            // allows for; rotated text extends upwards from its origin, so centre it on the plot.
            let ticks = layout.y.labels.map { measurer.text($0, theme.tickSize).width }.max() ?? 0
            let x = max(plot.x - insets.left, plot.x - measurer.yTickOffset - ticks - measurer.space.gap - m.height)
            canvas.draw(run, at: Point(x, plot.y + (plot.height + m.width) / 2), rotated: true)
        }
    }
}
