/// x·σ(βx), found by automated search (Ramachandran et al. 2017); with β = 1 it is the SiLU of
/// PyTorch, Keras and JAX. Smooth and non-monotonic: it dips to −0.2785 before rising.
public struct Swish: Activation {
    /// Creates the catalogue entry.
    public init() {}
    public var id: String { "swish" }
    public var aliases: [String] { ["silu", "sigmoid-linear-unit"] }
    /// The `beta` parameter, for reading its value in the formulas below.
    public static let beta = ParameterKey("beta")
    public var parameters: [ParameterSpec] { [ParameterSpec(Self.beta, default: 1)] }
    public var properties: ActivationProperties {
        ActivationProperties(
            range: "[−0.2785, ∞)", derivativeRange: "[−0.0998, 1.0998]", monotonic: false,
            saturatesLeft: true, saturatesRight: false, continuity: .smooth,
            pytorch: "torch.nn.functional.silu", keras: "keras.activations.silu", jax: "jax.nn.silu")
    }
    public var formula: Formula {
        let bx = M.row(M.i("β"), M.x)
        return Formula(
            value: M.value() + M.x + M.i("σ") + M.paren(bx),
            derivative: M.slope() + M.i("σ") + M.paren(bx) + M.o("+") + bx + M.i("σ") + M.paren(bx)
                + M.paren(M.n("1"), M.minus, M.i("σ"), M.paren(bx)))
    }
    /// βx as a double word: σ magnifies its rounding error by |βx| in the left tail.
    static func argument<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> DoubleWord<T> {
        DoubleWord.exactProduct(T(parameters[Self.beta]), x)
    }
    /// Beyond |βx| = 750 the sigmoid is 1 or below 1e-325, so the result is x or 0.
    @_specialize(where T == Double)
    public func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN { return x }
        let b = Self.argument(x, parameters)
        if b.hi.isNaN { return x * T(0.5) }  // β = 0 and x = ±∞: the function is x/2
        if b.hi.primal > 750 { return x }
        if b.hi.primal < -750 { return 0 }
        return (DoubleWord.logistic(b).positive * x).rounded
    }
    /// σ(βx)·(1 + βx·σ(−βx)) in double words: the sum cancels near the root at βx ≈ −1.2785.
    @_specialize(where T == Double)
    public func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN { return x }
        let b = Self.argument(x, parameters)
        if b.hi.isNaN { return T(0.5) }
        if b.hi.primal > 750 { return 1 }
        if b.hi.primal < -750 { return 0 }
        let s = DoubleWord.logistic(b)
        return (s.positive * (b * s.negative + T(1))).rounded
    }
    /// Both from one σ(βx) and σ(−βx).
    public func valueAndDerivative(_ x: Double, _ parameters: ParameterValues) -> (value: Double, derivative: Double) {
        let b = Self.argument(x, parameters)
        guard !x.isNaN, abs(b.hi) <= 750 else { return (value(x, parameters), derivative(x, parameters)) }
        let s = DoubleWord.logistic(b)
        return ((s.positive * x).rounded, (s.positive * (b * s.negative + 1)).rounded)
    }
}
