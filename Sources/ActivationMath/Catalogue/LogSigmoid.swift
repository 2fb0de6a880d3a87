/// log σ(x) = −softplus(−x): the log-probability a logistic output assigns, the building block
/// of binary cross-entropy computed without overflow.
public struct LogSigmoid: Activation {
    /// Creates the catalogue entry.
    public init() {}
    public var id: String { "log-sigmoid" }
    public var aliases: [String] { ["logsigmoid"] }
    public var defaultRange: ClosedRange<Double> { -10...10 }
    public var properties: ActivationProperties {
        ActivationProperties(
            range: "(−∞, 0)", derivativeRange: "(0, 1)", monotonic: true,
            saturatesLeft: false, saturatesRight: true, continuity: .smooth,
            pytorch: "torch.nn.functional.logsigmoid", keras: "keras.activations.log_sigmoid", jax: "jax.nn.log_sigmoid")
    }
    public var formula: Formula {
        Formula(
            value: M.value() + M.apply("ln", M.i("σ"), M.paren(M.x)) + M.o("=") + M.minus
                + M.apply("ln", M.n("1"), M.o("+"), M.exp(M.minus + M.x)),
            derivative: M.slope() + M.n("1") + M.minus + M.i("σ") + M.paren(M.x) + M.o("=") + M.i("σ") + M.paren(M.minus, M.x))
    }
    @_specialize(where T == Double)
    public func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        -StableForms.softplus(-x)
    }
    /// σ(−x) directly: 1 − σ(x) rounds to 0 beyond x ≈ 37.
    @_specialize(where T == Double)
    public func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        StableForms.sigmoid(-x)
    }
    /// Both from one e^(−|x|).
    public func valueAndDerivative(_ x: Double, _ parameters: ParameterValues) -> (value: Double, derivative: Double) {
        let a = DoubleWord(-x)
        guard x.isFinite, x != 0 else { return (value(x, parameters), derivative(x, parameters)) }
        let tail = DoubleWord.exp(a.hi > 0 ? -a : a)
        return (-DoubleWord.softplus(a, tail: tail).rounded, DoubleWord.logistic(a, tail: tail).positive.rounded)
    }
}
