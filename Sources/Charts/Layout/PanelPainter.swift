/// Draws one laid-out panel: grid, zero lines, frame, series, ticks, labels and title.
struct PanelPainter {
    let theme: Theme
    let canvas: Canvas
    let panel: Panel
    let layout: PanelLayout

    func paint() {
        let plot = layout.plot
        paintGrid()
        canvas.withClip(plot) {
            for series in panel.series { paint(series) }
        }
        canvas.stroke(.rectangle(plot), StrokeStyle(color: theme.axis, width: 1, round: false))
        paintTickLabels()
        paintLabels()
    }

    /// How far (figure units) a simplified curve may stray from its samples: a tenth of a
    /// pixel at scale 1, below what antialiasing shows, and it makes a curve's cost flat in
    /// `--samples`.
    static let curveTolerance = 0.1

    /// Snaps a 1-unit line to the pixel grid so it stays crisp at scale 1 and 2.
    private func crisp(_ v: Double) -> Double { v.rounded(.down) + 0.5 }

    private func paintGrid() {
        let plot = layout.plot
        let gridPen = StrokeStyle(color: theme.grid, width: 1, round: false)
        let zeroPen = StrokeStyle(color: theme.axis, width: 1.4, round: false)
        for t in layout.x.ticks {
            let px = crisp(plot.x + layout.x.fraction(t) * plot.width)
            let pen = (t == 0 && layout.x.scale == .linear) ? zeroPen : gridPen
            canvas.stroke(.polyline([Point(px, plot.y), Point(px, plot.maxY)]), pen)
        }
        for t in layout.y.ticks {
            let py = crisp(plot.maxY - layout.y.fraction(t) * plot.height)
            let pen = (t == 0 && layout.y.scale == .linear) ? zeroPen : gridPen
            canvas.stroke(.polyline([Point(plot.x, py), Point(plot.maxX, py)]), pen)
        }
    }

    private func paint(_ series: Series) {
        let plot = layout.plot
        switch series {
        case .xBand(let band):
            let a = layout.page(Point(band.lowerBound, layout.y.lo)).x
            let b = layout.page(Point(band.upperBound, layout.y.lo)).x
            canvas.fill(.rectangle(Rect(x: min(a, b), y: plot.y, width: abs(b - a), height: plot.height)), theme.shade)
        case .reference(let line):
            let pen = StrokeStyle(color: theme.text.opacity(0.55), width: 1.3, dash: [6, 4], round: false)
            switch line.orientation {
            case .horizontal:
                let py = layout.page(Point(layout.x.lo, line.value)).y
                canvas.stroke(.polyline([Point(plot.x, py), Point(plot.maxX, py)]), pen)
            case .vertical:
                let px = layout.page(Point(line.value, layout.y.lo)).x
                canvas.stroke(.polyline([Point(px, plot.y), Point(px, plot.maxY)]), pen)
            }
        case .line(let line):
            let pen = theme.pen(line.slot)
            for segment in line.segments where segment.count > 1 {
                let page = PolylineSimplifier.simplify(segment.map(layout.page), tolerance: Self.curveTolerance)
                canvas.stroke(.polyline(page), pen)
            }
        case .markers(let markers):
            let pen = theme.pen(markers.slot, width: 2)
            for p in markers.points {
                var dot = Path()
                dot.circle(center: layout.page(p), radius: 4.6)
                canvas.fill(dot, markers.filled ? pen.color : theme.background)
                canvas.stroke(dot, StrokeStyle(color: pen.color, width: 2))
            }
        }
    }

    private func paintTickLabels() {
        let plot = layout.plot
        for (t, label) in zip(layout.x.ticks, layout.x.labels) {
            let run = TextRun(markup: label, size: theme.tickSize, color: theme.text)
            let m = canvas.measure(run)
            let px = plot.x + layout.x.fraction(t) * plot.width
            canvas.draw(run, at: Point(px - m.width / 2, plot.maxY + FigureRenderer.gap * 0.6), rotated: false)
        }
        for (t, label) in zip(layout.y.ticks, layout.y.labels) {
            let run = TextRun(markup: label, size: theme.tickSize, color: theme.text)
            let m = canvas.measure(run)
            let py = plot.maxY - layout.y.fraction(t) * plot.height
            canvas.draw(run, at: Point(plot.x - FigureRenderer.gap * 0.75 - m.width, py - m.height / 2), rotated: false)
        }
    }

    private func paintLabels() {
        let plot = layout.plot
        let cell = layout.cell
        if !panel.title.isEmpty {
            let run = TextRun(markup: panel.title, size: theme.titleSize, color: theme.text)
            let m = canvas.measure(run)
            canvas.draw(run, at: Point(plot.x + (plot.width - m.width) / 2, cell.y), rotated: false)
        }
        if !panel.xLabel.isEmpty {
            let run = TextRun(markup: panel.xLabel, size: theme.labelSize, color: theme.text)
            let m = canvas.measure(run)
            canvas.draw(run, at: Point(plot.x + (plot.width - m.width) / 2, cell.maxY - m.height), rotated: false)
        }
        if !panel.yLabel.isEmpty {
            let run = TextRun(markup: panel.yLabel, size: theme.labelSize, color: theme.text)
            let m = canvas.measure(run)
            // Rotated text extends upwards from its origin: centre it on the plot's height.
            canvas.draw(run, at: Point(cell.x, plot.y + (plot.height + m.width) / 2), rotated: true)
        }
    }
}
