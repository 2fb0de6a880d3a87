import Foundation

/// Lays out a `Figure` and draws it on a `Canvas`.
///
/// All panels of a figure share one set of insets (the widest y tick labels, the tallest
/// title), so panels side by side are the same size and directly comparable.
public struct FigureRenderer {
    /// The look to draw with.
    public let theme: Theme

    /// A renderer for `theme`.
    public init(theme: Theme) { self.theme = theme }

    static let margin = 16.0
    static let gap = 8.0
    static let columnGap = 40.0

    /// Draws `figure` on `canvas`, background included unless `transparent`.
    public func draw(_ figure: Figure, on canvas: Canvas, transparent: Bool = false) {
        let size = figure.size
        if !transparent {
            canvas.fill(.rectangle(Rect(x: 0, y: 0, width: size.width, height: size.height)), theme.background)
        }
        var top = Self.margin
        if let title = figure.title {
            let run = TextRun(markup: title, size: theme.titleSize * 1.1, bold: true, color: theme.text)
            let m = canvas.measure(run)
            canvas.draw(run, at: Point((size.width - m.width) / 2, top), rotated: false)
            top += m.height + Self.gap
        }
        guard !figure.panels.isEmpty else { return }
        let rows = (figure.panels.count + figure.columns - 1) / figure.columns
        let cellWidth = (size.width - 2 * Self.margin - Double(figure.columns - 1) * Self.columnGap) / Double(figure.columns)
        let cellHeight = (size.height - top - Self.margin - Double(rows - 1) * Self.columnGap / 2) / Double(rows)
        let cells = figure.panels.indices.map { i in
            Rect(
                x: Self.margin + Double(i % figure.columns) * (cellWidth + Self.columnGap),
                y: top + Double(i / figure.columns) * (cellHeight + Self.columnGap / 2),
                width: cellWidth, height: cellHeight)
        }
        let layouts = PanelLayout.make(panels: figure.panels, cells: cells, theme: theme, canvas: canvas)
        for (panel, layout) in zip(figure.panels, layouts) {
            PanelPainter(theme: theme, canvas: canvas, panel: panel, layout: layout).paint()
        }
    }
}
