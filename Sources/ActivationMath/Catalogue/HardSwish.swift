/// x·ReLU6(x + 3)/6: Swish built from ReLU6 for mobile networks (MobileNetV3), no exponential.
public struct HardSwish: Activation {
    /// Creates the catalogue entry.
    public init() {}
    public var id: String { "hard-swish" }
    public var aliases: [String] { ["hswish", "hardswish", "h-swish", "hard-silu"] }
    public var defaultRange: ClosedRange<Double> { -6...6 }
    public var properties: ActivationProperties {
        ActivationProperties(
            range: "[−0.375, ∞)", derivativeRange: "(−0.5, 1.5)", monotonic: false,
            saturatesLeft: true, saturatesRight: false, continuity: .c0,
            pytorch: "torch.nn.functional.hardswish", keras: "keras.activations.hard_silu", jax: "jax.nn.hard_swish")
    }
    public var formula: Formula {
        let inside = M.row(M.signed("-3"), M.o("<"), M.x, M.o("<"), M.n("3"))
        return Formula(
            value: M.value()
                + M.cases(
                    (M.n("0"), M.when("≤", M.signed("-3"))),
                    (M.frac(M.row(M.x, M.paren(M.x, M.o("+"), M.n("3"))), M.n("6")), inside),
                    (M.x, M.when("≥", M.n("3")))),
            derivative: M.slope()
                + M.cases(
                    (M.n("0"), M.when("≤", M.signed("-3"))),
                    (M.frac(M.row(M.n("2"), M.x, M.o("+"), M.n("3")), M.n("6")), inside),
                    (M.n("1"), M.when("≥", M.n("3")))))
    }
    /// x(x + 3)/6 with the product kept exact, rounded once.
    @_specialize(where T == Double)
    public func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN || x.primal >= 3 { return x }
        if x.primal <= -3 { return 0 }
        return (DoubleWord.exactSum(x, 3) * x / T(6)).rounded
    }
    /// (2x + 3)/6, exact before the one rounding; PyTorch's x/3 + 1/2 cancels near x = −1.5.
    @_specialize(where T == Double)
    public func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN { return x }
        if x.primal <= -3 { return 0 }
        if x.primal >= 3 { return 1 }
        return (DoubleWord.exactSum(2 * x, 3) / T(6)).rounded
    }
    /// The convention the catalogue follows takes the outer side at both corners: f′(−3) = 0 and
    /// f′(3) = 1 (PyTorch's current hardswish backward).
    public func breakpoints(_ parameters: ParameterValues) -> [Breakpoint] {
        [.corner(at: -3, value: 0, slopes: 0, -0.5, using: 0), .corner(at: 3, value: 3, slopes: 1.5, 1, using: 1)]
    }
}
