/// arctan x: a sigmoid shape with polynomial tails, bounded by ±π/2.
public struct Arctan: Activation {
    /// Creates the catalogue entry.
    public init() {}
    public var id: String { "arctan" }
    public var aliases: [String] { ["atan", "arc-tangent"] }
    public var defaultRange: ClosedRange<Double> { -10...10 }
    public var properties: ActivationProperties {
        ActivationProperties(
            range: "(−π/2, π/2)", derivativeRange: "(0, 1]", monotonic: true,
            saturatesLeft: true, saturatesRight: true, continuity: .smooth,
            pytorch: "torch.atan", keras: "keras.ops.arctan", jax: "jax.numpy.arctan")
    }
    public var formula: Formula {
        Formula(
            value: M.value() + M.apply("arctan", M.x),
            derivative: M.slope() + M.frac(M.n("1"), M.row(M.n("1"), M.o("+"), M.sup(M.x, M.n("2")))))
    }
    @_specialize(where T == Double)
    public func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T { T.atan(x) }
    /// 1/(1 + x²) with x² exact; beyond |x| = 1e100 it is 1/x², which overflows to 0 only where
    /// the true value is below 1e-308.
    @_specialize(where T == Double)
    public func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN { return x }
        if abs(x.primal) > 1e100 { return 1 / (x * x) }
        return (T(1) / (DoubleWord.exactProduct(x, x) + T(1))).rounded
    }
}
