/// Draws a heat map's cells and the values printed in them.
struct HeatMapPainter {
    let theme: Theme
    let canvas: Canvas
    let layout: PanelLayout

    /// The page rectangle of cell (row, column).
    func cell(row: Int, column: Int) -> Rect {
        let a = layout.page(Point(Double(column) - 0.5, Double(row) - 0.5))
        let b = layout.page(Point(Double(column) + 0.5, Double(row) + 0.5))
        return Rect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(b.x - a.x), height: abs(b.y - a.y))
    }

    /// Fills every finite cell with its colour; cells are drawn a hair larger so no seam shows
    /// between neighbours in anti-aliased output.
    func paintCells(_ map: HeatMap) {
        for (r, row) in map.values.enumerated() {
            for (c, value) in row.enumerated() where value.isFinite {
                let rect = cell(row: r, column: c).inset(top: -0.3, left: -0.3, bottom: -0.3, right: -0.3)
                canvas.fill(.rectangle(rect), theme.heatMap.color(at: map.fraction(value)))
            }
        }
    }

    /// Prints each value in its cell, dark on light cells and light on dark ones, when the cells
    /// are large enough to hold the text.
    func paintValues(_ map: HeatMap) {
        guard let decimals = map.decimals else { return }
        let size = theme.tickSize * 0.85
        for (r, row) in map.values.enumerated() {
            for (c, value) in row.enumerated() where value.isFinite {
                let rect = cell(row: r, column: c)
                let fill = theme.heatMap.color(at: map.fraction(value))
                let ink = fill.luminance > 0.35 ? Color(hex: 0x111111) : Color(hex: 0xFFFFFF)
                let run = TextRun(markup: TickFormatter.fixedLabel(value, max(0, min(decimals, 12))), size: size, color: ink)
                let m = canvas.measure(run)
                guard m.width < rect.width * 0.95, m.height < rect.height * 1.05 else { continue }
                canvas.draw(run, at: Point(rect.x + (rect.width - m.width) / 2, rect.y + (rect.height - m.height) / 2), rotated: false)
            }
        }
    }
}
