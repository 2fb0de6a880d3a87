import ActivationMath
import Foundation

@testable import Charts

/// Figures that use every kind of series, built the way the report's special figures will be.
enum Showcase {
    static func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
    static func xs(_ range: ClosedRange<Double>, _ n: Int = 400) -> [Double] {
        (0..<n).map { range.lowerBound + (range.upperBound - range.lowerBound) * Double($0) / Double(n - 1) }
    }

    /// Softmax scores → probabilities as bars, beside the Jacobian as a heat map.
    static func softmax(_ language: Language = .en) -> Figure {
        let scores = [-3.0, -2, -1, 0, 1, 2, 3]
        let e = scores.map { exp($0 - 3) }
        let p = e.map { $0 / e.reduce(0, +) }
        let jacobian = p.indices.map { i in p.indices.map { j in (i == j ? p[i] : 0) - p[i] * p[j] } }
        let labels = scores.map { TickFormatter.labels(for: Ticks(values: [$0], step: 1))[0] }
        let bars = Panel(
            title: language == .en ? "Softmax probabilities" : "Softmax 概率", xLabel: language == .en ? "score" : "分数",
            yLabel: "<i>p</i>", x: Axis(categories: labels),
            series: [.bars(BarSeries(values: p, slot: 0, label: "softmax", valueLabels: .decimals(3)))])
        let heat = Panel.heatMap(
            HeatMap(values: jacobian, decimals: 2, colorBarLabel: "∂<i>s</i><sub>i</sub>/∂<i>z</i><sub>j</sub>"),
            title: language == .en ? "Jacobian" : "雅可比矩阵", xLabel: "<i>j</i>", yLabel: "<i>i</i>")
        return Figure(size: Size(width: 1200, height: 480), columns: 2, panels: [bars, heat], sharedInsets: false)
    }

    /// Two derivatives on one axis with a legend, saturation bands, asymptote and a marked maximum.
    static func derivatives(_ legend: LegendPlacement = .auto) -> Figure {
        let x = xs(-6...6)
        let s = x.map { sigmoid($0) * (1 - sigmoid($0)) }
        let t = x.map { 1 - tanh($0) * tanh($0) }
        let panel = Panel(
            title: "Sigmoid vs tanh", xLabel: "<i>x</i>", yLabel: MathMarkup.derivative("f"),
            series: [
                .xBand(XBand(-6 ... -3, label: "saturated")), .xBand(XBand(3...6, label: "saturated")),
                .band(BandSeries(x: x, lower: s, upper: t, slot: 2, label: "difference")),
                .reference(ReferenceLine(.horizontal, at: 1, label: "<i>y</i> = 1")),
                .line(LineSeries(points: zip(x, s).map { Point($0, $1) }, slot: 0, label: "σ′(<i>x</i>)")),
                .line(LineSeries(points: zip(x, t).map { Point($0, $1) }, slot: 1, label: "tanh′(<i>x</i>)")),
                .markers(MarkerSeries(points: [Point(0, 0.25)], filled: true, slot: 0)),
            ],
            legend: legend,
            annotations: [Annotation("max 0.25 at <i>x</i> = 0", at: Point(0, 0.25), offset: Offset(60, 30), arrow: true, slot: 0)])
        return Figure(size: Size(width: 800, height: 480), columns: 1, panels: [panel])
    }

    /// Gradient through n layers on a log axis.
    static func vanishing(limits: ClosedRange<Double>? = nil) -> Figure {
        let layers = (1...12).map(Double.init)
        let panel = Panel(
            title: "Gradient through depth", xLabel: "layers", yLabel: "|gradient|",
            x: Axis(ticks: layers.filter { Int($0) % 2 == 0 }), y: Axis(scale: .log, limits: limits),
            series: [
                .line(LineSeries(points: layers.map { Point($0, pow(0.25, $0)) }, slot: 0, label: "sigmoid")),
                .line(LineSeries(points: layers.map { Point($0, pow(0.65, $0)) }, slot: 1, label: "tanh")),
                .line(LineSeries(points: layers.map { Point($0, 1) }, slot: 2, label: "ReLU")),
            ],
            legend: .outside)
        return Figure(size: Size(width: 900, height: 480), columns: 1, panels: [panel])
    }

    /// A gallery: function and derivative of test activations in many small panels.
    static func gallery(columns: Int = 6, rows: Int = 10, size: Size = Size(width: 1200, height: 1800), typeScale: Double = 0.55) -> Figure {
        let activations: [any Activation] = [Sigmoid(), TestRamp(), TestStep(), TestShrink()]
        var panels: [Panel] = []
        for i in 0..<(columns * rows / 2) {
            let a = activations[i % activations.count]
            let full = ActivationFigure.tested(a, samples: 200).figure()
            panels += full.panels.map { p in
                var p = p
                p.xLabel = ""
                p.yLabel = ""
                return p
            }
        }
        return Figure(size: size, columns: columns, panels: panels, typeScale: typeScale)
    }

    /// The overlays R2 asks for: saturation zones, asymptotes, the derivative's maximum.
    static let sigmoidOverlays = ActivationOverlays(
        functionAsymptotes: [ReferenceLine(.horizontal, at: 0), ReferenceLine(.horizontal, at: 1, label: "<i>y</i> = 1")],
        zones: [XBand(-10 ... -6, label: "saturated"), XBand(6...10, label: "saturated"), XBand(-3...3, slot: 2)],
        marks: [.init(x: 0, on: .derivative, label: "max 0.25")])

    /// Every showcase figure by file stem, built once for all the tests that read it (it holds
    /// two 30-panel galleries).
    static let all: [(String, Figure)] = {
        [
            ("softmax", softmax()), ("softmax-zh", softmax(.zh)), ("derivatives", derivatives()),
            ("derivatives-outside", derivatives(.outside)), ("vanishing", vanishing()),
            ("vanishing-decade", vanishing(limits: 0.2...0.9)), ("gallery", gallery()),
            ("gallery-compact", gallery(size: Size(width: 960, height: 1200), typeScale: 0.45)),
            ("ramp", ActivationFigure.tested(TestRamp()).figure()), ("step", ActivationFigure.tested(TestStep()).figure()),
            ("shrink", ActivationFigure.tested(TestShrink()).figure()),
            ("ramp-small-zh", ActivationFigure.tested(TestRamp(), language: .zh, size: Size(width: 600, height: 300)).figure()),
            ("step-large", ActivationFigure.tested(TestStep(), size: Size(width: 2400, height: 960)).figure()),
            ("sigmoid-marked", ActivationFigure.tested(Sigmoid(), range: -10...10, overlays: sigmoidOverlays).figure()),
        ]
    }()
}
