/// max(0, x): the default hidden-layer activation, cheap, sparse, and free of saturation for
/// x > 0; units whose input stays negative stop learning ("dying ReLU").
public struct ReLU: Activation {
    /// Creates the catalogue entry.
    public init() {}
    public var id: String { "relu" }
    public var aliases: [String] { ["rectifier", "rectified-linear"] }
    public var properties: ActivationProperties {
        ActivationProperties(
            range: "[0, ∞)", derivativeRange: "{0, 1}", monotonic: true,
            saturatesLeft: true, saturatesRight: false, continuity: .c0,
            pytorch: "torch.nn.functional.relu", keras: "keras.activations.relu", jax: "jax.nn.relu")
    }
    public var formula: Formula {
        Formula(
            value: M.value() + M.apply("max", M.n("0"), M.o(","), M.x),
            derivative: M.slope() + M.cases((M.n("1"), M.when(">", M.n("0"))), (M.n("0"), M.when("≤", M.n("0")))))
    }
    @_specialize(where T == Double)
    public func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        x.primal <= 0 ? 0 : x
    }
    @_specialize(where T == Double)
    public func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN { return x }
        return x.primal > 0 ? 1 : 0
    }
    /// PyTorch's autograd: ReLU′(0) = 0.
    public func breakpoints(_ parameters: ParameterValues) -> [Breakpoint] {
        [.corner(at: 0, value: 0, slopes: 0, 1, using: 0)]
    }
}
