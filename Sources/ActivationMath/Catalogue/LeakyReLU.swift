/// x for x > 0 and a small slope α·x otherwise, so that negative inputs keep a gradient and
/// units cannot die. Leaky ReLU fixes α (0.01); PReLU learns it per channel (starting at 0.25).
public struct LeakyReLU: Activation {
    /// Creates the catalogue entry.
    public init() {}
    public var id: String { "leaky-relu" }
    public var aliases: [String] { ["leakyrelu", "lrelu"] }
    /// The `alpha` parameter, for reading its value in the formulas below.
    public static let alpha = ParameterKey("alpha")
    public var parameters: [ParameterSpec] { [ParameterSpec(Self.alpha, default: 0.01, aliases: ["negative_slope", "slope"])] }
    public var properties: ActivationProperties {
        ActivationProperties(
            range: "(−∞, ∞)", derivativeRange: "{0.01, 1}", monotonic: true,
            saturatesLeft: false, saturatesRight: false, continuity: .c0,
            pytorch: "torch.nn.functional.leaky_relu", keras: "keras.activations.leaky_relu(x, negative_slope=0.01)",
            jax: "jax.nn.leaky_relu")
    }
    public var formula: Formula { LeakyLine.formula(slope: M.i("α")) }
    @_specialize(where T == Double)
    public func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        LeakyLine.value(x, slope: parameters[Self.alpha])
    }
    @_specialize(where T == Double)
    public func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        LeakyLine.derivative(x, slope: parameters[Self.alpha])
    }
    public func breakpoints(_ parameters: ParameterValues) -> [Breakpoint] {
        LeakyLine.breakpoints(slope: parameters[Self.alpha])
    }
}

/// Leaky ReLU whose slope is a learned parameter; the figure shows PyTorch's initial 0.25.
public struct PReLU: Activation {
    /// Creates the catalogue entry.
    public init() {}
    public var id: String { "prelu" }
    public var aliases: [String] { ["parametric-relu"] }
    /// The `alpha` parameter, for reading its value in the formulas below.
    public static let alpha = ParameterKey("alpha")
    public var parameters: [ParameterSpec] { [ParameterSpec(Self.alpha, default: 0.25, aliases: ["weight", "init"])] }
    public var properties: ActivationProperties {
        ActivationProperties(
            range: "(−∞, ∞)", derivativeRange: "{0.25, 1}", monotonic: true,
            saturatesLeft: false, saturatesRight: false, continuity: .c0,
            pytorch: "torch.nn.functional.prelu", keras: "keras.layers.PReLU", jax: nil)
    }
    public var formula: Formula { LeakyLine.formula(slope: M.i("α")) }
    @_specialize(where T == Double)
    public func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        LeakyLine.value(x, slope: parameters[Self.alpha])
    }
    @_specialize(where T == Double)
    public func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        LeakyLine.derivative(x, slope: parameters[Self.alpha])
    }
    public func breakpoints(_ parameters: ParameterValues) -> [Breakpoint] {
        LeakyLine.breakpoints(slope: parameters[Self.alpha])
    }
}

/// The shape the leaky family shares: x for x > 0, slope·x for x ≤ 0.
enum LeakyLine {
    /// x or slope·x, one rounding.
    static func value<T: ActivationScalar>(_ x: T, slope: Double) -> T {
        if x.isNaN { return x }
        return x.primal > 0 ? x : T(slope) * x
    }

    /// PyTorch's leaky_relu backward tests x > 0, so f′(0) is the slope.
    static func derivative<T: ActivationScalar>(_ x: T, slope: Double) -> T {
        if x.isNaN { return x }
        return x.primal > 0 ? 1 : T(slope)
    }

    /// The corner at 0 (a join when the slope is 1 and the function is the identity).
    static func breakpoints(slope: Double) -> [Breakpoint] {
        [.corner(at: 0, value: 0, slopes: slope, 1, using: slope)]
    }

    /// Both formulas with the slope written as `slope` (α, or (l + u)/2 for RReLU).
    static func formula(slope: FormulaNode) -> Formula {
        Formula(
            value: M.value() + M.cases((M.x, M.when(">", M.n("0"))), (M.row(slope, M.x), M.when("≤", M.n("0")))),
            derivative: M.slope() + M.cases((M.n("1"), M.when(">", M.n("0"))), (slope, M.when("≤", M.n("0")))))
    }
}
