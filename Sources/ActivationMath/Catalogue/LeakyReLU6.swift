/// min(max(αx, x), 6): the combination of ReLU6 and Leaky ReLU proposed in document 001,
/// bounded above like ReLU6 while negative inputs keep a small gradient.
public struct LeakyReLU6: Activation {
    /// Creates the catalogue entry.
    public init() {}
    public var id: String { "leaky-relu6" }
    public var aliases: [String] { ["leakyrelu6", "relu6-leaky"] }
    /// The `alpha` parameter, for reading its value in the formulas below.
    public static let alpha = ParameterKey("alpha")
    /// Above 1 the slope αx would overtake x and the formula would change shape.
    public var parameters: [ParameterSpec] {
        [ParameterSpec(Self.alpha, default: 0.01, domain: .interval(0...1), aliases: ["negative_slope", "slope"])]
    }
    public var defaultRange: ClosedRange<Double> { -3...9 }
    public var properties: ActivationProperties {
        ActivationProperties(
            range: "(−∞, 6]", derivativeRange: "{0, 0.01, 1}", monotonic: true,
            saturatesLeft: false, saturatesRight: true, continuity: .c0,
            pytorch: nil, keras: nil, jax: nil)
    }
    public var formula: Formula {
        Formula(
            value: M.value() + M.apply("min", M.apply("max", M.i("α"), M.x, M.o(","), M.x), M.o(","), M.n("6")),
            derivative: M.slope()
                + M.cases(
                    (M.i("α"), M.when("≤", M.n("0"))),
                    (M.n("1"), M.row(M.n("0"), M.o("<"), M.x, M.o("<"), M.n("6"))),
                    (M.n("0"), M.when("≥", M.n("6")))))
    }
    @_specialize(where T == Double)
    public func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN { return x }
        if x.primal <= 0 { return T(parameters[Self.alpha]) * x }
        return x.primal >= 6 ? 6 : x
    }
    @_specialize(where T == Double)
    public func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN { return x }
        if x.primal <= 0 { return T(parameters[Self.alpha]) }
        return x.primal < 6 ? 1 : 0
    }
    /// The leaky corner keeps Leaky ReLU's f′(0) = α, the cap keeps ReLU6's f′(6) = 0.
    public func breakpoints(_ parameters: ParameterValues) -> [Breakpoint] {
        let alpha = parameters[Self.alpha]
        return [.corner(at: 0, value: 0, slopes: alpha, 1, using: alpha), .corner(at: 6, value: 6, slopes: 1, 0, using: 0)]
    }
}
