import ActivationMath
import Charts
import Foundation

/// R2 and R3: where sigmoid and tanh saturate, drawn on the documents' [−20, 20] window.
///
/// Saturated means |f′| below 1 % of its peak, everywhere in the project; the edge is found
/// from the derivative, not typed in, and gives the documents' |x| > 6 for sigmoid and |x| > 3
/// for tanh. The figure says so in its own title, so it still works on a slide without its
/// caption.
enum SaturationFigures {
    static let sigmoid = ReportFigure(
        id: "sigmoid-saturation", requirement: "R2",
        size: Size(width: 1200, height: 500),
        build: { strings in
            build(id: "sigmoid", effective: 3, asymptotes: [0, 1], strings: strings)
        })

    static let tanh = ReportFigure(
        id: "tanh-saturation", requirement: "R3",
        size: Size(width: 1200, height: 500),
        build: { strings in
            build(id: "tanh", effective: nil, asymptotes: [-1, 1], strings: strings)
        })

    /// The share of the peak below which a derivative counts as saturated.
    static let threshold = 0.01

    /// The x > 0 beyond which |f′| stays below `threshold` of f′(0), for a derivative that
    /// peaks at 0 and falls off on both sides (sigmoid, tanh); bisection on [0, 100].
    static func edge(of a: any Activation) -> Double {
        let p = a.defaultParameters
        let limit = threshold * abs(a.derivative(0.0, p))
        var lo = 0.0, hi = 100.0
        for _ in 0..<80 {
            let mid = (lo + hi) / 2
            if abs(a.derivative(mid, p)) < limit { hi = mid } else { lo = mid }
        }
        return hi
    }

    private static func build(id: String, effective: Double?, asymptotes: [Double], strings: Strings) -> Figure {
        guard let a = CurveSeries.activations([id]).first else {
            return Figure(size: Size(width: 1200, height: 500), columns: 2, panels: [])
        }
        // Shown to one decimal (6.0 → "6"): the edge a reader remembers, within 0.02 of the exact one.
        let saturation = (edge(of: a) * 10).rounded() / 10
        let saturated = strings("figure.saturation.saturated")
        // Bands reach past the data; the plot clips them at its frame.
        var zones = [XBand(-1e9...(-saturation), label: saturated), XBand(saturation...1e9, label: saturated)]
        var ticks = [-saturation, saturation]
        if let e = effective {
            zones.append(XBand(-e...e, slot: Theme.seriesSlot(2), label: strings("figure.saturation.effective")))
            let fading = strings("figure.saturation.fading")
            zones += [
                XBand(-saturation...(-e), slot: Theme.seriesSlot(1), label: fading), XBand(e...saturation, slot: Theme.seriesSlot(1), label: fading),
            ]
            ticks += [-e, e]
        }
        let peak = a.derivative(0.0, a.defaultParameters)
        var overlays = ActivationOverlays(
            functionAsymptotes: asymptotes.map { ReferenceLine(.horizontal, at: $0) },
            zones: zones,
            marks: [
                .init(x: 0, on: .derivative, label: strings("figure.saturation.maximum", ["value": ProseNumber.text(peak)]), offset: Offset(60, -30))
            ])
        overlays.ticks = ticks
        var figure = ActivationFigure(
            a, range: -20...20, titles: PanelTitles.of(a, strings), size: Size(width: 1200, height: 500), overlays: overlays
        )
        .figure()
        figure.title = strings(
            "figure.saturation.message",
            ["name": escapeXML(strings.name(of: a)), "edge": ProseNumber.text(saturation), "peak": ProseNumber.text(peak)])
        return figure
    }
}
