/// Gaussian error linear unit, x·Φ(x): each input is weighted by the probability that a standard
/// normal variable lies below it. The activation of BERT and GPT-2.
public struct GELU: Activation {
    /// Creates the catalogue entry.
    public init() {}
    public var id: String { "gelu" }
    public var aliases: [String] { ["gelu-erf", "gelu-exact"] }
    public var properties: ActivationProperties {
        ActivationProperties(
            range: "[−0.1700, ∞)", derivativeRange: "[−0.1289, 1.1289]", monotonic: false,
            saturatesLeft: true, saturatesRight: false, continuity: .smooth,
            pytorch: "torch.nn.functional.gelu", keras: "keras.activations.gelu",
            jax: "jax.nn.gelu(x, approximate=False)")
    }
    public var formula: Formula {
        Formula(
            value: M.value() + M.x + M.i("Φ") + M.paren(M.x) + M.o("=")
                + M.frac(M.x, M.n("2")) + M.paren(M.n("1"), M.o("+"), M.apply("erf", M.frac(M.x, M.sqrt(M.n("2"))))),
            derivative: M.slope() + M.i("Φ") + M.paren(M.x) + M.o("+") + M.x + M.i("φ") + M.paren(M.x) + M.o("=")
                + M.i("Φ") + M.paren(M.x) + M.o("+") + M.frac(M.x, M.sqrt(M.row(M.n("2"), M.i("π"))))
                + M.exp(M.row(M.minus, M.frac(M.sup(M.x, M.n("2")), M.n("2")))))
    }
    /// Beyond |x| = 40, Φ is 1 or below 1e-348, so the result is x or 0 in any precision.
    @_specialize(where T == Double)
    public func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN || x.primal > 40 { return x }
        if x.primal < -40 { return 0 }
        return (NormalDistribution.cumulative(DoubleWord(x)) * x).rounded
    }
    /// Φ(x) + x·φ(x), summed in double words: the terms cancel near the root at x ≈ −0.7518.
    @_specialize(where T == Double)
    public func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN { return x }
        if x.primal > 40 { return 1 }
        if x.primal < -40 { return 0 }
        let d = DoubleWord(x)
        return (NormalDistribution.cumulative(d) + NormalDistribution.density(d) * x).rounded
    }
    /// Both from one Φ(x): the erfc is most of either's cost.
    public func valueAndDerivative(_ x: Double, _ parameters: ParameterValues) -> (value: Double, derivative: Double) {
        guard !x.isNaN, abs(x) <= 40 else { return (value(x, parameters), derivative(x, parameters)) }
        let d = DoubleWord(x)
        let cumulative = NormalDistribution.cumulative(d)
        return ((cumulative * x).rounded, (cumulative + NormalDistribution.density(d) * x).rounded)
    }
}
