/// The logistic function: squashes any input into (0, 1); the classic output for binary labels.
public struct Sigmoid: Activation {
    /// Creates the catalogue entry.
    public init() {}
    public var id: String { "sigmoid" }
    public var aliases: [String] { ["logistic", "expit"] }
    /// The documents' code draws sigmoid on [−20, 20].
    public var defaultRange: ClosedRange<Double> { -20...20 }
    public var properties: ActivationProperties {
        ActivationProperties(
            range: "(0, 1)", derivativeRange: "(0, 0.25]", monotonic: true,
            saturatesLeft: true, saturatesRight: true, continuity: .smooth,
            pytorch: "torch.sigmoid", keras: "keras.activations.sigmoid", jax: "jax.nn.sigmoid")
    }
    public var formula: Formula {
        Formula(
            value: M.i("σ") + M.paren(M.x) + M.o("=") + M.frac(M.n("1"), M.row(M.n("1"), M.o("+"), M.exp(M.minus + M.x))),
            derivative: M.sup(M.i("σ"), M.o("′")) + M.paren(M.x) + M.o("=") + M.i("σ") + M.paren(M.x)
                + M.paren(M.n("1"), M.minus, M.i("σ"), M.paren(M.x)))
    }
    @_specialize(where T == Double)
    public func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        StableForms.sigmoid(x)
    }
    @_specialize(where T == Double)
    public func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        StableForms.sigmoidSlope(x)
    }
    /// Both from one σ(x) and σ(−x).
    public func valueAndDerivative(_ x: Double, _ parameters: ParameterValues) -> (value: Double, derivative: Double) {
        let s = DoubleWord.logistic(DoubleWord(x))
        return (s.positive.rounded, (s.positive * s.negative).rounded)
    }
}
