/// The text that belongs to series (bar values, reference-line and band labels), placed where
/// it hides the least data.
extension SeriesPainter {
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
            let best =
                rects.indices.min { a, b in
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
                    place(
                        run,
                        [Point(right, above), Point(right, below), Point(left, above), Point(left, below)]
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
