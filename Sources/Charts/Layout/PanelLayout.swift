/// Where each part of a panel goes: found by measuring text before anything is drawn.
struct PanelLayout {
    let cell: Rect
    let plot: Rect
    let x: AxisLayout
    let y: AxisLayout

    /// Lays out all panels of a figure with shared insets.
    static func make(panels: [Panel], cells: [Rect], theme: Theme, canvas: Canvas) -> [PanelLayout] {
        let gap = FigureRenderer.gap
        let probe = canvas.measure(TextRun(markup: "0.5", size: theme.tickSize, color: theme.text))
        let titleHeight = panels.map { height(of: $0.title, size: theme.titleSize, canvas, theme) }.max() ?? 0
        let xLabelHeight = panels.map { height(of: $0.xLabel, size: theme.labelSize, canvas, theme) }.max() ?? 0
        let yLabelHeight = panels.map { height(of: $0.yLabel, size: theme.labelSize, canvas, theme) }.max() ?? 0
        let top = titleHeight > 0 ? titleHeight + gap * 1.5 : gap
        let bottom = probe.height + gap * 0.75 + (xLabelHeight > 0 ? xLabelHeight + gap * 0.5 : 0)
        let plotHeight = max(10, (cells.first?.height ?? 0) - top - bottom)

        let limits = panels.map { panel in
            (AxisLayout.limits(for: panel.x, data: panel.dataXs), AxisLayout.limits(for: panel.y, data: panel.dataYs))
        }
        let yAxes = zip(panels, limits).map { panel, lim in
            AxisLayout(axis: panel.y, lo: lim.1.0, hi: lim.1.1, length: plotHeight, labelExtent: probe.height * 1.6)
        }
        let yTickWidth = yAxes.flatMap { axis in
            axis.labels.map { canvas.measure(TextRun(markup: $0, size: theme.tickSize, color: theme.text)).width }
        }.max() ?? 0
        // Room on the right for half of the last x tick label, which centres on the frame.
        let left = (yLabelHeight > 0 ? yLabelHeight + gap : 0) + yTickWidth + gap * 0.75
        let right = probe.width * 1.2
        let plotWidth = max(10, (cells.first?.width ?? 0) - left - right)

        return cells.indices.map { i in
            let cell = cells[i]
            let plot = Rect(x: cell.x + left, y: cell.y + top, width: plotWidth, height: plotHeight)
            let labelWidth = probe.width * 2.6
            let x = AxisLayout(
                axis: panels[i].x, lo: limits[i].0.0, hi: limits[i].0.1, length: plotWidth, labelExtent: labelWidth)
            return PanelLayout(cell: cell, plot: plot, x: x, y: yAxes[i])
        }
    }

    private static func height(of markup: String, size: Double, _ canvas: Canvas, _ theme: Theme) -> Double {
        markup.isEmpty ? 0 : canvas.measure(TextRun(markup: markup, size: size, color: theme.text)).height
    }

    /// Page position of a data point.
    func page(_ p: Point) -> Point {
        Point(plot.x + x.fraction(p.x) * plot.width, plot.maxY - y.fraction(p.y) * plot.height)
    }
}

extension Panel {
    /// Every x value the panel's series reach, for automatic limits.
    var dataXs: [Double] {
        series.flatMap { s -> [Double] in
            switch s {
            case .line(let l): return l.segments.flatMap { $0.map(\.x) }
            case .markers(let m): return m.points.map(\.x)
            case .reference(let r): return r.orientation == .vertical ? [r.value] : []
            case .xBand: return []
            }
        }
    }

    /// Every y value the panel's series reach, for automatic limits.
    var dataYs: [Double] {
        series.flatMap { s -> [Double] in
            switch s {
            case .line(let l): return l.segments.flatMap { $0.map(\.y) }
            case .markers(let m): return m.points.map(\.y)
            case .reference(let r): return r.orientation == .horizontal ? [r.value] : []
            case .xBand: return []
            }
        }
    }
}
