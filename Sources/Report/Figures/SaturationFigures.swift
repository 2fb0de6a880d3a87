import ActivationMath
import Charts

/// R2 and R3: where sigmoid and tanh saturate, drawn on the documents' [−20, 20] window.
enum SaturationFigures {
    static let sigmoid = ReportFigure(
        id: "sigmoid-saturation", requirement: "R2",
        title: LocalizedText(en: "Where sigmoid saturates", zh: "Sigmoid 的饱和区"),
        caption: LocalizedText(
            en: "Beyond |x| > 6 (shaded) sigmoid is flat: its output is pinned near 0 or 1 and its gradient is almost zero, so learning stalls there. Inputs in about [−3, 3] (the tinted band) still change the output noticeably. The derivative never exceeds 0.25, reached at x = 0; the dashed lines are the asymptotes y = 0 and y = 1.",
            zh: "当 |x| > 6（阴影区）时，sigmoid 几乎是水平的：输出停在 0 或 1 附近，梯度接近 0，学习随之停滞。输入大约在 [−3, 3]（着色带）时，输出才有明显变化。导数最大只有 0.25，在 x = 0 处取得；虚线是渐近线 y = 0 和 y = 1。"),
        size: Size(width: 1200, height: 480),
        build: { language in
            build(id: "sigmoid", saturation: 6, effective: 3, asymptotes: [0, 1], language: language)
        })

    static let tanh = ReportFigure(
        id: "tanh-saturation", requirement: "R3",
        title: LocalizedText(en: "Where tanh saturates", zh: "tanh 的饱和区"),
        caption: LocalizedText(
            en: "tanh is centred on 0 and saturates sooner than sigmoid: beyond |x| > 3 (shaded) its output is within 1 % of ±1 and its gradient nearly vanishes. Its derivative lies in (0, 1], with the maximum 1 at x = 0; the dashed lines are the asymptotes y = −1 and y = 1.",
            zh: "tanh 以 0 为中心，比 sigmoid 更早饱和：当 |x| > 3（阴影区）时，输出与 ±1 相差不到 1%，梯度几乎消失。导数取值范围为 (0, 1]，在 x = 0 处取得最大值 1；虚线是渐近线 y = −1 和 y = 1。"),
        size: Size(width: 1200, height: 480),
        build: { language in
            build(id: "tanh", saturation: 3, effective: nil, asymptotes: [-1, 1], language: language)
        })

    private static func build(
        id: String, saturation: Double, effective: Double?, asymptotes: [Double], language: Language
    ) -> Figure {
        guard let a = CurveSeries.activations([id]).first else {
            return Figure(size: Size(width: 1200, height: 480), columns: 2, panels: [])
        }
        let en = language == .en
        let saturated = en ? "saturated" : "饱和区"
        // Bands reach past the data; the plot clips them at its frame.
        var zones = [XBand(-1e9...(-saturation), label: saturated), XBand(saturation...1e9, label: saturated)]
        if let e = effective { zones.append(XBand(-e...e, slot: 2, label: en ? "effective" : "有效区")) }
        let peak = a.derivative(0.0, a.defaultParameters)
        let overlays = ActivationOverlays(
            functionAsymptotes: asymptotes.map { ReferenceLine(.horizontal, at: $0) },
            zones: zones,
            marks: [.init(x: 0, on: .derivative, label: (en ? "maximum " : "最大值 ") + NumberText.short(peak), offset: Offset(60, -30))])
        return ActivationFigure(a, range: -20...20, language: language, overlays: overlays).figure()
    }
}
