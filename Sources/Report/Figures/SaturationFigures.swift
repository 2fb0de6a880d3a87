import ActivationMath
import Charts

/// R2 and R3: where sigmoid and tanh saturate, drawn on the documents' [−20, 20] window.
enum SaturationFigures {
    static let sigmoid = ReportFigure(
        id: "sigmoid-saturation", requirement: "R2",
        title: LocalizedText(en: "Where sigmoid saturates", zh: "Sigmoid 的饱和区"),
        caption: LocalizedText(
            en: "Beyond |x| > 6 (shaded) sigmoid is flat: its output is pinned near 0 or 1 and its gradient is almost zero, so learning stalls there. Inputs in about [−3, 3] (between the dotted lines) still change the output noticeably. The derivative never exceeds 0.25, reached at x = 0; the dashed lines are the asymptotes y = 0 and y = 1.",
            zh: "当 |x| > 6（阴影区）时，sigmoid 几乎是水平的：输出停在 0 或 1 附近，梯度接近 0，学习随之停滞。输入大约在 [−3, 3]（两条点线之间）时，输出才有明显变化。导数最大只有 0.25，在 x = 0 处取得；虚线是渐近线 y = 0 和 y = 1。"),
        size: Size(width: 1200, height: 480),
        build: { language in
            build(id: "sigmoid", saturation: 6, effective: 3, asymptotes: [0, 1], peak: 0.25, language: language)
        })

    static let tanh = ReportFigure(
        id: "tanh-saturation", requirement: "R3",
        title: LocalizedText(en: "Where tanh saturates", zh: "tanh 的饱和区"),
        caption: LocalizedText(
            en: "tanh is centred on 0 and saturates sooner than sigmoid: beyond |x| > 3 (shaded) its output is within 1 % of ±1 and its gradient nearly vanishes. Its derivative lies in (0, 1], with the maximum 1 at x = 0; the dashed lines are the asymptotes y = −1 and y = 1.",
            zh: "tanh 以 0 为中心，比 sigmoid 更早饱和：当 |x| > 3（阴影区）时，输出与 ±1 相差不到 1%，梯度几乎消失。导数取值范围为 (0, 1]，在 x = 0 处取得最大值 1；虚线是渐近线 y = −1 和 y = 1。"),
        size: Size(width: 1200, height: 480),
        build: { language in
            build(id: "tanh", saturation: 3, effective: nil, asymptotes: [-1, 1], peak: 1, language: language)
        })

    private static func build(
        id: String, saturation: Double, effective: Double?, asymptotes: [Double], peak: Double, language: Language
    ) -> Figure {
        let range = -20.0...20.0
        guard let a = CurveSeries.activations([id]).first else { return Figure(size: Size(width: 1200, height: 480), columns: 2, panels: []) }
        // Bands reach past the data; the plot clips them at its frame.
        let zones: [Series] = [.xBand(-1e9...(-saturation)), .xBand(saturation...1e9)]
        let guides: [Series] = effective.map { e in [.reference(ReferenceLine(.vertical, at: -e)), .reference(ReferenceLine(.vertical, at: e))] } ?? []
        let titles = ActivationFigure.titles(for: a.name, language: language)
        let f = Panel(
            title: titles.function, xLabel: "<i>x</i>", yLabel: "<i>f</i>(<i>x</i>)",
            series: zones + guides + asymptotes.map { .reference(ReferenceLine(.horizontal, at: $0)) }
                + CurveSeries.series(a, range: range, slot: 0))
        let d = Panel(
            title: titles.derivative, xLabel: "<i>x</i>", yLabel: "<i>f</i> ′(<i>x</i>)",
            series: zones + guides + CurveSeries.series(a, range: range, derivative: true, slot: 1)
                + [.markers(MarkerSeries(points: [Point(0, peak)], filled: true, slot: 1))])
        return Figure(size: Size(width: 1200, height: 480), columns: 2, panels: [f, d])
    }
}
