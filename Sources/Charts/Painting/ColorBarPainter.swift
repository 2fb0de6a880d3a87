/// The colour bar right of a heat map: the scale as a strip, ticked and labelled.
struct ColorBarPainter {
    let theme: Theme
    let canvas: Canvas
    let measurer: PanelMeasurer

    /// Ticks for the colour range along a bar `height` units tall.
    static func ticks(_ map: HeatMap, height: Double, measurer: PanelMeasurer) -> (values: [Double], labels: [String]) {
        let r = map.colorRange
        let ticks = TickLocator.linear(
            lo: r.lowerBound, hi: r.upperBound,
            target: TickLocator.targetCount(length: height, labelExtent: measurer.tickHeight * 1.6))
        return (ticks.values, TickFormatter.labels(for: ticks))
    }

    /// Room the bar, its labels and its title take right of the plot.
    static func width(_ map: HeatMap, height: Double, measurer: PanelMeasurer) -> Double {
        let space = measurer.space
        let labels = ticks(map, height: height, measurer: measurer).labels
        let labelWidth = labels.map { measurer.text($0, measurer.theme.tickSize).width }.max() ?? 0
        let title = map.colorBarLabel.map { measurer.text($0, measurer.theme.labelSize).height + space.gap * 0.6 } ?? 0
        return space.gap * 2 + space.colorBarWidth + space.gap * 0.6 + labelWidth + title
    }

    /// Draws the bar beside `plot`.
    func paint(_ map: HeatMap, beside plot: Rect) {
        let space = measurer.space
        let bar = Rect(x: plot.maxX + space.gap * 2, y: plot.y, width: space.colorBarWidth, height: plot.height)
        // Strips overlap by a hair so anti-aliasing leaves no seams; 96 steps are smoother than the eye can tell.
        let steps = 96
        for i in 0..<steps {
            let t0 = Double(i) / Double(steps), t1 = Double(i + 1) / Double(steps)
            let y0 = bar.maxY - t1 * bar.height, y1 = bar.maxY - t0 * bar.height
            let strip = Rect(x: bar.x, y: y0 - (i + 1 < steps ? 0.4 : 0), width: bar.width, height: y1 - y0 + (i + 1 < steps ? 0.4 : 0))
            canvas.fill(.rectangle(strip), theme.heatMap.color(at: (t0 + t1) / 2))
        }
        canvas.stroke(.rectangle(bar), StrokeStyle(color: theme.axis, width: theme.unit, round: false))
        let r = map.colorRange
        let (values, labels) = Self.ticks(map, height: plot.height, measurer: measurer)
        var labelWidth = 0.0
        for (v, label) in zip(values, labels) {
            let y = bar.maxY - (v - r.lowerBound) / (r.upperBound - r.lowerBound) * bar.height
            canvas.stroke(
                .polyline([Point(bar.maxX, y), Point(bar.maxX + space.gap * 0.35, y)]),
                StrokeStyle(color: theme.axis, width: theme.unit, round: false))
            let run = TextRun(markup: label, size: theme.tickSize, color: theme.text)
            let m = canvas.measure(run)
            labelWidth = max(labelWidth, m.width)
            canvas.draw(run, at: Point(bar.maxX + space.gap * 0.6, y - m.height / 2), rotated: false)
        }
        if let title = map.colorBarLabel {
            let run = TextRun(markup: title, size: theme.labelSize, color: theme.text)
            let m = canvas.measure(run)
            canvas.draw(run, at: Point(bar.maxX + space.gap * 1.2 + labelWidth, bar.y + (bar.height + m.width) / 2), rotated: true)
        }
    }
}
