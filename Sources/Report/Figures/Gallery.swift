import ActivationMath
import Charts

/// R10: every activation of the catalogue as small multiples, function and derivative together,
/// the "many other activation functions" overview the course notes point to.
///
/// Each tile draws f′ thinner and under f (so ReLU's negative half and Hardshrink's zero
/// segment stay visible), ticks its breakpoints, and a key in the last cell says which line is
/// which, so the image explains itself on a slide.
enum Gallery {
    static let columns = 5

    /// Ranges for teaching at tile size: the documents' ±20 makes sigmoid and tanh look like
    /// steps in a 200-unit tile; their single figures keep ±20.
    static let teachingRanges: [String: ClosedRange<Double>] = ["sigmoid": -6...6, "tanh": -6...6]

    static let figure = ReportFigure(
        id: "gallery", requirement: "R10",
        size: size,
        build: { strings in
            var panels = Catalogue.all.map { a in
                ActivationFigure(a, range: teachingRanges[a.id], samples: 300, size: Size(width: 440, height: 180))
                    .combinedPanel(title: escapeXML(strings.name(of: a)))
            }
            panels.append(
                .key([
                    .line(LineSeries(segments: [], slot: 0, label: strings("figure.gallery.key.function"))),
                    .line(LineSeries(segments: [], slot: 1, label: strings("figure.gallery.key.derivative"), weight: 0.6)),
                    .markers(MarkerSeries(points: [], filled: true, slot: 1, label: strings("figure.gallery.key.taken"))),
                    .markers(MarkerSeries(points: [], filled: false, slot: 1, label: strings("figure.gallery.key.limit"))),
                ]))
            return Figure(size: size, columns: columns, panels: panels, typeScale: 0.7)
        })

    /// Tall enough for every row at about 230 × 200 units a panel, key included.
    static var size: Size {
        let rows = (Catalogue.all.count + 1 + columns - 1) / columns
        return Size(width: 1200, height: Double(rows) * 210 + 20)
    }
}
