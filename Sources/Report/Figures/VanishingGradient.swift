import ActivationMath
import Charts
import Foundation

/// R8: how the gradient that reaches the first layer shrinks with depth, measured on small
/// random networks rather than asserted, so the figure is evidence and not an illustration.
enum VanishingGradient {
    static let figure = ReportFigure(
        id: "vanishing-gradient", requirement: "R8",
        size: Size(width: 1000, height: 520),
        build: { strings in build(strings) },
        captionValues: { strings in ["bound-style": strings(boundDashed ? "style.dashed" : "style.solid")] })

    /// Whether sigmoid's best case 0.25ⁿ is drawn dashed; the caption says what this says.
    static let boundDashed = true

    /// The figure: measured gradients, sigmoid's best case and the five-layer mark.
    static func build(_ strings: Strings) -> Figure {
        let depths = Array(1...30)
        let runs = CurveSeries.activations(["sigmoid", "tanh", "relu"]).enumerated().map { i, a -> Series in
            let gain = a.id == "relu" ? 2.0 : 1.0
            let norms = gradientNorms(a, depths: depths.count, width: 32, networks: 8, gain: gain)
            let points = zip(depths, norms).map { Point(Double($0), $1) }
            return .line(LineSeries(segments: [points], slot: i, label: escapeXML(strings.name(of: a))))
        }
        let bound = depths.map { Point(Double($0), pow(0.25, Double($0))) }
        // Reddish purple, far from sigmoid's blue in hue and lightness, and dashed: a bound, not data.
        let boundSeries = LineSeries(
            segments: [bound], slot: 4, label: strings("figure.vanishing-gradient.bound"), dashed: boundDashed)
        return Figure(
            size: Size(width: 1000, height: 520), columns: 1,
            panels: [
                Panel(
                    title: strings("figure.vanishing-gradient.panel-title"), xLabel: strings("figure.vanishing-gradient.x"),
                    yLabel: strings("figure.vanishing-gradient.y"),
                    x: Axis(limits: 1...30, padding: 0), y: Axis(scale: .log, limits: 1e-19...10),
                    series: runs + [.line(boundSeries), .reference(ReferenceLine(.vertical, at: 5))],
                    legend: .auto)
            ])
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
