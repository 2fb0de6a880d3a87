/// Exponential linear unit: x for x > 0, α(eˣ − 1) below, so negative outputs pull the mean
/// activation towards zero and the curve saturates smoothly at −α instead of cutting off.
public struct ELU: Activation {
    /// Creates the catalogue entry.
    public init() {}
    public var id: String { "elu" }
    /// The `alpha` parameter, for reading its value in the formulas below.
    public static let alpha = ParameterKey("alpha")
    public var parameters: [ParameterSpec] { [ParameterSpec(Self.alpha, default: 1)] }
    public var properties: ActivationProperties {
        ActivationProperties(
            range: "(−1, ∞)", derivativeRange: "(0, 1]", monotonic: true,
            saturatesLeft: true, saturatesRight: false, continuity: .c1,
            pytorch: "torch.nn.functional.elu", keras: "keras.activations.elu", jax: "jax.nn.elu")
    }
    public var formula: Formula {
        Formula(
            value: M.value()
                + M.cases(
                    (M.x, M.when(">", M.n("0"))),
                    (M.row(M.i("α"), M.paren(M.exp(M.x), M.minus, M.n("1"))), M.when("≤", M.n("0")))),
            derivative: M.slope()
                + M.cases(
                    (M.n("1"), M.when(">", M.n("0"))),
                    (M.row(M.i("α"), M.exp(M.x)), M.when("≤", M.n("0")))))
    }
    /// α·expm1(x) in double words: eˣ − 1 would lose every digit near 0.
    @_specialize(where T == Double)
    public func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN || x.primal > 0 { return x }
        return (DoubleWord.expMinusOne(DoubleWord(x)) * T(parameters[Self.alpha])).rounded
    }
    /// PyTorch's elu backward takes the exponential side at 0: f′(0) = α.
    @_specialize(where T == Double)
    public func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN { return x }
        if x.primal > 0 { return 1 }
        return (DoubleWord.exp(DoubleWord(x)) * T(parameters[Self.alpha])).rounded
    }
    /// A join for α = 1 (only f″ jumps), a kink otherwise.
    public func breakpoints(_ parameters: ParameterValues) -> [Breakpoint] {
        let alpha = parameters[Self.alpha]
        return [.corner(at: 0, value: 0, slopes: alpha, 1, using: alpha)]
    }
    /// Both from one reduction of x: α(eˣ − 1) and αeˣ.
    public func valueAndDerivative(_ x: Double, _ parameters: ParameterValues) -> (value: Double, derivative: Double) {
        guard !x.isNaN, x <= 0 else { return (value(x, parameters), derivative(x, parameters)) }
        let alpha = parameters[Self.alpha]
        let e = DoubleWord.expAndExpMinusOne(DoubleWord(x))
        return ((e.minusOne * alpha).rounded, (e.exp * alpha).rounded)
    }
}
