/// log(1 + e^(βx))/β: a smooth ReLU whose derivative is the sigmoid. Exact for every x: unlike
/// PyTorch, no switch to the identity above a threshold.
public struct Softplus: Activation {
    /// Creates the catalogue entry.
    public init() {}
    public var id: String { "softplus" }
    /// The `beta` parameter, for reading its value in the formulas below.
    public static let beta = ParameterKey("beta")
    public var parameters: [ParameterSpec] { [ParameterSpec(Self.beta, default: 1, domain: .positive)] }
    public var properties: ActivationProperties {
        ActivationProperties(
            range: "(0, ∞)", derivativeRange: "(0, 1)", monotonic: true,
            saturatesLeft: true, saturatesRight: false, continuity: .smooth,
            pytorch: "torch.nn.functional.softplus", keras: "keras.activations.softplus", jax: "jax.nn.softplus")
    }
    public var formula: Formula {
        let bx = M.row(M.i("β"), M.x)
        return Formula(
            value: M.value() + M.frac(M.n("1"), M.i("β")) + M.apply("ln", M.n("1"), M.o("+"), M.exp(bx)),
            derivative: M.slope() + M.i("σ") + M.paren(bx) + M.o("=") + M.frac(M.n("1"), M.row(M.n("1"), M.o("+"), M.exp(M.row(M.minus, bx)))))
    }
    /// βx as a double word: in the left tail softplus(βx) ≈ e^(βx) magnifies its rounding by |βx|.
    @_specialize(where T == Double)
    public func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN { return x }
        let beta = T(parameters[Self.beta])
        let b = DoubleWord.exactProduct(beta, x)
        guard b.hi.primal.isFinite else { return b.hi.primal > 0 ? x : 0 }
        return (DoubleWord.softplus(b) / beta).rounded
    }
    @_specialize(where T == Double)
    public func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN { return x }
        let b = DoubleWord.exactProduct(T(parameters[Self.beta]), x)
        guard b.hi.primal.isFinite else { return b.hi.primal > 0 ? 1 : 0 }
        return DoubleWord.logistic(b).positive.rounded
    }
    /// Both from one e^(−|βx|): σ is softplus′.
    public func valueAndDerivative(_ x: Double, _ parameters: ParameterValues) -> (value: Double, derivative: Double) {
        let beta = parameters[Self.beta]
        let b = DoubleWord.exactProduct(beta, x)
        // At βx = 0 the two take e⁰ and e⁻⁰; the separate calls keep each its own.
        guard b.hi.isFinite, b.hi != 0 else { return (value(x, parameters), derivative(x, parameters)) }
        let tail = DoubleWord.exp(b.hi > 0 ? -b : b)
        return ((DoubleWord.softplus(b, tail: tail) / beta).rounded, DoubleWord.logistic(b, tail: tail).positive.rounded)
    }
}
