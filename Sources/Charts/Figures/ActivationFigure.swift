import ActivationMath

/// The figure every activation gets: its function on the left and its derivative on the right,
/// as in the documents' `plt.subplots(1, 2)` recipe, drawn honestly at breakpoints.
public struct ActivationFigure: Sendable {
    /// The activation drawn.
    public var activation: any Activation
    /// Its parameters.
    public var parameters: ParameterValues
    /// The x interval shown.
    public var range: ClosedRange<Double>
    /// Samples per curve before breakpoints are added.
    public var samples: Int
    /// Language of titles and labels.
    public var language: Language
    /// Figure size in figure units (CSS pixels at scale 1).
    public var size: Size

    /// A side-by-side figure with the activation's default parameters and range.
    public init(
        _ activation: any Activation, parameters: ParameterValues? = nil, range: ClosedRange<Double>? = nil,
        samples: Int = 1000, language: Language = .en, size: Size = Size(width: 1200, height: 480)
    ) {
        self.activation = activation
        self.parameters = parameters ?? activation.defaultParameters
        self.range = range ?? activation.defaultRange
        self.samples = samples
        self.language = language
        self.size = size
    }

    /// Panel titles as the documents word them: "Sigmoid 函数图像" / "Sigmoid function".
    public static func titles(for name: LocalizedText, language: Language) -> (function: String, derivative: String) {
        let n = escapeXML(name[language])
        switch language {
        case .en: return ("\(n) function", "\(n) derivative")
        case .zh: return ("\(n) 函数图像", "\(n) 导数图像")
        }
    }

    /// The figure model.
    public func figure() -> Figure {
        let a = activation, p = parameters
        let points = a.breakpoints(p)
        let sampler = CurveSampler(range: range, samples: samples)
        let f = sampler.sample({ a.value($0, p) }, breaks: points.map { ($0.x, $0.value) })
        let d = sampler.sample({ a.derivative($0, p) }, breaks: points.map { ($0.x, $0.derivative) })
        let titles = Self.titles(for: a.name, language: language)
        let x = "<i>x</i>"
        return Figure(
            size: size, columns: 2,
            panels: [
                Panel(title: titles.function, xLabel: x, yLabel: "<i>f</i>(<i>x</i>)", series: Self.series(f, slot: 0)),
                Panel(title: titles.derivative, xLabel: x, yLabel: "<i>f</i>′(<i>x</i>)", series: Self.series(d, slot: 1)),
            ])
    }

    static func series(_ sampled: CurveSampler.Result, slot: Int) -> [Series] {
        let segments = sampled.segments.map(PolylineSimplifier.dataColumns)
        var out: [Series] = [.line(LineSeries(segments: segments, slot: slot))]
        if !sampled.hollow.isEmpty { out.append(.markers(MarkerSeries(points: sampled.hollow, filled: false, slot: slot))) }
        if !sampled.filled.isEmpty { out.append(.markers(MarkerSeries(points: sampled.filled, filled: true, slot: slot))) }
        return out
    }
}
