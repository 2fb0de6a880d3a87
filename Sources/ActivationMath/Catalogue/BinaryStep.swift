/// The Heaviside step, the perceptron's original activation: 1 for x ≥ 0, else 0. Its derivative
/// is 0 wherever it exists, which is why gradient descent cannot train through it.
public struct BinaryStep: Activation {
    /// Creates the catalogue entry.
    public init() {}
    public var id: String { "binary-step" }
    public var aliases: [String] { ["step", "heaviside", "unit-step"] }
    public var defaultRange: ClosedRange<Double> { -3...3 }
    public var properties: ActivationProperties {
        ActivationProperties(
            range: "{0, 1}", derivativeRange: "{0} (x ≠ 0)", monotonic: true,
            saturatesLeft: true, saturatesRight: true, continuity: .discontinuous,
            pytorch: "torch.heaviside(x, torch.tensor(1.0))", keras: nil, jax: "jax.numpy.heaviside(x, 1.0)")
    }
    public var formula: Formula {
        Formula(
            value: M.value() + M.cases((M.n("1"), M.when("≥", M.n("0"))), (M.n("0"), M.when("<", M.n("0")))),
            // f′ exists only away from the jump; at 0 it is undefined (a Dirac delta as a distribution).
            derivative: M.slope() + M.cases((M.n("0"), M.when("≠", M.n("0")))))
    }
    @_specialize(where T == Double)
    public func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN { return x }
        return x.primal >= 0 ? 1 : 0
    }
    /// 0 at the jump too, for `eval` and `data`: f′(0) does not exist, but gradient code needs a
    /// number and no framework uses another; the figures and the page say it is undefined.
    @_specialize(where T == Double)
    public func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        x.isNaN ? x : 0
    }
    public func breakpoints(_ parameters: ParameterValues) -> [Breakpoint] {
        [.jump(at: 0, value: .init(left: 0, right: 1, at: 1), derivative: .init(continuous: 0))]
    }
}
