import ActivationMath
import Charts

/// R2 and R3: where sigmoid and tanh saturate, drawn on the documents' [−20, 20] window.
enum SaturationFigures {
    static let sigmoid = ReportFigure(
        id: "sigmoid-saturation", requirement: "R2",
        size: Size(width: 1200, height: 480),
        build: { strings in
            build(id: "sigmoid", saturation: 6, effective: 3, asymptotes: [0, 1], strings: strings)
        })

    static let tanh = ReportFigure(
        id: "tanh-saturation", requirement: "R3",
        size: Size(width: 1200, height: 480),
        build: { strings in
            build(id: "tanh", saturation: 3, effective: nil, asymptotes: [-1, 1], strings: strings)
        })

    private static func build(
        id: String, saturation: Double, effective: Double?, asymptotes: [Double], strings: Strings
    ) -> Figure {
        guard let a = CurveSeries.activations([id]).first else {
            return Figure(size: Size(width: 1200, height: 480), columns: 2, panels: [])
        }
        let saturated = strings("figure.saturation.saturated")
        // Bands reach past the data; the plot clips them at its frame.
        var zones = [XBand(-1e9...(-saturation), label: saturated), XBand(saturation...1e9, label: saturated)]
        if let e = effective { zones.append(XBand(-e...e, slot: 2, label: strings("figure.saturation.effective"))) }
        let peak = a.derivative(0.0, a.defaultParameters)
        let overlays = ActivationOverlays(
            functionAsymptotes: asymptotes.map { ReferenceLine(.horizontal, at: $0) },
            zones: zones,
            marks: [
                .init(x: 0, on: .derivative, label: strings("figure.saturation.maximum", ["value": ProseNumber.text(peak)]), offset: Offset(60, -30))
            ])
        return ActivationFigure(a, range: -20...20, titles: PanelTitles.of(a, strings), overlays: overlays).figure()
    }
}
