import ActivationMath
import Charts

/// R4, R5 and R6: several activations on shared axes, so their differences show at a glance.
enum ComparisonFigures {
    static let sigmoidVsTanh = ReportFigure(
        id: "sigmoid-vs-tanh-derivatives", requirement: "R4",
        size: Size(width: 1000, height: 500),
        build: { strings in
            let pair = CurveSeries.activations(["sigmoid", "tanh"])
            let series = pair.enumerated().flatMap { i, a in
                CurveSeries.series(
                    a, range: -6...6, derivative: true, slot: Theme.seriesSlot(i),
                    label: strings("figure.sigmoid-vs-tanh-derivatives.series", ["name": escapeXML(strings.name(of: a))]))
            }
            let heights = pair.map { $0.derivative(0.0, $0.defaultParameters) }
            let peaks: [Series] = pair.indices.map { i in
                .markers(MarkerSeries(points: [Point(0, heights[i])], filled: true, slot: Theme.seriesSlot(i)))
            }
            let notes = pair.indices.map { i in
                Annotation(
                    strings("figure.sigmoid-vs-tanh-derivatives.peak", ["value": ProseNumber.text(heights[i])]),
                    at: Point(0, heights[i]), offset: Offset(70, -10), arrow: true, slot: Theme.seriesSlot(i))
            }
            let title = strings("figure.sigmoid-vs-tanh-derivatives.panel-title")
            var figure = Figure(
                size: Size(width: 1000, height: 500), columns: 1,
                panels: [
                    Panel(
                        title: title, xLabel: MathMarkup.variable("x"), yLabel: MathMarkup.derivative("f"), series: series + peaks,
                        legend: .auto, annotations: notes)
                ])
            if heights.count == 2, heights[0] > 0 {
                figure.title = strings(
                    "figure.sigmoid-vs-tanh-derivatives.message",
                    [
                        "tanh": ProseNumber.text(heights[1]), "sigmoid": ProseNumber.text(heights[0]),
                        "ratio": ProseNumber.text(heights[1] / heights[0]),
                    ])
            }
            return figure
        })

    static let reluFamily = ReportFigure(
        id: "relu-family", requirement: "R5",
        size: Size(width: 1200, height: 900),
        build: { strings in
            /// One curve of the family: f or f′ on [−4, 8], in multi-curve slot `index`. Curves
            /// drawn earlier are wider, so where the family coincides (x > 0) each shows as a rim
            /// and through the gaps of the dashed ones drawn over it.
            func curve(
                _ id: String, _ parameter: (ParameterKey, Double)?, index: Int, of count: Int, label: String, derivative: Bool
            ) -> [Series] {
                guard let a = CurveSeries.activations([id]).first else { return [] }
                let p = parameter.map { CurveSeries.parameters(a, $0.0, $0.1) }
                return CurveSeries.series(
                    a, parameters: p, range: -4...8, derivative: derivative, slot: Theme.seriesSlot(index),
                    label: derivative ? nil : label, weight: 1 + 0.3 * Double(count - 1 - index))
            }
            func name(_ id: String, _ alpha: String) -> String {
                strings("figure.relu-family.labelled", ["name": strings("activation.\(id).name"), "parameter": "α = \(alpha)"])
            }
            let leftCurves: [(String, (ParameterKey, Double)?, String)] = [
                ("relu", nil, strings("activation.relu.name")),
                ("leaky-relu", (LeakyReLU.alpha, 0.1), name("leaky-relu", "0.1")),
                ("prelu", (PReLU.alpha, 0.25), name("prelu", "0.25")),
                ("prelu", (PReLU.alpha, 0.5), name("prelu", "0.5")),
            ]
            let rightCurves: [(String, (ParameterKey, Double)?, String)] = [
                ("relu6", nil, strings("activation.relu6.name")),
                ("elu", nil, name("elu", "1")),
                ("leaky-relu6", (LeakyReLU6.alpha, 0.1), strings("figure.relu-family.combined")),
            ]
            func panel(_ curves: [(String, (ParameterKey, Double)?, String)], title: String, derivative: Bool) -> Panel {
                let series = curves.enumerated().flatMap { i, c in
                    curve(c.0, c.1, index: i, of: curves.count, label: c.2, derivative: derivative)
                }
                var panel = Panel(
                    title: title, xLabel: MathMarkup.variable("x"),
                    yLabel: derivative ? MathMarkup.derivative("f") : MathMarkup.function("f"), series: series,
                    legend: derivative ? .none : .auto)
                // The kinks at 0 and 6 are what the family is about.
                panel.x.marked = [0, 6]
                if derivative { panel.y.include = 0...0 }
                return panel
            }
            let derivatives = strings("figure.relu-family.derivatives")
            return Figure(
                size: Size(width: 1200, height: 900), columns: 2,
                panels: [
                    panel(leftCurves, title: strings("figure.relu-family.left-title"), derivative: false),
                    panel(rightCurves, title: strings("figure.relu-family.right-title"), derivative: false),
                    panel(leftCurves, title: derivatives, derivative: true),
                    panel(rightCurves, title: derivatives, derivative: true),
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
                    CurveSeries.series(
                        a, range: -5...5, derivative: derivative, slot: Theme.seriesSlot(i), label: escapeXML(strings.name(of: a)),
                        weight: 1 + 0.3 * Double(all.count - 1 - i))
                }
                let title = strings(derivative ? "figure.smooth-relus.derivatives" : "figure.smooth-relus.functions")
                let y = derivative ? MathMarkup.derivative("f") : MathMarkup.function("f")
                var panel = Panel(title: title, xLabel: MathMarkup.variable("x"), yLabel: y, series: series, legend: .auto)
                // Every curve's breakpoints are ticked: ReLU's 0 and Hard-Swish's ±3.
                panel.x.marked = Array(Set(all.flatMap { $0.breakpoints($0.defaultParameters).map(\.x) })).sorted()
                if derivative { panel.y.include = 0...0 }
                return panel
            }
            return Figure(size: Size(width: 1200, height: 520), columns: 2, panels: [panel(derivative: false), panel(derivative: true)])
        })
}
