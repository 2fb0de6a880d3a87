import ActivationMath
import Charts
import Foundation

/// R9: stacked linear layers remain one straight line, while a weighted sum of a few shifted
/// ReLUs already bends into a curve.
enum WhyNonlinearity {
    static let figure = ReportFigure(
        id: "why-nonlinearity", requirement: "R9",
        size: Size(width: 1200, height: 520),
        build: { strings in
            Figure(size: Size(width: 1200, height: 520), columns: 2, panels: [linearPanel(strings), reluPanel(strings)])
        })

    static func linearPanel(_ strings: Strings) -> Panel {
        let layers: [(Double, Double)] = [(1.5, 0.5), (-0.8, 1), (1.2, -0.3)]
        let xs = [-3.0, 3.0]
        var outputs = xs
        var series: [Series] = []
        let names = strings.list("figure.why-nonlinearity.layers")
        for (i, (w, b)) in layers.enumerated() {
            outputs = outputs.map { w * $0 + b }
            series.append(
                .line(
                    LineSeries(segments: [zip(xs, outputs).map { Point($0, $1) }], slot: Theme.seriesSlot(i), label: i < names.count ? names[i] : ""))
            )
        }
        let title = strings("figure.why-nonlinearity.linear-title")
        return Panel(title: title, xLabel: MathMarkup.variable("x"), yLabel: strings("figure.why-nonlinearity.output"), series: series, legend: .auto)
    }

    static func reluPanel(_ strings: Strings) -> Panel {
        let knots = (0...7).map { -Double.pi + 2 * Double.pi * Double($0) / 7 }
        let fit = PiecewiseLinearFit(knots: knots, target: sin)
        let xs = (0...600).map { -Double.pi + 2 * Double.pi * Double($0) / 600 }
        // Each piece stops where it leaves the plotted band, so the space above stays free for the legend.
        let pieces = fit.coefficients.indices.map { i in
            [Point(knots[i], 0)]
                + xs.filter { $0 > knots[i] && abs(fit.coefficients[i] * ($0 - knots[i])) <= 1.6 }
                .map { Point($0, fit.coefficients[i] * ($0 - knots[i])) }
        }
        let series: [Series] = [
            .line(LineSeries(segments: pieces, slot: Theme.seriesSlot(1), label: strings("figure.why-nonlinearity.pieces"), weight: 0.7)),
            .line(LineSeries(segments: [xs.map { Point($0, sin($0)) }], slot: Theme.seriesSlot(2), label: strings("figure.why-nonlinearity.target"))),
            .line(
                LineSeries(segments: [xs.map { Point($0, fit.value($0)) }], slot: Theme.seriesSlot(0), label: strings("figure.why-nonlinearity.sum"))),
        ]
        let title = strings("figure.why-nonlinearity.relu-title")
        return Panel(
            title: title, xLabel: MathMarkup.variable("x"), yLabel: strings("figure.why-nonlinearity.output"),
            series: series, legend: .auto)
    }
}

/// f(x) ≈ f(k₀) + Σ cᵢ·ReLU(x − kᵢ): the piecewise-linear interpolant of `target` at the knots,
/// written as a sum of ReLUs whose coefficients are the changes of slope.
struct PiecewiseLinearFit {
    let knots: [Double]
    let offset: Double
    let coefficients: [Double]

    init(knots: [Double], target: (Double) -> Double) {
        self.knots = knots
        let ys = knots.map(target)
        let slopes = (0..<(knots.count - 1)).map { i -> Double in
            let rise = ys[i + 1] - ys[i]
            return rise / (knots[i + 1] - knots[i])
        }
        offset = ys[0]
        coefficients = slopes.indices.map { i -> Double in i == 0 ? slopes[0] : slopes[i] - slopes[i - 1] }
    }

    func value(_ x: Double) -> Double {
        zip(knots, coefficients).reduce(offset) { $0 + $1.1 * Swift.max(0, x - $1.0) }
    }
}
