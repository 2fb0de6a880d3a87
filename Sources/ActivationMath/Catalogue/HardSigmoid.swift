/// ReLU6(x + 3)/6: a piecewise-linear sigmoid for phones (MobileNetV3), three cheap operations
/// instead of an exponential.
public struct HardSigmoid: Activation {
    /// Creates the catalogue entry.
    public init() {}
    public var id: String { "hard-sigmoid" }
    public var aliases: [String] { ["hardsigmoid", "hsigmoid"] }
    /// Wide enough to show both corners at ±3 and the flat parts beyond.
    public var defaultRange: ClosedRange<Double> { -6...6 }
    public var properties: ActivationProperties {
        ActivationProperties(
            range: "[0, 1]", derivativeRange: "{0, 1/6}", monotonic: true,
            saturatesLeft: true, saturatesRight: true, continuity: .c0,
            pytorch: "torch.nn.functional.hardsigmoid", keras: "keras.activations.hard_sigmoid", jax: "jax.nn.hard_sigmoid")
    }
    public var formula: Formula {
        Formula(
            value: M.value()
                + M.cases(
                    (M.n("0"), M.when("≤", M.signed("-3"))),
                    (M.frac(M.row(M.x, M.o("+"), M.n("3")), M.n("6")), M.row(M.signed("-3"), M.o("<"), M.x, M.o("<"), M.n("3"))),
                    (M.n("1"), M.when("≥", M.n("3")))),
            derivative: M.slope()
                + M.cases(
                    (M.frac(M.n("1"), M.n("6")), M.row(M.signed("-3"), M.o("<"), M.x, M.o("<"), M.n("3"))),
                    (M.n("0"), M.row(M.abs(M.x), M.o("≥"), M.n("3")))))
    }
    /// (x + 3)/6 with the sum kept exact, rounded once; PyTorch's x/6 + 1/2 cancels near x = −3.
    @_specialize(where T == Double)
    public func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN { return x }
        if x.primal <= -3 { return 0 }
        if x.primal >= 3 { return 1 }
        return (DoubleWord.exactSum(x, 3) / T(6)).rounded
    }
    @_specialize(where T == Double)
    public func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN { return x }
        return x.primal > -3 && x.primal < 3 ? 1 / 6 : 0
    }
    /// PyTorch's autograd takes the flat side at both corners: f′(±3) = 0.
    public func breakpoints(_ parameters: ParameterValues) -> [Breakpoint] {
        [
            .corner(at: -3, value: 0, slopes: 0, 1.0 / 6, using: 0),
            .corner(at: 3, value: 1, slopes: 1.0 / 6, 0, using: 0),
        ]
    }
}
