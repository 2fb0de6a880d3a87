/// Measures a panel's text to find its insets, then places its axes.
struct PanelMeasurer {
    let theme: Theme
    let canvas: Canvas
    /// Shared by every copy of this measurer, so a figure's panels and passes reuse axes.
    let axes = AxisLayoutCache()
    var space: Spacing { Spacing(theme) }

    func text(_ markup: String, _ size: Double) -> TextMetrics {
        markup.isEmpty ? TextMetrics(width: 0, height: 0, baseline: 0) : canvas.measure(TextRun(markup: markup, size: size, color: theme.text))
    }

    /// Height of one line of tick labels.
    var tickHeight: Double { text("0", theme.tickSize).height }

    /// Gap between the frame and a tick label below it / left of it.
    var xTickOffset: Double { space.gap * 0.6 }
    var yTickOffset: Double { space.gap * 0.75 }

    /// The insets `panel` needs in `cell`, with axes placed at the resulting plot size.
    func insets(for panel: Panel, _ limits: DataLimits, in cell: Rect) -> Insets {
        let gap = space.gap
        let title = text(panel.title, theme.titleSize).height
        let xLabel = text(panel.xLabel, theme.labelSize).height
        let yLabel = text(panel.yLabel, theme.labelSize).height
        // The top y tick label is centred on the frame, so half of it stands above the plot.
        let top = max(title > 0 ? title + gap * 1.2 : gap, tickHeight * 0.6)
        var overhang = gap
        var extra = 0.0
        var xTicks = tickHeight
        var left = 0.0
        // Two passes: tick labels depend on the plot size, which depends on the labels' room.
        for _ in 0..<2 {
            let bottom = xTicks + xTickOffset + (xLabel > 0 ? xLabel + gap * 0.4 : 0)
            let plotHeight = max(10, cell.height - top - bottom)
            let y = yAxis(panel, limits, length: plotHeight)
            let yTicks = y.labels.map { text($0, theme.tickSize).width }.max() ?? 0
            left = (yLabel > 0 ? yLabel + gap : 0) + yTicks + yTickOffset
            extra = outsideWidth(panel, plotHeight: plotHeight)
            let plotWidth = max(10, cell.width - left - overhang - extra)
            let x = xAxis(panel, limits, length: plotWidth)
            let widths = x.labels.map { text($0, theme.tickSize).width }
            xTicks = (x.labels.map { text($0, theme.tickSize).height }.max() ?? tickHeight) * (x.staggered ? 2 : 1)
            // The last x tick label centres on its tick and may stand out past the frame.
            overhang = gap
            if let last = x.ticks.indices.last {
                overhang = max(gap, widths[last] / 2 - (1 - x.fraction(x.ticks[last])) * plotWidth + gap / 2)
            }
            if let first = x.ticks.indices.first {
                left = max(left, widths[first] / 2 - x.fraction(x.ticks[first]) * plotWidth + gap / 2)
            }
        }
        let bottom = xTicks + xTickOffset + (xLabel > 0 ? xLabel + gap * 0.4 : 0) + legendBelow(panel)
        return Insets(top: top, left: left, bottom: bottom, right: overhang + extra)
    }

    /// Room under the x axis label for a legend placed below the plot.
    func legendBelow(_ panel: Panel) -> Double {
        guard panel.legend == .below, !panel.legendEntries.isEmpty else { return 0 }
        return LegendPainter.size(panel.legendEntries, measurer: self).height + space.gap * 0.6
    }

    /// Room right of the plot for the colour bar and an outside legend.
    func outsideWidth(_ panel: Panel, plotHeight: Double) -> Double {
        var width = 0.0
        if let map = panel.heatMap, map.colorBar {
            width += ColorBarPainter.width(map, height: plotHeight, measurer: self)
        }
        if panel.legend == .outside, !panel.legendEntries.isEmpty {
            width += space.gap * 1.5 + LegendPainter.size(panel.legendEntries, measurer: self).width
        }
        return width
    }

