import Charts

/// A version of every figure drawn only for the page: a phone gets the panels stacked, the
/// dark colour scheme gets dark figures, and print gets the print theme. The page picks one
/// with `<picture>` and media queries; the files sit beside the main one
/// (`relu.narrow.svg`, `relu.narrow.dark.svg`, `relu.dark.svg`, `relu.print.svg`) and are
/// listed in the manifest with their variant.
enum PageVariant: String, CaseIterable, Sendable {
    /// Panels stacked (the gallery in two columns) at 540 units wide, so tick labels stay at
    /// least 9 CSS px on a 390 px phone.
    case narrow
    /// The dark theme, for `prefers-color-scheme: dark`.
    case dark
    /// Stacked and dark.
    case narrowDark = "narrow.dark"
    /// The print theme, for the page's print stylesheet.
    case print

    /// The smallest tick labels a page may show, in CSS px.
    static let smallestTickPixels = 9.0

    /// The widest viewport, in CSS px, at which a figure `width` units wide with tick labels of
    /// `tickPixels` units shows them below `smallestTickPixels` (the page's body padding of
    /// 40 px and a margin included): below it, the page shows the stacked variant. About 800
    /// px for a 1200-unit pair, 1120 for the gallery's smaller type.
    static func narrowViewport(width: Int, tickPixels: Double) -> Int {
        guard tickPixels > 0 else { return 600 }
        return Int((Double(width) * smallestTickPixels / tickPixels).rounded(.up)) + 48
    }

    /// Width of a narrow figure in figure units: 14.5-unit tick labels then show at 9.4 CSS px
    /// in the 350 px a 390 px phone leaves for the figure.
    static let narrowWidth = 540.0

    /// Whether the panels are restacked.
    var isNarrow: Bool { self == .narrow || self == .narrowDark }

    /// The theme this variant is drawn in when the page's figures use `main`; nil where the
    /// main figures already are that (dark figures need no dark variant).
    func theme(main: Theme.Name) -> Theme.Name? {
        switch self {
        case .narrow: main
        case .dark, .narrowDark: main == .dark ? nil : .dark
        case .print: main == .print ? nil : .print
        }
    }

    /// The media query that selects this variant, in the order `<source>` elements are tried;
    /// `narrowBelow` is the figure's `narrowViewport`.
    func media(narrowBelow: Int) -> String {
        switch self {
        case .print: "print"
        case .narrowDark: "(max-width: \(narrowBelow)px) and (prefers-color-scheme: dark)"
        case .narrow: "(max-width: \(narrowBelow)px)"
        case .dark: "(prefers-color-scheme: dark)"
        }
    }

    /// The order a page tries the sources in: the most specific first.
    static let sourceOrder: [PageVariant] = [.print, .narrowDark, .narrow, .dark]

    /// `figure` for this variant's layout: stacked into one column (two for a gallery of many
    /// small panels) at `narrowWidth`, with text at least the usual size; unchanged when wide.
    func layout(_ figure: Figure) -> Figure {
        guard isNarrow else { return figure }
        var narrow = figure
        let columns = figure.columns >= 4 ? 2 : 1
        let rows = (figure.panels.count + columns - 1) / columns
        let width = Self.narrowWidth
        // A lone panel keeps a landscape shape; stacked panels are shorter each.
        let panelHeight = columns == 2 ? width / 2 * 0.85 : (figure.panels.count == 1 ? width * 0.8 : width * 0.62)
        let title = figure.title == nil ? 0.0 : 70
        // A 2 × 2 grid (functions above their derivatives) stacks column by column, so each
        // group's derivatives stay right under it.
        if figure.columns == 2, figure.panels.count == 4, columns == 1 { narrow.panels = [0, 2, 1, 3].map { figure.panels[$0] } }
        narrow.columns = columns
        narrow.size = Size(width: width, height: (Double(rows) * panelHeight + title).rounded())
        narrow.typeScale = max(figure.typeScale, 1)
        return narrow
    }

    /// The file name of `id`'s variant in `format`.
    func fileName(_ id: String, _ format: FigureFormat) -> String { "\(id).\(rawValue).\(format.fileExtension)" }
}
