/// Scaled ELU: λ·ELU(x; α) with the constants of Klambauer et al. (2017) that make a deep
/// fully connected network normalise itself towards mean 0 and variance 1.
public struct SELU: Activation {
    /// Creates the catalogue entry.
    public init() {}
    public var id: String { "selu" }
    public var properties: ActivationProperties {
        ActivationProperties(
            range: "(−1.7581, ∞)", derivativeRange: "(0, 1.7581]", monotonic: true,
            saturatesLeft: true, saturatesRight: false, continuity: .c0,
            pytorch: "torch.nn.functional.selu", keras: "keras.activations.selu", jax: "jax.nn.selu")
    }
    public var formula: Formula {
        Formula(
            value: M.value() + M.i("λ")
                + M.cases(
                    (M.x, M.when(">", M.n("0"))),
                    (M.row(M.i("α"), M.paren(M.exp(M.x), M.minus, M.n("1"))), M.when("≤", M.n("0")))),
            derivative: M.slope() + M.i("λ")
                + M.cases(
                    (M.n("1"), M.when(">", M.n("0"))),
                    (M.row(M.i("α"), M.exp(M.x)), M.when("≤", M.n("0")))))
    }
    /// λ = 1.0507009873554804934193349852946 and λα (α = 1.6732632423543772848170429916717),
    /// PyTorch's decimals, each kept as a double word so that λx and λα(eˣ − 1) round once.
    static func lambda<T>() -> DoubleWord<T> { DoubleWord(constant: 1.0507009873554805, 3.9874847667154144e-17) }
    static func lambdaAlpha<T>() -> DoubleWord<T> { DoubleWord(constant: 1.7580993408473768, 1.41535193800845e-17) }

    @_specialize(where T == Double)
    public func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN { return x }
        if x.primal > 0 { return (Self.lambda() * x).rounded }
        return (Self.lambdaAlpha() * DoubleWord.expMinusOne(DoubleWord(x))).rounded
    }
    /// PyTorch's selu backward takes the exponential side at 0: f′(0) = λα.
    @_specialize(where T == Double)
    public func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN { return x }
        if x.primal > 0 { return Self.lambda().rounded }
        return (Self.lambdaAlpha() * DoubleWord.exp(DoubleWord(x))).rounded
    }
    public func breakpoints(_ parameters: ParameterValues) -> [Breakpoint] {
        let lambda: Double = Self.lambda().rounded, lambdaAlpha: Double = Self.lambdaAlpha().rounded
        return [.corner(at: 0, value: 0, slopes: lambdaAlpha, lambda, using: lambdaAlpha)]
    }
    /// Both from one reduction of x: λα(eˣ − 1) and λαeˣ.
    public func valueAndDerivative(_ x: Double, _ parameters: ParameterValues) -> (value: Double, derivative: Double) {
        guard !x.isNaN, x <= 0 else { return (value(x, parameters), derivative(x, parameters)) }
        let e = DoubleWord.expAndExpMinusOne(DoubleWord(x))
        let lambdaAlpha: DoubleWord<Double> = Self.lambdaAlpha()
        return ((lambdaAlpha * e.minusOne).rounded, (lambdaAlpha * e.exp).rounded)
    }
}
