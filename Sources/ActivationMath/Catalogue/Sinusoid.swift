/// sin x: document 004's example that any non-linear function can serve, periodic activations
/// (SIREN) included; neither monotonic nor saturating.
public struct Sinusoid: Activation {
    /// Creates the catalogue entry.
    public init() {}
    public var id: String { "sinusoid" }
    public var aliases: [String] { ["sin", "sine"] }
    /// Two full periods.
    public var defaultRange: ClosedRange<Double> { -2 * Double.pi...2 * Double.pi }
    public var period: Double? { 2 * Double.pi }
    public var properties: ActivationProperties {
        ActivationProperties(
            range: "[−1, 1]", derivativeRange: "[−1, 1]", monotonic: false,
            saturatesLeft: false, saturatesRight: false, continuity: .smooth,
            pytorch: "torch.sin", keras: "keras.ops.sin", jax: "jax.numpy.sin")
    }
    public var formula: Formula {
        Formula(value: M.value() + M.apply("sin", M.x), derivative: M.slope() + M.apply("cos", M.x))
    }
    @_specialize(where T == Double)
    public func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T { T.sin(x) }
    @_specialize(where T == Double)
    public func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T { T.cos(x) }
}
