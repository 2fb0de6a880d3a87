/// tanh's piecewise-linear stand-in: the identity clipped to [min, max], default [−1, 1].
public struct HardTanh: Activation {
    /// Creates the catalogue entry.
    public init() {}
    public var id: String { "hard-tanh" }
    public var aliases: [String] { ["hardtanh"] }
    /// The `min` parameter, for reading its value in the formulas below.
    public static let min = ParameterKey("min")
    /// The `max` parameter, for reading its value in the formulas below.
    public static let max = ParameterKey("max")
    public var parameters: [ParameterSpec] {
        [
            ParameterSpec(Self.min, default: -1, aliases: ["min_val", "min_value"]),
            ParameterSpec(Self.max, default: 1, aliases: ["max_val", "max_value"]),
        ]
    }
    public var parameterConstraints: [ParameterConstraint] { [ParameterConstraint(Self.min, below: Self.max, allowsEqual: false)] }
    public var defaultRange: ClosedRange<Double> { -3...3 }
    public var properties: ActivationProperties {
        ActivationProperties(
            range: "[−1, 1]", derivativeRange: "{0, 1}", monotonic: true,
            saturatesLeft: true, saturatesRight: true, continuity: .c0,
            pytorch: "torch.nn.functional.hardtanh", keras: "keras.activations.hard_tanh", jax: "jax.nn.hard_tanh")
    }
    /// In terms of the clip bounds, so the formula stays true when `min` and `max` are changed.
    public var formula: Formula {
        let low = M.sub(M.x, M.text("min")), high = M.sub(M.x, M.text("max"))
        return Formula(
            value: M.value()
                + M.cases(
                    (low, M.when("<", low)),
                    (M.x, M.row(low, M.o("≤"), M.x, M.o("≤"), high)),
                    (high, M.when(">", high))),
            derivative: M.slope()
                + M.cases(
                    (M.n("1"), M.row(low, M.o("<"), M.x, M.o("<"), high)),
                    (M.n("0"), M.when("≤", low)),
                    (M.n("0"), M.when("≥", high))))
    }
    @_specialize(where T == Double)
    public func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN { return x }
        let low = parameters[Self.min], high = parameters[Self.max]
        if x.primal <= low { return T(low) }
        if x.primal >= high { return T(high) }
        return x
    }
    @_specialize(where T == Double)
    public func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN { return x }
        return x.primal > parameters[Self.min] && x.primal < parameters[Self.max] ? 1 : 0
    }
    /// PyTorch passes the gradient only strictly inside: f′(min) = f′(max) = 0.
    public func breakpoints(_ parameters: ParameterValues) -> [Breakpoint] {
        let low = parameters[Self.min], high = parameters[Self.max]
        return [
            .corner(at: low, value: low, slopes: 0, 1, using: 0),
            .corner(at: high, value: high, slopes: 1, 0, using: 0),
        ]
    }
}
