/// Draws a panel's series on a laid-out plot, and tells the legend where the data lies.
///
/// Curves are mapped to the page, clipped to the plot and simplified to a fraction of a device
/// pixel once, in `init`; the same polylines are drawn and used to place the legend.
struct SeriesPainter {
    let theme: Theme
    let canvas: Canvas
    let panel: Panel
    let layout: PanelLayout
    let space: Spacing
    /// Page polylines of each `.line` series, by index into `panel.series`.
    let curves: [Int: [[Point]]]

    /// Prepares the curves of `panel` for `layout`.
    init(theme: Theme, canvas: Canvas, panel: Panel, layout: PanelLayout) {
        self.theme = theme
        self.canvas = canvas
        self.panel = panel
        self.layout = layout
        space = Spacing(theme)
        // Slightly larger than the plot, so a thick curve is cut by the clip, not by this.
        let bounds = layout.plot.inset(top: -20, left: -20, bottom: -20, right: -20)
        let tolerance = 0.1 * min(1, canvas.resolution)
        var curves: [Int: [[Point]]] = [:]
        for (i, series) in panel.series.enumerated() {
            guard case .line(let line) = series else { continue }
            curves[i] = line.segments.flatMap { segment in
                PolylineClipper.clip(segment.map(layout.page), to: bounds)
                    .map { PolylineSimplifier.simplify($0, tolerance: tolerance) }
            }
        }
        self.curves = curves
    }

    /// Shaded x intervals, which go behind the grid.
    func paintUnderlay() {
        let plot = layout.plot
        for case .xBand(let band) in panel.series {
            let a = layout.page(Point(band.range.lowerBound, layout.y.lo)).x
            let b = layout.page(Point(band.range.upperBound, layout.y.lo)).x
            let left = max(plot.x, min(a, b)), right = min(plot.maxX, max(a, b))
            guard right > left else { continue }
            canvas.fill(.rectangle(Rect(x: left, y: plot.y, width: right - left, height: plot.height)), tint(band.slot))
        }
    }

    /// The translucent fill of bands: a palette colour or the theme's neutral shade.
    func tint(_ slot: Int?) -> Color {
        guard let slot else { return theme.shade }
        return theme.color(slot).opacity(theme.background.luminance > 0.5 ? 0.16 : 0.22)
    }

    /// Everything that must stay inside the frame: bands, heat map cells, bars, reference lines, curves.
    func paintClipped() {
        for (i, series) in panel.series.enumerated() {
            switch series {
            case .xBand, .markers: continue
            case .band(let band): paintBand(band)
            case .heatMap(let map): HeatMapPainter(theme: theme, canvas: canvas, layout: layout).paintCells(map)
            case .bars: for bar in bars() { canvas.fill(.rectangle(bar.rect), bar.color) }
            case .reference(let line): paintReference(line)
            case .line(let line):
                let pen = theme.pen(line.slot, width: theme.curveWidth * line.weight, dashed: line.dashed)
                for piece in curves[i] ?? [] { canvas.stroke(.polyline(piece), pen) }
            }
        }
    }

    /// Jump dots, drawn unclipped so a dot on the frame stays round.
    func paintMarkers() {
        let near = layout.plot.inset(top: -1, left: -1, bottom: -1, right: -1)
        for case .markers(let markers) in panel.series {
            let color = theme.color(markers.slot)
            let centers = markers.points.map(layout.page).filter { $0.x.isFinite && $0.y.isFinite && near.contains($0) }
            canvas.drawMarkers(
                at: centers, radius: space.markerRadius, fill: markers.filled ? color : theme.background,
                outline: StrokeStyle(color: color, width: 2 * theme.unit))
        }
    }

    private func paintBand(_ band: BandSeries) {
        for run in band.finiteRuns {
            let upper = run.map { layout.page(Point($0.x, $0.hi)) }
            let lower = run.reversed().map { layout.page(Point($0.x, $0.lo)) }
            let outline = upper + lower
            guard outline.allSatisfy({ $0.x.isFinite && $0.y.isFinite }) else { continue }
            var path = Path.polyline(PolylineSimplifier.simplify(upper, tolerance: 0.1) + PolylineSimplifier.simplify(lower, tolerance: 0.1))
            path.close()
            canvas.fill(path, tint(band.slot))
        }
    }

    private func paintReference(_ line: ReferenceLine) {
        guard line.value.isFinite else { return }
        let plot = layout.plot
        let pen = StrokeStyle(color: theme.text.opacity(0.6), width: 1.3 * theme.unit, dash: [6 * theme.unit, 4 * theme.unit], round: false)
        switch line.orientation {
        case .horizontal:
            let y = layout.page(Point(layout.x.lo, line.value)).y
            canvas.stroke(.polyline([Point(plot.x, y), Point(plot.maxX, y)]), pen)
        case .vertical:
            let x = layout.page(Point(line.value, layout.y.lo)).x
            canvas.stroke(.polyline([Point(x, plot.y), Point(x, plot.maxY)]), pen)
        }
    }

    /// One bar on the page with its fill and printed value.
    struct Bar {
        let rect: Rect
        let color: Color
        let text: String?
        let negative: Bool
    }

    /// Every bar of the panel; several series share each category side by side.
    func bars() -> [Bar] {
        let all = panel.barSeries
        let base = layout.y.scale == .log ? layout.y.lo : 0
        return all.enumerated().flatMap { j, series -> [Bar] in
            let width = series.width / Double(all.count)
            let shift = (Double(j) - Double(all.count - 1) / 2) * width
            return series.values.enumerated().compactMap { i, value -> Bar? in
                let x = series.position(i) + shift
                let a = layout.page(Point(x - width / 2, base)), b = layout.page(Point(x + width / 2, value))
                guard value.isFinite, a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite else { return nil }
                let rect = Rect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(b.x - a.x), height: abs(b.y - a.y))
                return Bar(rect: rect, color: theme.color(series.slot), text: series.text(for: value), negative: value < 0)
            }
        }
    }
}
