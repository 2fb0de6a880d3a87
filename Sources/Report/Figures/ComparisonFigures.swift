import ActivationMath
import Charts

/// R4, R5 and R6: several activations on shared axes, so their differences show at a glance.
enum ComparisonFigures {
    static let sigmoidVsTanh = ReportFigure(
        id: "sigmoid-vs-tanh-derivatives", requirement: "R4",
        size: Size(width: 1000, height: 480),
        build: { strings in
            let pair = CurveSeries.activations(["sigmoid", "tanh"])
            let series = pair.enumerated().flatMap { i, a in
                CurveSeries.series(
                    a, range: -6...6, derivative: true, slot: i,
                    label: strings("figure.sigmoid-vs-tanh-derivatives.series", ["name": escapeXML(strings.name(of: a))]))
            }
            let peaks: [Series] = pair.enumerated().map { i, a in
                .markers(MarkerSeries(points: [Point(0, a.derivative(0.0, a.defaultParameters))], filled: true, slot: i))
            }
            let title = strings("figure.sigmoid-vs-tanh-derivatives.panel-title")
            return Figure(
                size: Size(width: 1000, height: 480), columns: 1,
                panels: [
                    Panel(title: title, xLabel: MathMarkup.variable("x"), yLabel: MathMarkup.derivative("f"), series: series + peaks, legend: .auto)
                ])
        })

    static let reluFamily = ReportFigure(
        id: "relu-family", requirement: "R5",
        size: Size(width: 1200, height: 520),
        build: { strings in
            func curve(_ id: String, _ parameter: (ParameterKey, Double)?, slot: Int, label: String) -> [Series] {
                guard let a = CurveSeries.activations([id]).first else { return [] }
                let p = parameter.map { CurveSeries.parameters(a, $0.0, $0.1) }
                return CurveSeries.series(a, parameters: p, range: -4...8, slot: slot, label: label)
            }
            func name(_ id: String, _ alpha: String) -> String {
                strings("figure.relu-family.labelled", ["name": strings("activation.\(id).name"), "parameter": "α = \(alpha)"])
            }
            let left =
                curve("relu", nil, slot: 0, label: strings("activation.relu.name"))
                + curve("leaky-relu", (LeakyReLU.alpha, 0.1), slot: 1, label: name("leaky-relu", "0.1"))
                + curve("prelu", (PReLU.alpha, 0.25), slot: 2, label: name("prelu", "0.25"))
                + curve("prelu", (PReLU.alpha, 0.5), slot: 3, label: name("prelu", "0.5"))
            let right =
                curve("relu6", nil, slot: 0, label: strings("activation.relu6.name"))
                + curve("elu", nil, slot: 4, label: name("elu", "1"))
                + curve("leaky-relu6", (LeakyReLU6.alpha, 0.1), slot: 1, label: strings("figure.relu-family.combined"))
            let titles = (strings("figure.relu-family.left-title"), strings("figure.relu-family.right-title"))
            return Figure(
                size: Size(width: 1200, height: 520), columns: 2,
                panels: [
                    Panel(title: titles.0, xLabel: MathMarkup.variable("x"), yLabel: MathMarkup.function("f"), series: left, legend: .auto),
                    Panel(title: titles.1, xLabel: MathMarkup.variable("x"), yLabel: MathMarkup.function("f"), series: right, legend: .auto),
                ])
        })

    static let smoothRelus = ReportFigure(
        id: "smooth-relus", requirement: "R6",
        size: Size(width: 1200, height: 520),
        build: { strings in
            let ids = ["relu", "swish", "hard-swish", "gelu"]
            let all = CurveSeries.activations(ids)
            func panel(derivative: Bool) -> Panel {
                let series = all.enumerated().flatMap { i, a in
                    CurveSeries.series(a, range: -5...5, derivative: derivative, slot: i, label: escapeXML(strings.name(of: a)))
                }
                let title = strings(derivative ? "figure.smooth-relus.derivatives" : "figure.smooth-relus.functions")
                let y = derivative ? MathMarkup.derivative("f") : MathMarkup.function("f")
                return Panel(title: title, xLabel: MathMarkup.variable("x"), yLabel: y, series: series, legend: .auto)
            }
            return Figure(size: Size(width: 1200, height: 520), columns: 2, panels: [panel(derivative: false), panel(derivative: true)])
        })
}
