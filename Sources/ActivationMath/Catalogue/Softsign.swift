/// x/(1 + |x|): tanh's shape with polynomial instead of exponential tails, so it saturates
/// more slowly.
public struct Softsign: Activation {
    /// Creates the catalogue entry.
    public init() {}
    public var id: String { "softsign" }
    public var aliases: [String] { ["soft-sign"] }
    /// The slow saturation needs a wider window than tanh's.
    public var defaultRange: ClosedRange<Double> { -10...10 }
    public var properties: ActivationProperties {
        ActivationProperties(
            range: "(−1, 1)", derivativeRange: "(0, 1]", monotonic: true,
            saturatesLeft: true, saturatesRight: true, continuity: .c1,
            pytorch: "torch.nn.functional.softsign", keras: "keras.activations.softsign", jax: "jax.nn.soft_sign")
    }
    public var formula: Formula {
        let d = M.row(M.n("1"), M.o("+"), M.abs(M.x))
        return Formula(
            value: M.value() + M.frac(M.x, d),
            derivative: M.slope() + M.frac(M.n("1"), M.sup(M.paren(d), M.n("2"))))
    }
    /// Beyond |x| = 1e200 the quotient is ±1 in double (and float), and 1 + |x| is exact only
    /// as a double word below that.
    @_specialize(where T == Double)
    public func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN { return x }
        if abs(x.primal) > 1e200 { return x.primal > 0 ? 1 : -1 }
        return (DoubleWord(x) / DoubleWord.exactSum(T.magnitude(x), 1)).rounded
    }
    @_specialize(where T == Double)
    public func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN { return x }
        if abs(x.primal) > 1e200 { return 0 }
        let d = DoubleWord.exactSum(T.magnitude(x), 1)
        return (T(1) / (d * d)).rounded
    }
    /// f″ jumps from 2 to −2 at 0: f and f′ are continuous, so a join.
    public func breakpoints(_ parameters: ParameterValues) -> [Breakpoint] {
        [.corner(at: 0, value: 0, slopes: 1, 1, using: 1)]
    }
}
