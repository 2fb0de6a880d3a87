/// Randomized leaky ReLU: while training, each negative input gets a slope drawn uniformly from
/// [lower, upper]; at evaluation the slope is their mean, which is what is drawn here.
public struct RReLU: Activation {
    /// Creates the catalogue entry.
    public init() {}
    public var id: String { "rrelu" }
    public var aliases: [String] { ["randomized-relu", "randomized-leaky-relu"] }
    /// The `lower` parameter, for reading its value in the formulas below.
    public static let lower = ParameterKey("lower")
    /// The `upper` parameter, for reading its value in the formulas below.
    public static let upper = ParameterKey("upper")
    public var parameters: [ParameterSpec] {
        [ParameterSpec(Self.lower, default: 1.0 / 8), ParameterSpec(Self.upper, default: 1.0 / 3)]
    }
    public var parameterConstraints: [ParameterConstraint] { [ParameterConstraint(Self.lower, below: Self.upper, allowsEqual: true)] }
    public var properties: ActivationProperties {
        ActivationProperties(
            range: "(−∞, ∞)", derivativeRange: "{11/48, 1}", monotonic: true,
            saturatesLeft: false, saturatesRight: false, continuity: .c0,
            pytorch: "torch.nn.functional.rrelu(x, training=False)", keras: nil, jax: nil)
    }
    public var formula: Formula {
        LeakyLine.formula(slope: M.row(M.frac(M.row(M.i("l"), M.o("+"), M.i("u")), M.n("2"))))
    }
    /// The mean slope times x, rounded once: (l + u)/2 is kept exact as a double word.
    @_specialize(where T == Double)
    public func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN { return x }
        if x.primal > 0 { return x }
        return (DoubleWord.exactSum(T(parameters[Self.lower]), T(parameters[Self.upper])) * x * T(0.5)).rounded
    }
    @_specialize(where T == Double)
    public func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        LeakyLine.derivative(x, slope: slope(parameters))
    }
    public func breakpoints(_ parameters: ParameterValues) -> [Breakpoint] {
        LeakyLine.breakpoints(slope: slope(parameters))
    }
    /// The evaluation-mode slope (lower + upper)/2, as PyTorch computes it.
    public func slope(_ parameters: ParameterValues) -> Double {
        (parameters[Self.lower] + parameters[Self.upper]) / 2
    }
}
