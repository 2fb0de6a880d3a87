import Testing

@testable import ActivationMath

/// An activation with a set of parameters: every catalogue entry at its defaults, plus other
/// values so that no formula is only ever tested at its default.
struct Variant: Sendable, CustomTestStringConvertible {
    let id: String
    let overrides: [String: Double]

    /// The catalogue entry; the id comes from the catalogue, so it always resolves.
    var activation: any Activation { Catalogue.find(id) ?? Identity() }
    /// The parameters, resolved and checked like user input.
    var parameters: ParameterValues {
        (try? activation.resolveParameters(overrides)) ?? activation.defaultParameters
    }
    /// Breakpoint positions for these parameters.
    var breaks: [Double] { activation.breakpoints(parameters).map(\.x) }

    var testDescription: String {
        overrides.isEmpty ? id : id + " " + overrides.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
    }

    /// Every entry at its defaults, then the variations.
    static let all: [Variant] =
        Catalogue.all.map { Variant(id: $0.id, overrides: [:]) } + [
            Variant(id: "hard-tanh", overrides: ["min": -2, "max": 0.5]),
            Variant(id: "leaky-relu", overrides: ["alpha": 0.2]),
            Variant(id: "prelu", overrides: ["alpha": -0.3]),
            Variant(id: "rrelu", overrides: ["lower": 0.1, "upper": 0.3]),
            Variant(id: "elu", overrides: ["alpha": 0.5]),
            Variant(id: "celu", overrides: ["alpha": 2]),
            Variant(id: "swish", overrides: ["beta": 1.5]),
            Variant(id: "swish", overrides: ["beta": 0]),
            Variant(id: "softplus", overrides: ["beta": 2]),
            Variant(id: "softplus", overrides: ["beta": 0.3]),
            Variant(id: "softshrink", overrides: ["lambda": 1.25]),
            Variant(id: "hardshrink", overrides: ["lambda": 1.25]),
            Variant(id: "leaky-relu6", overrides: ["alpha": 0.2]),
            Variant(id: "squareplus", overrides: ["b": 0.5]),
        ]

    /// Whether x is at least `margin` (relative to max(1, |x|)) away from every breakpoint.
    func isAwayFromBreaks(_ x: Double, margin: Double) -> Bool {
        breaks.allSatisfy { abs($0 - x) > margin * max(1, abs(x)) }
    }
}

/// Sample points: a dense grid where the shapes are, and the tails out to ±1000.
enum Samples {
    /// Evenly spaced points on [a, b].
    static func grid(_ a: Double, _ b: Double, count: Int) -> [Double] {
        (0..<count).map { a + (b - a) * Double($0) / Double(count - 1) }
    }

    /// A few hundred points from −1000 to 1000, denser near 0, avoiding exact integers so that
    /// they fall between breakpoints.
    static let wide: [Double] = {
        let core = grid(-8.0137, 8.0191, count: 321)
        let tails = [12.3, 19.7, 36.6, 41.2, 87.1, 150.4, 333.3, 512.9, 699.5, 808.8, 999.9]
        let tiny = [1e-300, 3e-100, 2e-30, 1.5e-12, 7e-8, 4e-4]
        return (core + tails + tails.map(-) + tiny + tiny.map(-)).sorted()
    }()
}
