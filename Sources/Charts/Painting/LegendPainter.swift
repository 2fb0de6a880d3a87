/// One row of a legend: a key drawn like the series, and its text.
struct LegendEntry {
    /// What the key looks like.
    enum Key {
        case line(slot: Int, weight: Double, dashed: Bool = false)
        case marker(slot: Int, filled: Bool)
        case swatch(slot: Int?, translucent: Bool)
    }
    let label: String
    let key: Key
}

/// Sizes, places and draws a panel's legend.
struct LegendPainter {
    let theme: Theme
    let canvas: Canvas
    let measurer: PanelMeasurer

    /// Legend text is a little smaller than axis labels.
    static func textSize(_ theme: Theme) -> Double { theme.labelSize * 0.9 }

    /// The box the entries need.
    static func size(_ entries: [LegendEntry], measurer: PanelMeasurer) -> Size {
        let space = measurer.space, theme = measurer.theme
        let texts = entries.map { measurer.text($0.label, textSize(theme)) }
        let rows = texts.map(\.height).reduce(0, +) + Double(max(0, entries.count - 1)) * space.gap * 0.2
        let width = (texts.map(\.width).max() ?? 0) + keyWidth(theme) + space.gap * 0.8
        return Size(width: width + space.gap * 1.6, height: rows + space.gap * 1.2)
    }

    static func keyWidth(_ theme: Theme) -> Double { 30 * theme.unit }

    /// Where the legend goes: right of the plot for `.outside`; otherwise the named corner, or for
    /// `.auto` the candidate position that covers the fewest curve pieces, bars and dots (ties go to
    /// the earlier, more conventional place).
    /// Where the legend goes: a fixed corner, outside, or (`.auto`) the first clear spot inside
    /// the plot, corners and edges first; nil when no spot inside is clear, and the panel
    /// should then be laid out again with its legend outside.
    func frame(_ placement: LegendPlacement, size: Size, layout: PanelLayout, obstacles: Obstacles, colorBar: Double) -> Rect? {
        let plot = layout.plot, pad = measurer.space.gap
        if placement == .outside {
            return Rect(x: plot.maxX + colorBar + pad * 1.5, y: plot.y, width: size.width, height: size.height)
        }
        if placement == .below {
            return Rect(
                x: plot.x + (plot.width - size.width) / 2, y: plot.maxY + layout.insets.bottom - size.height, width: size.width,
                height: size.height)
        }
        let left = plot.x + pad, right = plot.maxX - pad - size.width
        let top = plot.y + pad, bottom = plot.maxY - pad - size.height
        let midX = plot.x + (plot.width - size.width) / 2, midY = plot.y + (plot.height - size.height) / 2
        func at(_ x: Double, _ y: Double) -> Rect { Rect(x: x, y: y, width: size.width, height: size.height) }
        switch placement {
        case .upperLeft: return at(left, top)
        case .upperRight: return at(right, top)
        case .lowerLeft: return at(left, bottom)
        case .lowerRight: return at(right, bottom)
        default:
            let candidates = [
                at(right, top), at(left, top), at(left, bottom), at(right, bottom), at(right, midY), at(left, midY),
                at(midX, top), at(midX, bottom), at(midX, midY),
            ]
            if let clear = candidates.first(where: obstacles.isClear) { return clear }
            let region = plot.inset(top: pad, left: pad, bottom: pad, right: pad)
            let metrics = TextMetrics(width: size.width, height: size.height, baseline: 0)
            let sweep = SeriesPainter.spots(in: region, size: metrics, ys: SeriesPainter.sweep([], steps: 10), xs: SeriesPainter.sweep([], steps: 10))
            return sweep.map { at($0.x, $0.y) }.first(where: obstacles.isClear)
        }
    }

    /// Draws the box and its entries.
    func paint(_ entries: [LegendEntry], in box: Rect) {
        let space = measurer.space
        canvas.fill(.rectangle(box), theme.background.opacity(0.88))
        canvas.stroke(.rectangle(box), StrokeStyle(color: theme.axis.opacity(0.6), width: theme.unit, round: false))
        var y = box.y + space.gap * 0.6
        let keyWidth = Self.keyWidth(theme)
        for entry in entries {
            let run = TextRun(markup: entry.label, size: Self.textSize(theme), color: theme.text)
            let m = canvas.measure(run)
            let keyX = box.x + space.gap * 0.8, mid = y + m.height / 2
            switch entry.key {
            case .line(let slot, let weight, let dashed):
                canvas.stroke(
                    .polyline([Point(keyX, mid), Point(keyX + keyWidth, mid)]), theme.pen(slot, width: theme.curveWidth * weight, dashed: dashed))
            case .marker(let slot, let filled):
                canvas.drawMarkers(
                    at: [Point(keyX + keyWidth / 2, mid)], radius: space.markerRadius,
                    fill: filled ? theme.color(slot) : theme.background, outline: StrokeStyle(color: theme.color(slot), width: 2 * theme.unit))
            case .swatch(let slot, let translucent):
                let h = m.height * 0.6
                let swatch = Rect(x: keyX, y: mid - h / 2, width: keyWidth, height: h)
                let color = slot.map { translucent ? theme.color($0).opacity(0.3) : theme.color($0) } ?? theme.shade
                canvas.fill(.rectangle(swatch), color)
            }
            canvas.draw(run, at: Point(keyX + keyWidth + space.gap * 0.8, y), rotated: false)
            y += m.height + space.gap * 0.2
        }
    }
}

/// What a legend or annotation should avoid covering: drawn curves, bars and dots, in page units.
struct Obstacles {
    var polylines: [[Point]] = []
    var rects: [Rect] = []
    var points: [Point] = []
    /// Text already placed: covering it costs more than covering any data.
    var texts: [Rect] = []

    /// How much of the data `box` would hide: each curve crossing it by its length inside, each dot
    /// in it, and each bar in proportion to the share of the box it fills.
    /// Whether `box`, with a small margin, touches nothing: no line, dot, text or bar.
    func isClear(_ box: Rect) -> Bool {
        cost(of: box.inset(top: -2, left: -2, bottom: -2, right: -2)) == 0
    }

    func cost(of box: Rect) -> Double {
        var cost = 0.0
        for line in polylines {
            var inside = 0.0
            for (a, b) in zip(line, line.dropFirst()) {
                guard let (p, q) = PolylineClipper.clipSegment(a, b, box) else { continue }
                inside += ((q.x - p.x) * (q.x - p.x) + (q.y - p.y) * (q.y - p.y)).squareRoot()
            }
            if inside > 0 { cost += 2 + inside / 10 }
        }
        for p in points where box.contains(p) { cost += 1 }
        for t in texts where t.intersects(box) { cost += 1000 }
        for r in rects where r.intersects(box) {
            let w = min(r.maxX, box.maxX) - max(r.x, box.x), h = min(r.maxY, box.maxY) - max(r.y, box.y)
            cost += 20 * w * h / max(1, box.width * box.height)
        }
        return cost
    }
}