    /// The final layout of `panel` with the given insets.
    func layout(_ panel: Panel, _ limits: DataLimits, in cell: Rect, insets: Insets) -> PanelLayout {
        var plot = cell.inset(top: insets.top, left: insets.left, bottom: insets.bottom, right: insets.right)
        if let ratio = panel.aspectRatio, ratio.isFinite, ratio > 0, plot.width > 0, plot.height > 0 {
            if plot.height / plot.width > ratio {
                let h = plot.width * ratio
                plot = Rect(x: plot.x, y: plot.y + (plot.height - h) / 2, width: plot.width, height: h)
            } else {
                let w = plot.height / ratio
                plot = Rect(x: plot.x + (plot.width - w) / 2, y: plot.y, width: w, height: plot.height)
            }
        }
        // On the grid of figure units for the frame stroked along it (`PanelPainter`), so that
        // the frame and the lines that end at it are crisp at every whole scale (a unit is a
        // whole number of pixels there), and a figure is laid out alike at every scale.
        plot = PixelGrid.frame(plot, width: theme.unit, resolution: 1)
        return PanelLayout(
            cell: cell, plot: plot, insets: insets, x: xAxis(panel, limits, length: plot.width),
            y: yAxis(panel, limits, length: plot.height))
    }

    /// The y axis for a plot `length` units tall: limits from the data, with headroom for the values
    /// printed over bars.
    func yAxis(_ panel: Panel, _ limits: DataLimits, length: Double) -> AxisLayout {
        var (lo, hi) = limits.y
        let labelled = panel.barSeries.filter { $0.valueLabels != .none }
        if panel.y.limits == nil, panel.y.scale == .linear, !labelled.isEmpty, length > 0 {
            let f = min(0.4, (tickHeight + space.gap * 0.6) / length)
            let values = labelled.flatMap(\.values).filter(\.isFinite)
            if let top = values.max(), top > 0 { hi = max(hi, (top - lo * f) / (1 - f)) }
            if let bottom = values.min(), bottom < 0 { lo = min(lo, (bottom - hi * f) / (1 - f)) }
        }
        var target = TickLocator.targetCount(length: length, labelExtent: tickHeight * 1.6)
        // A short axis still gets a middle tick when three labels fit with room to spare.
        if length >= tickHeight * 4.5 { target = max(target, 3) }
        target = sparse(target)
        let axis = axes.layout(axis: panel.y, lo: lo, hi: hi, target: target, stretchToTicks: true)
        guard Self.wantsBothSides(lo: lo, hi: hi), !Self.hasBothSides(axis), panel.y.ticks == nil, !axis.isCategory else { return axis }
        // A curve that dips below zero (GELU′, ELU) gets a negative tick if a denser set still
        // leaves a label's height between labels.
        for denser in (target + 1)...(target + 8) {
            let candidate = axes.layout(axis: panel.y, lo: lo, hi: hi, target: denser, stretchToTicks: true)
            let spacing = zip(candidate.ticks, candidate.ticks.dropFirst()).map { abs(candidate.fraction($1) - candidate.fraction($0)) * length }
            guard spacing.allSatisfy({ $0 >= tickHeight * 1.25 }) else { break }
            if Self.hasBothSides(candidate) { return candidate }
        }
        return axis
    }

    /// `target` thinned by the theme's tick density (never below 2).
    func sparse(_ target: Int) -> Int {
        theme.tickDensity >= 1 ? target : max(2, Int((Double(target) * theme.tickDensity).rounded()))
    }

    /// Whether an axis over lo…hi should show a tick on each side of zero: the range spans zero
    /// with at least 8 % of it on the smaller side, so a student sees where the sign changes.
    /// Padding alone (sigmoid's −0.05) does not count.
    static func wantsBothSides(lo: Double, hi: Double) -> Bool {
        lo < 0 && hi > 0 && Swift.min(-lo, hi) >= 0.08 * (hi - lo)
    }

    /// Whether `axis` has a tick below zero and one above.
    static func hasBothSides(_ axis: AxisLayout) -> Bool {
        axis.ticks.contains { $0 < 0 } && axis.ticks.contains { $0 > 0 }
    }

