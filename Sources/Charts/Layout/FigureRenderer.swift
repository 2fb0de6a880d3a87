/// Lays out a `Figure` and draws it on a `Canvas`.
///
/// By default all panels of a figure share one set of insets (the widest y tick labels, the
/// tallest title), so panels side by side are the same size and directly comparable.
public struct FigureRenderer {
    /// The look to draw with.
    public let theme: Theme

    /// A renderer for `theme`.
    public init(theme: Theme) { self.theme = theme }

    /// Draws `figure` on `canvas`, background included unless `transparent`.
    public func draw(_ figure: Figure, on canvas: Canvas, transparent: Bool = false) {
        let theme = self.theme.scaled(by: figure.typeScale)
        let space = Spacing(theme)
        let size = figure.size
        if !transparent {
            canvas.fill(.rectangle(Rect(x: 0, y: 0, width: size.width, height: size.height)), theme.background)
        }
        var top = space.margin
        if let title = figure.title, !title.isEmpty {
            let whole = TextRun(markup: title, size: theme.titleSize * 1.1, bold: true, color: theme.text)
            let run = whole.fitting(size.width - 2 * space.margin, measured: canvas.measure(whole))
            let m = canvas.measure(run)
            canvas.draw(run, at: Point((size.width - m.width) / 2, top), rotated: false)
            top += m.height + space.gap
        }
        let cells = Self.cells(figure, top: top, space: space)
        let layouts = PanelLayout.make(panels: figure.panels, cells: cells, shared: figure.sharedInsets, theme: theme, canvas: canvas)
        for (index, (panel, layout)) in zip(figure.panels, layouts).enumerated() {
            let id = "panel\(index + 1)"
            canvas.group(id: id) { PanelPainter(theme: theme, canvas: canvas, panel: panel, layout: layout, id: id).paint() }
        }
    }

    /// The grid of equal cells below the figure title, row by row.
    static func cells(_ figure: Figure, top: Double, space: Spacing) -> [Rect] {
        guard !figure.panels.isEmpty else { return [] }
        let columns = figure.columns, rows = figure.rows
        let width = (figure.size.width - 2 * space.margin - Double(columns - 1) * space.columnGap) / Double(columns)
        let height = (figure.size.height - top - space.margin - Double(rows - 1) * space.rowGap) / Double(rows)
        return figure.panels.indices.map { i in
            Rect(
                x: space.margin + Double(i % columns) * (width + space.columnGap),
                y: top + Double(i / columns) * (height + space.rowGap),
                width: max(1, width), height: max(1, height))
        }
    }
}
