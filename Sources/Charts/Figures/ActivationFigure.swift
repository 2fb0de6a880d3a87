import ActivationMath

/// The figure every activation gets: its function on the left and its derivative on the right,
/// as in the documents' `plt.subplots(1, 2)` recipe, drawn honestly at breakpoints.
public struct ActivationFigure: Sendable {
    /// The activation drawn.
    public var activation: any ActivationFunction
    /// Its parameters.
    public var parameters: ParameterValues
    /// The x interval shown.
    public var range: ClosedRange<Double>
    /// Samples per curve before breakpoints and adaptive refinement are added.
    public var samples: Int
    /// The two panels' titles, in the caller's language (Charts holds no words).
    public var titles: PanelTitles
    /// Figure size in figure units (CSS pixels at scale 1).
    public var size: Size
    /// Asymptotes, saturation zones and marked points that help the text.
    public var overlays: ActivationOverlays
    /// Multiplies every text size: 1.5 for slides.
    public var typeScale: Double

    /// A side-by-side figure with the activation's default parameters and range.
    public init(
        _ activation: any ActivationFunction, parameters: ParameterValues? = nil, range: ClosedRange<Double>? = nil,
        samples: Int = 1000, titles: PanelTitles = PanelTitles(), size: Size = Size(width: 1200, height: 480),
        overlays: ActivationOverlays = ActivationOverlays(), typeScale: Double = 1
    ) {
        self.activation = activation
        self.parameters = parameters ?? activation.defaultParameters
        self.range = range ?? activation.defaultRange
        self.samples = samples
        self.titles = titles
        self.size = size
        self.overlays = overlays
        self.typeScale = typeScale
    }

    /// The figure model.
    public func figure() -> Figure {
        figure(curves())
    }

    /// The figure model drawn from curves already sampled for it (`curves()`).
    public func figure(_ sampled: SampledCurves) -> Figure {
        let a = activation, p = parameters
        let (f, d) = (sampled.function, sampled.derivative)
        let x = MathMarkup.variable("x")
        var function = Panel(title: titles.function, xLabel: x, yLabel: MathMarkup.function("f"))
        var derivative = Panel(title: titles.derivative, xLabel: x, yLabel: MathMarkup.derivative("f"))
        // The x axis shows the range asked for even where the curve is undefined (log x, x < 0).
        function.x.include = range
        derivative.x.include = range
        // Every breakpoint gets a labelled tick on both panels, and the derivative's axis shows 0,
        // so a small slope (PReLU's 0.25 on the left) is not mistaken for none.
        // Jumps found in a formula (its dots) are breakpoints too.
        let found = (f.filled + f.hollow).map(\.x)
        let marks = Array(Set(a.breakpoints(p).map(\.x) + overlays.ticks + found)).sorted().filter { range.contains($0) }
        function.x.marked = marks
        derivative.x.marked = marks
        derivative.y.include = 0...0
        // A periodic function is read in periods: ticks at multiples of π, not at 5 and 10.
        if Self.isPiPeriodic(a) {
            function.x.tickUnit = .pi
            derivative.x.tickUnit = .pi
        }
        function.series = overlays.underlay(for: .function) + Series.curve(f, slot: 0)
        derivative.series = overlays.underlay(for: .derivative) + Series.curve(d, slot: 1)
        // A labelled band is named in a legend.
        if overlays.functionBands.contains(where: { $0.label != nil }) { function.legend = .auto }
        if overlays.derivativeBands.contains(where: { $0.label != nil }) { derivative.legend = .auto }
        for mark in overlays.marks {
            let y = mark.panel == .function ? a.value(mark.x, p) : a.derivative(mark.x, p)
            guard y.isFinite else { continue }
            let slot = mark.panel == .function ? 0 : 1
            let dot = Series.markers(MarkerSeries(points: [Point(mark.x, y)], filled: true, slot: slot))
            let note = Annotation(mark.label ?? Self.coordinates(mark.x, y), at: Point(mark.x, y), offset: mark.offset, arrow: true, slot: slot)
            if mark.panel == .function {
                function.series.append(dot)
                function.annotations.append(note)
            } else {
                derivative.series.append(dot)
                derivative.annotations.append(note)
            }
        }
        return Figure(size: size, columns: 2, panels: [function, derivative], typeScale: typeScale)
    }

    /// The function and its derivative on one axis, for small multiples (the gallery): f′
    /// thinner and drawn first, so f stays on top where they coincide (ReLU's negative half),
    /// with the same breakpoint ticks as the side-by-side figure.
    public func combinedPanel(title: String) -> Panel {
        let sampled = curves()
        let a = activation, p = parameters
        var panel = Panel(title: title)
        panel.x.include = range
        panel.y.include = 0...0
        panel.x.marked = (a.breakpoints(p).map(\.x) + overlays.ticks).filter { range.contains($0) }
        if Self.isPiPeriodic(a) { panel.x.tickUnit = .pi }
        var derivative = Series.curve(sampled.derivative, slot: 1)
        for i in derivative.indices {
            if case .line(var line) = derivative[i] {
                line.weight = 0.6
                derivative[i] = .line(line)
            }
        }
        panel.series = derivative + Series.curve(sampled.function, slot: 0)
        return panel
    }

    /// Whether the period is a whole multiple of π, so ticks read best in multiples of π.
    static func isPiPeriodic(_ a: any ActivationFunction) -> Bool {
        guard let period = a.period, period > 0 else { return false }
        return abs(period / .pi - (period / .pi).rounded()) < 1e-9
    }

    /// "(0, 0.25)" with a true minus and no more decimals than needed.
    static func coordinates(_ x: Double, _ y: Double) -> String {
        func short(_ v: Double) -> String {
            let rounded = (v * 1e4).rounded() / 1e4
            return TickFormatter.labels(for: Ticks(values: [rounded], step: 0))[0]
        }
        return "(\(short(x)), \(short(y)))"
    }
}
