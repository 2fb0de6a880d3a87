/// f(x) = x: the output of a regression network, and the baseline that shows why stacking
/// layers needs a non-linearity at all.
public struct Identity: Activation {
    /// Creates the catalogue entry.
    public init() {}
    public var id: String { "identity" }
    public var aliases: [String] { ["linear"] }
    public var properties: ActivationProperties {
        ActivationProperties(
            range: "(−∞, ∞)", derivativeRange: "{1}", monotonic: true,
            saturatesLeft: false, saturatesRight: false, continuity: .smooth,
            pytorch: "torch.nn.Identity", keras: "keras.activations.linear", jax: "jax.nn.identity")
    }
    public var formula: Formula {
        Formula(value: M.value() + M.x, derivative: M.slope() + M.n("1"))
    }
    @_specialize(where T == Double)
    public func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T { x }
    @_specialize(where T == Double)
    public func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        x.isNaN ? x : 1
    }
}
