/// Draws a panel's grid and its stronger zero lines, behind the data.
///
/// A vertical line at the x of a jump is left out between the jump's dots: drawn through, the
/// zero line under ReLU′ runs from the filled dot at 0 to the hollow one at 1 and reads as a
/// vertical piece of the derivative, which the figure is careful never to draw.
struct GridPainter {
    let theme: Theme
    let canvas: Canvas
    let panel: Panel
    let layout: PanelLayout

    func paint() {
        let gridPen = StrokeStyle(color: theme.grid, width: theme.unit, round: false)
        let minorPen = StrokeStyle(color: theme.grid.opacity(theme.grid.alpha * 0.55), width: theme.unit, round: false)
        if !layout.x.isCategory {
            layout.x.minor.forEach { vertical($0, minorPen) }
            layout.x.ticks.forEach { vertical($0, gridPen) }
        }
        if !layout.y.isCategory {
            layout.y.minor.forEach { horizontal($0, minorPen) }
            layout.y.ticks.forEach { horizontal($0, gridPen) }
        }
    }

    /// The x = 0 and y = 0 lines, stronger than the grid: a group of their own, since labels
    /// must keep off them as they keep off curves.
    func paintZeroLines() {
        let zeroPen = StrokeStyle(color: theme.axis, width: 1.4 * theme.unit, round: false)
        if layout.x.showsZero { vertical(0, zeroPen) }
        if layout.y.showsZero { horizontal(0, zeroPen) }
    }

    // Lines end at the inner edges of the frame, which is opaque and drawn over them: ending
    // at its centre line would change no pixel, but leave each end half a pixel off the grid.
    private func vertical(_ value: Double, _ pen: StrokeStyle) {
        let plot = layout.plot
        let x = plot.x + layout.x.fraction(value) * plot.width
        guard x.isFinite, x > plot.x + 0.5, x < plot.maxX - 0.5 else { return }
        let inset = theme.unit / 2, onGrid = crisp(x, pen)
        for (top, bottom) in Self.pieces(from: plot.y + inset, to: plot.maxY - inset, leavingOut: jumpSpan(at: value)) {
            canvas.stroke(.polyline([Point(onGrid, top), Point(onGrid, bottom)]), pen)
        }
    }

    private func horizontal(_ value: Double, _ pen: StrokeStyle) {
        let plot = layout.plot
        let y = plot.maxY - layout.y.fraction(value) * plot.height
        guard y.isFinite, y > plot.y + 0.5, y < plot.maxY - 0.5 else { return }
        let inset = theme.unit / 2, onGrid = crisp(y, pen)
        canvas.stroke(.polyline([Point(plot.x + inset, onGrid), Point(plot.maxX - inset, onGrid)]), pen)
    }

    /// The page span between the highest and lowest dot of the curves that jump at data x
    /// `value`. A jump is what leaves a hollow dot (a limit not taken); a filled dot alone, such
    /// as a marked maximum, is no reason to break the line.
    func jumpSpan(at value: Double) -> ClosedRange<Double>? {
        let markers = panel.series.compactMap { s -> MarkerSeries? in if case .markers(let m) = s { m } else { nil } }
        let jumping = Set(markers.filter { !$0.filled && $0.points.contains { $0.x == value } }.map(\.slot))
        let ys = markers.filter { jumping.contains($0.slot) }
            .flatMap { $0.points.filter { $0.x == value } }
            .map { layout.page($0).y }.filter(\.isFinite)
        guard let low = ys.min(), let high = ys.max(), high > low else { return nil }
        return low...high
    }

    /// The parts of the line from `start` to `end` (start < end) outside `gap`.
    static func pieces(from start: Double, to end: Double, leavingOut gap: ClosedRange<Double>?) -> [(Double, Double)] {
        guard let gap else { return [(start, end)] }
        return [(start, min(end, gap.lowerBound)), (max(start, gap.upperBound), end)].filter { $0.0 < $0.1 }
    }

    /// Snaps a line drawn with `pen` to the device pixel grid so it stays crisp at every scale.
    private func crisp(_ v: Double, _ pen: StrokeStyle) -> Double {
        PixelGrid.line(v, width: pen.width, resolution: canvas.resolution)
    }
}
