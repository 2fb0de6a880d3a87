import ActivationMath
import Charts
import Foundation

/// R8: how the gradient that reaches the first layer shrinks with depth, measured on small
/// random networks rather than asserted, so the figure is evidence and not an illustration.
enum VanishingGradient {
    static let figure = ReportFigure(
        id: "vanishing-gradient", requirement: "R8",
        size: Size(width: 1000, height: 540),
        build: { strings in build(strings) },
        captionValues: { strings in ["bound-style": strings(boundDashed ? "style.dashed" : "style.solid")] })

    /// Whether sigmoid's best case 0.25ⁿ is drawn dashed; the caption says what this says.
    static let boundDashed = true

    /// The figure: measured gradients, sigmoid's best case and the five-layer mark.
    static func build(_ strings: Strings) -> Figure {
        let depths = Array(1...30)
        var sigmoidAtMark: Double?
        let runs = CurveSeries.activations(["sigmoid", "tanh", "relu"]).enumerated().map { i, a -> Series in
            let gain = a.id == "relu" ? 2.0 : 1.0
            let norms = gradientNorms(a, depths: depths.count, width: 32, networks: 8, gain: gain)
            if a.id == "sigmoid", norms.count >= markDepth { sigmoidAtMark = norms[markDepth - 1] }
            let points = zip(depths, norms).map { Point(Double($0), $1) }
            return .line(LineSeries(segments: [points], slot: Theme.seriesSlot(i), label: escapeXML(strings.name(of: a))))
        }
        let bound = depths.map { Point(Double($0), pow(0.25, Double($0))) }
        // Wine, far from sigmoid's blue in lightness, and dashed: a bound, not data.
        let boundSeries = LineSeries(
            segments: [bound], slot: Theme.seriesSlot(3), label: strings("figure.vanishing-gradient.bound"), dashed: boundDashed)
        let layers = ["layers": String(markDepth)]
        var panel = Panel(
            title: strings("figure.vanishing-gradient.panel-title"), xLabel: strings("figure.vanishing-gradient.x"),
            yLabel: strings("figure.vanishing-gradient.y"),
            x: Axis(limits: 1...30, padding: 0), y: Axis(scale: .log, limits: 1e-19...10),
            series: runs + [
                .line(boundSeries),
                .reference(ReferenceLine(.vertical, at: Double(markDepth), label: strings("figure.vanishing-gradient.mark", layers))),
            ],
            legend: .auto)
        var figure = Figure(size: Size(width: 1000, height: 540), columns: 1, panels: [])
        if let value = sigmoidAtMark {
            let text = powerOfTen(value)
            panel.series.append(.markers(MarkerSeries(points: [Point(Double(markDepth), value)], filled: true, slot: Theme.seriesSlot(0))))
            panel.annotations = [
                Annotation(
                    strings("figure.vanishing-gradient.note", layers.merging(["value": text]) { a, _ in a }),
                    at: Point(Double(markDepth), value), offset: Offset(60, -40), arrow: true, slot: Theme.seriesSlot(0))
            ]
            figure.title = strings("figure.vanishing-gradient.message", layers.merging(["value": text]) { a, _ in a })
        }
        figure.panels = [panel]
        return figure
    }

    /// The depth the documents name: sigmoid networks lose the gradient within about 5 layers.
    static let markDepth = 5

    /// `value` as a reader takes it in at a glance: "2.3 × 10<sup>−3</sup>", or "10<sup>−3</sup>"
    /// when the mantissa rounds to 1.
    static func powerOfTen(_ value: Double) -> String {
        guard value.isFinite, value > 0 else { return ProseNumber.text(value) }
        var exponent = Int(log10(value).rounded(.down))
        var mantissa = (value / pow(10, Double(exponent)) * 10).rounded() / 10
        if mantissa >= 10 {
            mantissa /= 10
            exponent += 1
        }
        let power = TickFormatter.decadeMarkup(exponent)
        return mantissa == 1 ? power : "\(ProseNumber.text(mantissa)) × \(power)"
    }

    /// Geometric mean over `networks` random networks of ‖∂L/∂x‖ / ‖∂L/∂output‖ for depth 1…`depths`.
    static func gradientNorms(_ a: any Activation, depths: Int, width: Int, networks: Int, gain: Double) -> [Double] {
        var logSums = Array(repeating: 0.0, count: depths)
        var random = SplitMix64(seed: 0x5EED)
        let p = a.defaultParameters
        for _ in 0..<networks {
            let scale = (gain / Double(width)).squareRoot()
            let weights = (0..<depths).map { _ in (0..<(width * width)).map { _ in random.normal() * scale } }
            var activations = (0..<width).map { _ in random.normal() }
            var slopes: [[Double]] = []
            for w in weights {
                let z = (0..<width).map { r in (0..<width).reduce(0.0) { $0 + w[r * width + $1] * activations[$1] } }
                slopes.append(z.map { a.derivative($0, p) })
                activations = z.map { a.value($0, p) }
            }
            for depth in 1...depths {
                var g = Array(repeating: 1 / Double(width).squareRoot(), count: width)
                for layer in stride(from: depth - 1, through: 0, by: -1) {
                    let local = zip(g, slopes[layer]).map { $0 * $1 }
                    let w = weights[layer]
                    g = (0..<width).map { c in (0..<width).reduce(0.0) { $0 + w[$1 * width + c] * local[$1] } }
                }
                let norm = g.reduce(0) { $0 + $1 * $1 }.squareRoot()
                logSums[depth - 1] += log(max(norm, 1e-300))
            }
        }
        return logSums.map { exp($0 / Double(networks)) }
    }
}
