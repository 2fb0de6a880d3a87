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
        // The zero lines are drawn stronger than the grid; a label on one reads as struck through.
        if layout.x.showsZero {
            let x = layout.page(Point(0, layout.y.lo)).x
            o.polylines.append([Point(x, plot.y), Point(x, plot.maxY)])
        }
        if layout.y.showsZero {
            let y = layout.page(Point(layout.x.lo, 0)).y
            o.polylines.append([Point(plot.x, y), Point(plot.maxX, y)])
        }
        o.rects = bars().map(\.rect)
        for case .markers(let m) in panel.series { o.points += m.points.map(layout.page) }
        return o
    }

    /// Top-left corners for a box of `size` inside `region`, in order of preference: the
    /// fractions of the free room along y (outer loop) and along x (inner loop).
    static func spots(in region: Rect, size: TextMetrics, ys: [Double], xs: [Double]) -> [Point] {
        let freeX = region.width - size.width, freeY = region.height - size.height
        guard freeX >= 0, freeY >= 0 else { return [] }
        return ys.flatMap { fy in xs.map { fx in Point(region.x + freeX * fx, region.y + freeY * fy) } }
    }

    /// Fractions 0…1 in order of preference: the given ones first, then a fine sweep, so a
    /// crowded plot still yields a free spot when one exists.
    static func sweep(_ preferred: [Double], steps: Int = 12) -> [Double] {
        var out = preferred
        for i in 0...steps {
            let f = Double(i) / Double(steps)
            if !out.contains(where: { abs($0 - f) < 1e-9 }) { out.append(f) }
        }
        return out
    }

    /// Text that belongs to series: bar values, reference and band labels, each placed on the
    /// first spot clear of `obstacles` (else where it hides least). A band whose label finds no
    /// clear spot inside it is returned in `unplaced`, for the legend to name.
    func labels(avoiding obstacles: Obstacles) -> (placed: [Label], unplaced: [LegendEntry]) {
        let small = theme.tickSize * 0.92
        var out: [Label] = []
        var unplaced: [LegendEntry] = []
        @discardableResult
        func place(_ run: TextRun, _ candidates: [Point], required: Bool = true) -> Bool {
            guard !candidates.isEmpty else { return false }
            let m = canvas.measure(run)
            let rects = candidates.map { Rect(x: $0.x, y: $0.y, width: m.width, height: m.height) }
            var avoid = obstacles
            avoid.texts += out.map(\.rect)
            if let free = rects.indices.first(where: { avoid.isClear(rects[$0]) }) {
                out.append(Label(run: run, origin: candidates[free], rect: rects[free]))
                return true
            }
            guard required else { return false }
            let best =
                rects.indices.min { a, b in
                    let ca = avoid.cost(of: rects[a]), cb = avoid.cost(of: rects[b])
                    return ca != cb ? ca < cb : a < b
                } ?? 0
            out.append(Label(run: run, origin: candidates[best], rect: rects[best]))
            return true
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
                // Along the line, beside it: the ends first, where a reader looks for a label.
                let along = Self.sweep([1, 0], steps: 8)
                if line.orientation == .horizontal {
                    let y = layout.page(Point(layout.x.lo, line.value)).y
                    let free = plot.width - 2 * pad - m.width
                    let candidates = along.flatMap { f in
                        [y - m.height - 2, y + 2].map { Point(plot.x + pad + free * f, $0) }
                    }
                    place(run, candidates.filter { $0.y >= plot.y && $0.y + m.height <= plot.maxY })
                } else {
                    let x = layout.page(Point(line.value, layout.y.lo)).x
                    let free = plot.height - 2 * pad - m.height
                    let candidates = along.reversed().flatMap { f in
                        [x + pad, x - pad - m.width].map { Point($0, plot.y + pad + free * f) }
                    }
                    place(run, candidates.filter { $0.x >= plot.x && $0.x + m.width <= plot.maxX })
                }
            case .xBand(let band):
                guard let label = band.label, !panel.bandsInLegend else { continue }
                let a = max(plot.x, layout.page(Point(band.range.lowerBound, layout.y.lo)).x)
                let b = min(plot.maxX, layout.page(Point(band.range.upperBound, layout.y.lo)).x)
                guard b > a else { continue }
                let run = TextRun(markup: label, size: small, color: theme.text.opacity(0.8))
                let m = canvas.measure(run)
                let region = Rect(x: a, y: plot.y, width: b - a, height: plot.height).inset(top: pad, left: pad / 2, bottom: pad, right: pad / 2)
                let candidates = Self.spots(in: region, size: m, ys: Self.sweep([0, 1, 0.5]), xs: Self.sweep([0.5], steps: 6))
                if !place(run, candidates, required: false) {
                    unplaced.append(LegendEntry(label: label, key: .swatch(slot: band.slot, translucent: true)))
                }
            default: continue
            }
        }
        return (out, unplaced)
    }
}
