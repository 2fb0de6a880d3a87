/// Draws one laid-out panel, back to front: shaded intervals, grid, series, frame, text, colour
/// bar, legend and annotations.
struct PanelPainter {
    let theme: Theme
    let canvas: Canvas
    let panel: Panel
    let layout: PanelLayout
    /// The panel's group id; its parts are grouped as `<id>-grid`, `<id>-series` and so on.
    let id: String

    /// The painter of the panel's data; nil for a key panel, which has none.
    var seriesPainter: SeriesPainter? {
        panel.isKey ? nil : SeriesPainter(theme: theme, canvas: canvas, panel: panel, layout: layout)
    }

    /// Draws the panel; `planned`, the data's painter and the plan made for this very layout
    /// (`FigureRenderer` makes them while it settles the layout), spares making them again.
    func paint(planned: (series: SeriesPainter?, plan: Plan)? = nil) {
        let measurer = PanelMeasurer(theme: theme, canvas: canvas)
        if panel.isKey {
            let entries = panel.legendEntries
            guard !entries.isEmpty else { return }
            let size = LegendPainter.size(entries, measurer: measurer)
            let cell = layout.cell
            let frame = Rect(
                x: cell.x + (cell.width - size.width) / 2, y: cell.y + (cell.height - size.height) / 2, width: size.width, height: size.height)
            canvas.group(id: id + "-legend") { LegendPainter(theme: theme, canvas: canvas, measurer: measurer).paint(entries, in: frame) }
            return
        }
        let series = planned?.series ?? SeriesPainter(theme: theme, canvas: canvas, panel: panel, layout: layout)
        let plot = layout.plot
        let grid = GridPainter(theme: theme, canvas: canvas, panel: panel, layout: layout)
        canvas.group(id: id + "-grid") {
            series.paintUnderlay()
            grid.paint()
        }
        canvas.group(id: id + "-zero") { grid.paintZeroLines() }
        canvas.group(id: id + "-series") { canvas.withClip(plot) { series.paintClipped() } }
        canvas.group(id: id + "-frame") {
            canvas.stroke(.rectangle(plot), StrokeStyle(color: theme.axis, width: theme.unit, round: false))
        }
        canvas.group(id: id + "-markers") { series.paintMarkers() }
        let plan = planned?.plan ?? self.plan(measurer, series: series)
        canvas.group(id: id + "-labels") {
            for label in plan.labels { canvas.draw(label.run, at: label.origin, rotated: false) }
            if let map = panel.heatMap { HeatMapPainter(theme: theme, canvas: canvas, layout: layout).paintValues(map) }
        }
        paintTickLabels(measurer)
        canvas.group(id: id + "-axes") { paintLabels(measurer) }
        if let map = panel.heatMap, map.colorBar {
            ColorBarPainter(theme: theme, canvas: canvas, measurer: measurer).paint(map, beside: plot)
        }
        if let frame = plan.legend {
            let legend = LegendPainter(theme: theme, canvas: canvas, measurer: measurer)
            canvas.group(id: id + "-legend") { legend.paint(plan.entries, in: frame) }
        }
        let annotations = AnnotationPainter(theme: theme, canvas: canvas, layout: layout)
        canvas.group(id: id + "-notes") { annotations.paint(panel.annotations, in: plan.notes) }
    }

    /// Where the panel's own texts go, decided before any is drawn: labels of series, notes,
    /// then the legend in the first spot none of them or the data covers.
    struct Plan {
        /// Labels of reference lines, bands and bars.
        var labels: [SeriesPainter.Label]
        /// The text box of each annotation (nil where its point is off the plot).
        var notes: [Rect?]
        /// What the legend lists: labelled series, and bands whose labels found no room.
        var entries: [LegendEntry]
        /// Where the legend goes; nil for none, or when no spot inside the plot is clear.
        var legend: Rect?
        /// A band label that found no clear spot inside its band.
        var bandLabelsUnplaced: Bool
        /// Whether the legend has entries but no clear spot (lay it out outside instead).
        var legendHomeless: Bool
    }

