/// The hyperbolic tangent: a sigmoid stretched to (−1, 1) and centred on zero, with a peak
/// gradient of 1 instead of sigmoid's 0.25.
public struct Tanh: Activation {
    /// Creates the catalogue entry.
    public init() {}
    public var id: String { "tanh" }
    public var aliases: [String] { ["hyperbolic-tangent"] }
    /// The documents' code draws tanh on [−20, 20], as sigmoid.
    public var defaultRange: ClosedRange<Double> { -20...20 }
    public var properties: ActivationProperties {
        ActivationProperties(
            range: "(−1, 1)", derivativeRange: "(0, 1]", monotonic: true,
            saturatesLeft: true, saturatesRight: true, continuity: .smooth,
            pytorch: "torch.tanh", keras: "keras.activations.tanh", jax: "jax.nn.tanh")
    }
    public var formula: Formula {
        Formula(
            value: M.value() + M.apply("tanh", M.x) + M.o("=")
                + M.frac(M.row(M.exp(M.x), M.minus, M.exp(M.minus + M.x)), M.row(M.exp(M.x), M.o("+"), M.exp(M.minus + M.x))),
            derivative: M.slope() + M.n("1") + M.minus + M.sup(M.i("tanh"), M.n("2")) + M.x)
    }
    @_specialize(where T == Double)
    public func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        StableForms.tanh(x)
    }
    @_specialize(where T == Double)
    public func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        StableForms.sechSquared(x)
    }
    /// Both from one e^(−2|x|).
    public func valueAndDerivative(_ x: Double, _ parameters: ParameterValues) -> (value: Double, derivative: Double) {
        let both = DoubleWord.tanhAndSechSquared(DoubleWord(x))
        return (both.tanh.rounded, both.sechSquared.rounded)
    }
}
