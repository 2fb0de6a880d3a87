/// (x + √(x² + b))/2 (Barron 2021): softplus's shape from a square root instead of an
/// exponential and a logarithm; b sets the curvature at 0.
public struct Squareplus: Activation {
    /// Creates the catalogue entry.
    public init() {}
    public var id: String { "squareplus" }
    public var aliases: [String] { ["square-plus"] }
    /// The `b` parameter, for reading its value in the formulas below.
    public static let b = ParameterKey("b")
    public var parameters: [ParameterSpec] { [ParameterSpec(Self.b, default: 4, domain: .positive)] }
    public var properties: ActivationProperties {
        ActivationProperties(
            range: "(0, ∞)", derivativeRange: "(0, 1)", monotonic: true,
            saturatesLeft: true, saturatesRight: false, continuity: .smooth,
            pytorch: nil, keras: "keras.activations.squareplus", jax: "jax.nn.squareplus")
    }
    public var formula: Formula {
        let root = M.sqrt(M.row(M.sup(M.x, M.n("2")), M.o("+"), M.i("b")))
        return Formula(
            value: M.value() + M.frac(M.row(M.x, M.o("+"), root), M.n("2")),
            derivative: M.slope() + M.frac(M.n("1"), M.n("2")) + M.paren(M.n("1"), M.o("+"), M.frac(M.x, root)))
    }
    /// √(x² + b) as a double word; below 1e100 in magnitude x² cannot overflow.
    static func root<T: ActivationScalar>(_ x: T, _ b: Double) -> DoubleWord<T> {
        DoubleWord.sqrt(DoubleWord.exactProduct(x, x) + T(b))
    }
    /// For x < 0 the sum x + √(x² + b) cancels; it is rationalised to b/(√(x² + b) − x).
    @_specialize(where T == Double)
    public func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN { return x }
        let b = parameters[Self.b]
        if abs(x.primal) > 1e100 { return x.primal > 0 ? x : T(b) / (x * -4) }
        let s = Self.root(x, b)
        if x.primal >= 0 { return ((s + x) * T(0.5)).rounded }
        return (T(b) / ((s - x) * T(2))).rounded
    }
    /// (1 + x/s)/2 = b/(2s(s − x)) for x < 0, the same rationalisation.
    @_specialize(where T == Double)
    public func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN { return x }
        let b = parameters[Self.b]
        if abs(x.primal) > 1e100 { return x.primal > 0 ? 1 : T(b) / (x * x * 4) }
        let s = Self.root(x, b)
        if x.primal >= 0 { return ((DoubleWord(x) / s + T(1)) * T(0.5)).rounded }
        return (T(b) / (s * (s - x) * T(2))).rounded
    }
}