    /// The x axis for a plot `length` units wide, thinned until no two tick labels touch.
    func xAxis(_ panel: Panel, _ limits: DataLimits, length: Double) -> AxisLayout {
        let (lo, hi) = limits.x
        let probe = text("0.5", theme.tickSize).width
        var target = TickLocator.targetCount(length: length, labelExtent: probe * 2.2)
        if length >= probe * 8 { target = max(target, 3) }
        target = sparse(target)
        let free = panel.x.categories == nil && panel.x.ticks == nil
        while true {
            let axis = clearingMarks(axes.layout(axis: panel.x, lo: lo, hi: hi, target: target), length: length)
            if fits(axis, length: length) {
                guard free else { return axis }
                let bothSides = Self.wantsBothSides(lo: lo, hi: hi)
                let marked = axis.isMark.contains(true)
                func good(_ a: AxisLayout) -> Bool { (!bothSides || Self.hasBothSides(a)) && (!marked || a.marksOnGrid) }
                if good(axis) { return axis }
                // A denser set that fits may do better: a range that spans zero gets ticks on
                // both sides ([−4, 8] reads −4 … 8, not 0 and 5 alone), and breakpoints sit on
                // the scale (6 on a step of 2, not beside 5.0 and 7.5). Failing both, ticks on
                // both sides matter more.
                let denser = ((target + 1)...(target + 8)).map {
                    clearingMarks(axes.layout(axis: panel.x, lo: lo, hi: hi, target: $0), length: length)
                }.filter { fits($0, length: length) }
                if let best = denser.first(where: good) { return best }
                if bothSides, !Self.hasBothSides(axis), let sided = denser.first(where: Self.hasBothSides) { return sided }
                return axis
            }
            if !free || target <= 2 { return thinned(axis, length: length) }
            target -= 1
        }
    }

    /// The label's extent along the x axis, in page units from the plot's left edge.
    func span(_ axis: AxisLayout, _ index: Int, length: Double) -> (Double, Double) {
        let c = axis.fraction(axis.ticks[index]) * length, w = text(axis.labels[index], theme.tickSize).width
        return (c - w / 2, c + w / 2)
    }

    /// `axis` without the ordinary ticks whose labels would touch a breakpoint's label: the
    /// breakpoint is what a student asks about, so it keeps its place.
    func clearingMarks(_ axis: AxisLayout, length: Double) -> AxisLayout {
        let marks = axis.ticks.indices.filter { axis.isMark[$0] }
        guard !marks.isEmpty else { return axis }
        let markSpans = marks.map { span(axis, $0, length: length) }
        let keep = axis.ticks.indices.filter { i in
            if axis.isMark[i] { return true }
            let (a, b) = span(axis, i, length: length)
            return markSpans.allSatisfy { b + space.gap / 2 <= $0.0 || $0.1 + space.gap / 2 <= a }
        }
        return keep.count == axis.ticks.count ? axis : axis.keeping(keep)
    }

    /// Whether neighbouring x tick labels keep at least half a gap apart.
    func fits(_ axis: AxisLayout, length: Double) -> Bool {
        // Staggered labels only meet the labels of their own row.
        let rows = axis.staggered ? [0, 1] : [-1]
        return rows.allSatisfy { row in
            fits(axis.ticks.indices.filter { row < 0 || $0 % 2 == row }.map { span(axis, $0, length: length) })
        }
    }

    /// Whether label spans along one row keep at least half a gap apart.
    func fits(_ spans: [(Double, Double)]) -> Bool {
        let spans = spans.sorted { $0.0 < $1.0 }
        return zip(spans, spans.dropFirst()).allSatisfy { $0.1 + space.gap / 2 <= $1.0 }
    }

    /// Keeps every breakpoint and every k-th other label (the first always) for the smallest k
    /// that fits; when the breakpoints alone do not fit, they are what is left.
    func thinned(_ axis: AxisLayout, length: Double) -> AxisLayout {
        let ordinary = axis.ticks.indices.filter { !axis.isMark[$0] }
        let marks = axis.ticks.indices.filter { axis.isMark[$0] }
        for k in 2...max(2, ordinary.count) {
            let keep = (marks + ordinary.enumerated().filter { $0.offset % k == 0 }.map(\.element)).sorted()
            let candidate = axis.keeping(keep)
            if fits(candidate, length: length) { return candidate }
        }
        guard !marks.isEmpty else { return axis.keeping(axis.ticks.indices.prefix(1).map { $0 }) }
        // The breakpoints alone do not fit one row: they take two, alternately.
        var alone = axis.keeping(marks)
        if !fits(alone, length: length) { alone.staggered = true }
        return alone
    }
}
