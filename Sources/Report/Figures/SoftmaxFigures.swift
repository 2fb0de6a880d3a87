import ActivationMath
import Charts

/// R7: softmax on the documents' own inputs, and its derivative, which is a matrix.
enum SoftmaxFigures {
    /// Document 000's ten scores and document 002's seven.
    static let courseScores = [0.2, 0.02, 0.15, 0.15, 1.3, 0.5, 0.06, 1.1, 0.05, 3.75]
    static let exampleScores = [-3.0, -2, -1, 0, 1, 2, 3]

    static let probabilities = ReportFigure(
        id: "softmax-probabilities", requirement: "R7",
        size: Size(width: 1200, height: 520),
        build: { strings in
            func panel(_ scores: [Double], decimals: Int, title: String) -> Panel {
                Panel(
                    title: title, xLabel: strings("figure.softmax-probabilities.x"),
                    yLabel: strings("figure.softmax-probabilities.y"),
                    x: Axis(categories: scores.map { ProseNumber.text($0) }), y: Axis(limits: 0...1, padding: 0),
                    series: [.bars(BarSeries(values: Softmax.values(scores), slot: 0, valueLabels: .decimals(decimals)))])
            }
            return Figure(
                size: Size(width: 1200, height: 520), columns: 2,
                panels: [
                    panel(courseScores, decimals: 4, title: strings("figure.softmax-probabilities.course")),
                    panel(exampleScores, decimals: 3, title: strings("figure.softmax-probabilities.examples")),
                ])
        })

    static let jacobian = ReportFigure(
        id: "softmax-jacobian", requirement: "R7",
        size: Size(width: 900, height: 720),
        build: { strings in
            let labels = exampleScores.map { ProseNumber.text($0) }
            let map = HeatMap(values: Softmax.jacobian(exampleScores), decimals: 3, colorBarLabel: "∂<i>s</i><sub>i</sub>/∂<i>x</i><sub>j</sub>")
            let panel = Panel.heatMap(
                map, title: strings("figure.softmax-jacobian.panel-title"),
                rowLabels: labels, columnLabels: labels,
                xLabel: strings("figure.softmax-jacobian.x"),
                yLabel: strings("figure.softmax-jacobian.y"))
            return Figure(size: Size(width: 900, height: 720), columns: 1, panels: [panel])
        })
}
