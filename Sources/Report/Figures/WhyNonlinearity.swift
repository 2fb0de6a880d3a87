import ActivationMath
import Charts
import Foundation

/// R9: stacked linear layers remain one straight line, while a weighted sum of a few shifted
/// ReLUs already bends into a curve.
enum WhyNonlinearity {
    static let figure = ReportFigure(
        id: "why-nonlinearity", requirement: "R9",
        title: LocalizedText(en: "Why a network needs non-linearity", zh: "为什么网络需要非线性"),
        caption: LocalizedText(
            en: "Left: three linear layers applied one after another (here 1.5x + 0.5, then −0.8h + 1, then 1.2h − 0.3) are still a single straight line, so depth adds nothing without an activation. Right: a weighted sum of seven shifted ReLUs, cᵢ·ReLU(x − kᵢ) (thin lines), already follows sin x closely; more units would follow it as closely as we like.",
            zh: "左：依次叠加三个线性层（1.5x + 0.5，然后 −0.8h + 1，再 1.2h − 0.3）得到的仍是一条直线，没有激活函数，加深网络毫无意义。右：七个平移后的 ReLU 的加权和 cᵢ·ReLU(x − kᵢ)（细线）已经能紧贴 sin x；使用更多的单元可以任意逼近。"),
        size: Size(width: 1200, height: 520),
        build: { language in
            Figure(size: Size(width: 1200, height: 520), columns: 2, panels: [linearPanel(language), reluPanel(language)])
        })

    static func linearPanel(_ language: Language) -> Panel {
        let layers: [(Double, Double)] = [(1.5, 0.5), (-0.8, 1), (1.2, -0.3)]
        let xs = [-3.0, 3.0]
        var outputs = xs
        var series: [Series] = []
        let names = language == .en ? ["after 1 layer", "after 2 layers", "after 3 layers"] : ["1 层之后", "2 层之后", "3 层之后"]
        for (i, (w, b)) in layers.enumerated() {
            outputs = outputs.map { w * $0 + b }
            series.append(.line(LineSeries(segments: [zip(xs, outputs).map { Point($0, $1) }], slot: i, label: names[i])))
        }
        let title = language == .en ? "Linear layers stay linear" : "线性层叠加仍是线性的"
        return Panel(title: title, xLabel: MathMarkup.variable("x"), yLabel: language == .en ? "output" : "输出", series: series, legend: .auto)
    }

    static func reluPanel(_ language: Language) -> Panel {
        let knots = (0...7).map { -Double.pi + 2 * Double.pi * Double($0) / 7 }
        let fit = PiecewiseLinearFit(knots: knots, target: sin)
        let xs = (0...600).map { -Double.pi + 2 * Double.pi * Double($0) / 600 }
        let pieces = fit.coefficients.indices.map { i in
            [Point(knots[i], 0)] + xs.filter { $0 > knots[i] }.map { Point($0, fit.coefficients[i] * ($0 - knots[i])) }
        }
        let series: [Series] = [
            .line(LineSeries(segments: pieces, slot: 3, label: language == .en ? "pieces c<sub>i</sub>·ReLU(<i>x</i> − <i>k</i><sub>i</sub>)" : "分量 c<sub>i</sub>·ReLU(<i>x</i> − <i>k</i><sub>i</sub>)")),
            .line(LineSeries(segments: [xs.map { Point($0, sin($0)) }], slot: 1, label: language == .en ? "target sin <i>x</i>" : "目标 sin <i>x</i>")),
            .line(LineSeries(segments: [xs.map { Point($0, fit.value($0)) }], slot: 0, label: language == .en ? "sum of 7 ReLUs" : "7 个 ReLU 之和")),
        ]
        let title = language == .en ? "A few ReLUs make a curve" : "几个 ReLU 就能拼出曲线"
        return Panel(
            title: title, xLabel: MathMarkup.variable("x"), yLabel: language == .en ? "output" : "输出",
            y: Axis(limits: -1.6...1.6, padding: 0), series: series, legend: .auto)
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
