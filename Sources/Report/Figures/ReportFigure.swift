import ActivationMath
import Charts

/// A figure of the report other than the per-activation pairs: what it shows, in both languages,
/// and how to build it.
struct ReportFigure: Sendable {
    /// File name stem and page anchor (`sigmoid-saturation` → `sigmoid-saturation.png`).
    let id: String
    /// The FIGURES.md requirement it answers (R2 … R10), for the page and the tests.
    let requirement: String
    /// Size at scale 1.
    let size: Size
    /// Builds the figure model with a language's words.
    let build: @Sendable (Strings) -> Figure
    /// Words the caption takes from the figure model's own settings (a line's style), so the
    /// caption cannot describe a figure other than the one drawn.
    var captionValues: @Sendable (Strings) -> [String: String] = { _ in [:] }

    /// The figure model in a language, titled with its point (`figure.<id>.message`) where the
    /// builder did not set a title of its own, so it works on a slide without its caption.
    func model(_ strings: Strings) -> Figure {
        var figure = build(strings)
        if figure.title == nil, strings.table["figure.\(id).message"] != nil { figure.title = strings("figure.\(id).message") }
        return figure
    }

    /// Short title, from the catalogue key `figure.<id>.title`.
    func title(_ strings: Strings) -> String { strings("figure.\(id).title") }
    /// What the picture shows, for a reader who cannot see it (the page's `alt`, the SVG's
    /// `<desc>`), from `figure.<id>.alt`.
    func alt(_ strings: Strings) -> String { strings("figure.\(id).alt") }
    /// Caption in the project's own words, from `figure.<id>.caption`.
    func caption(_ strings: Strings) -> String { strings("figure.\(id).caption", captionValues(strings)) }
}

/// Curves of catalogue activations as chart series, with jumps broken and marked.
enum CurveSeries {
    /// The catalogue entries for `ids` that exist; the report's tests check that none is missing.
    static func activations(_ ids: [String]) -> [any Activation] {
        ids.compactMap(Catalogue.find)
    }

    /// f or f′ of `activation` over `range` as a line plus jump dots, in palette `slot`.
    static func series(
        _ activation: any Activation, parameters: ParameterValues? = nil, range: ClosedRange<Double>,
        derivative: Bool = false, slot: Int, label: String? = nil, samples: Int = 800, weight: Double = 1
    ) -> [Series] {
        let sampled = CurveSampler(range: range, samples: samples)
            .sample(activation, parameters ?? activation.defaultParameters, derivative: derivative)
        return Series.curve(sampled, slot: slot, label: label, weight: weight)
    }

    /// Parameters of `activation` with one value changed.
    static func parameters(_ activation: any Activation, _ key: ParameterKey, _ value: Double) -> ParameterValues {
        var p = activation.defaultParameters
        p[key] = value
        return p
    }
}