    /// The panel's plan of texts; `series` is the painter of its data, made once per panel.
    func plan(_ measurer: PanelMeasurer, series: SeriesPainter? = nil) -> Plan {
        if panel.isKey {
            return Plan(labels: [], notes: [], entries: [], legend: nil, bandLabelsUnplaced: false, legendHomeless: false)
        }
        let series = series ?? SeriesPainter(theme: theme, canvas: canvas, panel: panel, layout: layout)
        var obstacles = series.obstacles()
        let (labels, unplaced) = series.labels(avoiding: obstacles)
        obstacles.texts += labels.map(\.rect)
        let annotations = AnnotationPainter(theme: theme, canvas: canvas, layout: layout)
        let notes = annotations.boxes(panel.annotations, avoiding: obstacles)
        obstacles.texts += notes.compactMap { $0 }
        obstacles.points += panel.annotations.map { layout.page($0.at) }
        // Two bands of one kind (saturated on the left and on the right) are one entry.
        var entries: [LegendEntry] = []
        for entry in panel.legendEntries + unplaced where !entries.contains(where: { $0.label == entry.label }) { entries.append(entry) }
        let bandEntries = panel.bandsInLegend && panel.series.contains { if case .xBand(let b) = $0 { b.label != nil } else { false } }
        let placement = panel.legend == .none && (!unplaced.isEmpty || bandEntries) ? .auto : panel.legend
        var frame: Rect?
        if placement != .none, !entries.isEmpty, !panel.dropsLegend {
            let size = LegendPainter.size(entries, measurer: measurer)
            var colorBar = 0.0
            if let map = panel.heatMap, map.colorBar { colorBar = ColorBarPainter.width(map, height: layout.plot.height, measurer: measurer) }
            frame = LegendPainter(theme: theme, canvas: canvas, measurer: measurer)
                .frame(placement, size: size, layout: layout, obstacles: obstacles, colorBar: colorBar)
        }
        return Plan(
            labels: labels, notes: notes, entries: entries, legend: frame, bandLabelsUnplaced: !unplaced.isEmpty,
            legendHomeless: frame == nil && placement != .none && !entries.isEmpty && !panel.dropsLegend)
    }

    private func paintTickLabels(_ measurer: PanelMeasurer) {
        let plot = layout.plot
        canvas.group(id: id + "-xticks") {
            for (i, (t, label)) in zip(layout.x.ticks, layout.x.labels).enumerated() {
                let run = TextRun(markup: label, size: theme.tickSize, color: theme.text)
                let m = canvas.measure(run)
                let x = plot.x + layout.x.fraction(t) * plot.width
                let row = layout.x.staggered && i % 2 == 1 ? m.height : 0
                canvas.draw(run, at: Point(x - m.width / 2, plot.maxY + measurer.xTickOffset + row), rotated: false)
            }
        }
        canvas.group(id: id + "-yticks") {
            for (t, label) in zip(layout.y.ticks, layout.y.labels) {
                let run = TextRun(markup: label, size: theme.tickSize, color: theme.text)
                let m = canvas.measure(run)
                let y = plot.maxY - layout.y.fraction(t) * plot.height
                canvas.draw(run, at: Point(plot.x - measurer.yTickOffset - m.width, y - m.height / 2), rotated: false)
            }
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
            // Right under this panel's own tick labels: panels that share insets with one whose
            // legend sits below its plot keep their label by their axis, not at the cell's foot.
            let ticks = layout.x.labels.map { measurer.text($0, theme.tickSize).height }.max() ?? measurer.tickHeight
            let labelRoom = measurer.text(panel.xLabel, theme.labelSize).height
            let top = plot.maxY + measurer.xTickOffset + ticks * (layout.x.staggered ? 2 : 1) + measurer.space.gap * 0.4 + labelRoom - m.height
            canvas.draw(run, at: Point(plot.x + (plot.width - m.width) / 2, top), rotated: false)
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
