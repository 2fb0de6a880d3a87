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
                let pen = theme.pen(line.slot, width: theme.curveWidth * line.weight)
                for piece in curves[i] ?? [] { canvas.stroke(.polyline(piece), pen) }
            }
        }
    }

    /// Jump dots, drawn unclipped so a dot on the frame stays round.
    func paintMarkers() {
        for case .markers(let markers) in panel.series {
            let color = theme.color(markers.slot)
            for p in markers.points {
                let c = layout.page(p)
                guard c.x.isFinite, c.y.isFinite, layout.plot.inset(top: -1, left: -1, bottom: -1, right: -1).contains(c) else { continue }
                var dot = Path()
                dot.circle(center: c, radius: space.markerRadius)
                canvas.fill(dot, markers.filled ? color : theme.background)
                canvas.stroke(dot, StrokeStyle(color: color, width: 2 * theme.unit))
            }
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

    /// A label placed on the page.
    struct Label {
        let run: TextRun
        let origin: Point
        let rect: Rect
    }

    /// Where the panel's data lies on the page: curves, reference lines, bars and dots.
    func obstacles() -> Obstacles {
        var o = Obstacles()
        o.polylines = curves.keys.sorted().flatMap { curves[$0] ?? [] }
        let plot = layout.plot
        for case .reference(let line) in panel.series where line.value.isFinite {
            if line.orientation == .horizontal {
                let y = layout.page(Point(layout.x.lo, line.value)).y
                o.polylines.append([Point(plot.x, y), Point(plot.maxX, y)])
            } else {
                let x = layout.page(Point(line.value, layout.y.lo)).x
                o.polylines.append([Point(x, plot.y), Point(x, plot.maxY)])
            }
        }
        o.rects = bars().map(\.rect)
        for case .markers(let m) in panel.series { o.points += m.points.map(layout.page) }
        return o
    }

    /// Text that belongs to series: bar values, reference and band labels, each placed where it
    /// hides the least of `obstacles`.
    func labels(avoiding obstacles: Obstacles) -> [Label] {
        let small = theme.tickSize * 0.92
        var out: [Label] = []
        func place(_ run: TextRun, _ candidates: [Point]) {
            guard !candidates.isEmpty else { return }
            let m = canvas.measure(run)
            let rects = candidates.map { Rect(x: $0.x, y: $0.y, width: m.width, height: m.height) }
            var avoid = obstacles
            avoid.texts += out.map(\.rect)
            let best = rects.indices.min { a, b in
                let ca = avoid.cost(of: rects[a]), cb = avoid.cost(of: rects[b])
                return ca != cb ? ca < cb : a < b
            } ?? 0
            out.append(Label(run: run, origin: candidates[best], rect: rects[best]))
        }
        for bar in bars() {
            guard let text = bar.text else { continue }
            let run = TextRun(markup: text, size: small, color: theme.text)
            let m = canvas.measure(run)
            let y = bar.negative ? bar.rect.maxY + space.gap * 0.3 : bar.rect.y - space.gap * 0.3 - m.height
            place(run, [Point(bar.rect.x + (bar.rect.width - m.width) / 2, y)])
        }
        let plot = layout.plot, pad = space.gap * 0.5
        for series in panel.series {
            switch series {
            case .reference(let line):
                guard let label = line.label, line.value.isFinite else { continue }
                let run = TextRun(markup: label, size: small, color: theme.text.opacity(0.8))
                let m = canvas.measure(run)
                if line.orientation == .horizontal {
                    let y = layout.page(Point(layout.x.lo, line.value)).y
                    let above = y - m.height - 1, below = y + 1
                    let right = plot.maxX - pad - m.width, left = plot.x + pad
                    place(run, [Point(right, above), Point(right, below), Point(left, above), Point(left, below)]
                        .filter { $0.y >= plot.y && $0.y + m.height <= plot.maxY })
                } else {
                    let x = layout.page(Point(line.value, layout.y.lo)).x
                    let top = plot.y + pad, bottom = plot.maxY - pad - m.height
                    place(run, [Point(x + pad, top), Point(x - pad - m.width, top), Point(x + pad, bottom), Point(x - pad - m.width, bottom)])
                }
            case .xBand(let band):
                guard let label = band.label else { continue }
                let a = max(plot.x, layout.page(Point(band.range.lowerBound, layout.y.lo)).x)
                let b = min(plot.maxX, layout.page(Point(band.range.upperBound, layout.y.lo)).x)
                guard b > a else { continue }
                let run = TextRun(markup: label, size: small, color: theme.text.opacity(0.8))
                let m = canvas.measure(run)
                let x = (a + b - m.width) / 2
                let free = plot.height - 2 * pad - m.height
                place(run, [0, 1, 0.5, 0.25, 0.75].map { Point(x, plot.y + pad + free * $0) })
            default: continue
            }
        }
        return out
    }
}
