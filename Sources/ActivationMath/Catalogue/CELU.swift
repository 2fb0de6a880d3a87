/// Continuously differentiable ELU: α(e^(x/α) − 1) below 0, so the slope is 1 on both sides of
/// 0 for every α, where ELU has a corner unless α = 1.
public struct CELU: Activation {
    /// Creates the catalogue entry.
    public init() {}
    public var id: String { "celu" }
    /// The `alpha` parameter, for reading its value in the formulas below.
    public static let alpha = ParameterKey("alpha")
    public var parameters: [ParameterSpec] { [ParameterSpec(Self.alpha, default: 1, domain: .positive)] }
    public var properties: ActivationProperties {
        ActivationProperties(
            range: "(−1, ∞)", derivativeRange: "(0, 1]", monotonic: true,
            saturatesLeft: true, saturatesRight: false, continuity: .c1,
            pytorch: "torch.nn.functional.celu", keras: "keras.activations.celu", jax: "jax.nn.celu")
    }
    public var formula: Formula {
        let scaled = M.frac(M.x, M.i("α"))
        return Formula(
            value: M.value()
                + M.cases(
                    (M.x, M.when(">", M.n("0"))),
                    (M.row(M.i("α"), M.paren(M.exp(scaled), M.minus, M.n("1"))), M.when("≤", M.n("0")))),
            derivative: M.slope() + M.cases((M.n("1"), M.when(">", M.n("0"))), (M.exp(scaled), M.when("≤", M.n("0")))))
    }
    @_specialize(where T == Double)
    public func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN || x.primal > 0 { return x }
        let alpha = T(parameters[Self.alpha])
        return (DoubleWord.expMinusOne(DoubleWord(x) / alpha) * alpha).rounded
    }
    /// e^(x/α) with x/α kept as a double word: its rounding error would otherwise be magnified
    /// by |x/α| (hundreds of ulp far left).
    @_specialize(where T == Double)
    public func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN { return x }
        if x.primal > 0 { return 1 }
        return DoubleWord.exp(DoubleWord(x) / T(parameters[Self.alpha])).rounded
    }
    /// PyTorch computes CELU through ELU with input scale 1/α, so f′(0) = (1/α)·α = 1: a join.
    public func breakpoints(_ parameters: ParameterValues) -> [Breakpoint] {
        [.corner(at: 0, value: 0, slopes: 1, 1, using: 1)]
    }
    /// Both from one reduction of x/α.
    public func valueAndDerivative(_ x: Double, _ parameters: ParameterValues) -> (value: Double, derivative: Double) {
        guard !x.isNaN, x <= 0 else { return (value(x, parameters), derivative(x, parameters)) }
        let alpha = parameters[Self.alpha]
        let e = DoubleWord.expAndExpMinusOne(DoubleWord(x) / alpha)
        return ((e.minusOne * alpha).rounded, e.exp.rounded)
    }
}
