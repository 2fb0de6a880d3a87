import ActivationMath
import Charts

/// R10: every activation of the catalogue as small multiples, function and derivative together,
/// the "many other activation functions" overview the course notes point to.
enum Gallery {
    static let columns = 5

    static let figure = ReportFigure(
        id: "gallery", requirement: "R10",
        size: size,
        build: { strings in
            let panels = Catalogue.all.map { a in
                let p = a.defaultParameters
                let sampler = CurveSampler(range: a.defaultRange, samples: 300, pageSize: Size(width: 220, height: 160))
                let f = sampler.sample(a, p), d = sampler.sample(a, p, derivative: true)
                return Panel(title: escapeXML(strings.name(of: a)), series: Series.curve(f, slot: 0) + Series.curve(d, slot: 1))
            }
            return Figure(size: size, columns: columns, panels: panels, typeScale: 0.7)
        })

    /// Tall enough for every row at about 230 × 200 units a panel.
    static var size: Size {
        let rows = (Catalogue.all.count + columns - 1) / columns
        return Size(width: 1200, height: Double(rows) * 210 + 20)
    }
}
