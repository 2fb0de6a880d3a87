/// Soft shrinkage (soft thresholding): moves every input λ towards zero and zeroes the band
/// [−λ, λ]; the proximal step of L1 regularisation, as in sparse coding.
public struct Softshrink: Activation {
    /// Creates the catalogue entry.
    public init() {}
    public var id: String { "softshrink" }
    public var aliases: [String] { ["soft-shrink", "soft-threshold"] }
    /// The `lambda` parameter, for reading its value in the formulas below.
    public static let lambda = ParameterKey("lambda")
    public var parameters: [ParameterSpec] {
        [ParameterSpec(Self.lambda, default: 0.5, domain: .positive, aliases: ["lambd", "threshold"])]
    }
    public var defaultRange: ClosedRange<Double> { -2...2 }
    public var properties: ActivationProperties {
        ActivationProperties(
            range: "(−∞, ∞)", derivativeRange: "{0, 1}", monotonic: true,
            saturatesLeft: false, saturatesRight: false, continuity: .c0,
            pytorch: "torch.nn.functional.softshrink", keras: "keras.activations.soft_shrink", jax: nil)
    }
    public var formula: Formula {
        let lambda = M.i("λ")
        return Formula(
            value: M.value()
                + M.cases(
                    (M.row(M.x, M.minus, lambda), M.when(">", lambda)),
                    (M.row(M.x, M.o("+"), lambda), M.when("<", M.row(M.minus, lambda))),
                    (M.n("0"), M.row(M.abs(M.x), M.o("≤"), lambda))),
            derivative: M.slope() + Shrinkage.slopeCases)
    }
    @_specialize(where T == Double)
    public func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN { return x }
        let lambda = parameters[Self.lambda]
        if x.primal > lambda { return x - T(lambda) }
        if x.primal < -lambda { return x + T(lambda) }
        return 0
    }
    @_specialize(where T == Double)
    public func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        Shrinkage.slope(x, lambda: parameters[Self.lambda])
    }
    /// PyTorch's gradient is 0 on the closed band, so f′(±λ) = 0.
    public func breakpoints(_ parameters: ParameterValues) -> [Breakpoint] {
        let lambda = parameters[Self.lambda]
        return [.corner(at: -lambda, value: 0, slopes: 1, 0, using: 0), .corner(at: lambda, value: 0, slopes: 0, 1, using: 0)]
    }
}

/// Hard shrinkage (hard thresholding): keeps inputs beyond ±λ unchanged and zeroes the band
/// [−λ, λ], jumping at its edges.
public struct Hardshrink: Activation {
    /// Creates the catalogue entry.
    public init() {}
    public var id: String { "hardshrink" }
    public var aliases: [String] { ["hard-shrink", "hard-threshold"] }
    /// The `lambda` parameter, for reading its value in the formulas below.
    public static let lambda = ParameterKey("lambda")
    public var parameters: [ParameterSpec] {
        [ParameterSpec(Self.lambda, default: 0.5, domain: .positive, aliases: ["lambd", "threshold"])]
    }
    public var defaultRange: ClosedRange<Double> { -2...2 }
    public var properties: ActivationProperties {
        ActivationProperties(
            range: "(−∞, −0.5) ∪ {0} ∪ (0.5, ∞)", derivativeRange: "{0, 1}", monotonic: true,
            saturatesLeft: false, saturatesRight: false, continuity: .discontinuous,
            pytorch: "torch.nn.functional.hardshrink", keras: "keras.activations.hard_shrink", jax: nil)
    }
    public var formula: Formula {
        let lambda = M.i("λ")
        return Formula(
            value: M.value() + M.cases((M.x, M.row(M.abs(M.x), M.o(">"), lambda)), (M.n("0"), M.row(M.abs(M.x), M.o("≤"), lambda))),
            derivative: M.slope() + Shrinkage.slopeCases)
    }
    @_specialize(where T == Double)
    public func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN { return x }
        return abs(x.primal) > parameters[Self.lambda] ? x : 0
    }
    @_specialize(where T == Double)
    public func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        Shrinkage.slope(x, lambda: parameters[Self.lambda])
    }
    /// PyTorch zeroes the closed band, so f(±λ) = 0 and f′(±λ) = 0: the filled dots sit on the
    /// band, the hollow ones at ±λ.
    public func breakpoints(_ parameters: ParameterValues) -> [Breakpoint] {
        let lambda = parameters[Self.lambda]
        return [
            .jump(at: -lambda, value: .init(left: -lambda, right: 0, at: 0), derivative: .init(left: 1, right: 0, at: 0)),
            .jump(at: lambda, value: .init(left: 0, right: lambda, at: 0), derivative: .init(left: 0, right: 1, at: 0)),
        ]
    }
}

/// What the two shrinkages share: slope 1 outside the band, 0 on the closed band.
enum Shrinkage {
    /// 1 for |x| > λ, else 0.
    static func slope<T: ActivationScalar>(_ x: T, lambda: Double) -> T {
        if x.isNaN { return x }
        return abs(x.primal) > lambda ? 1 : 0
    }

    /// The derivative's cases.
    static var slopeCases: FormulaNode {
        M.cases((M.n("1"), M.row(M.abs(M.x), M.o(">"), M.i("λ"))), (M.n("0"), M.row(M.abs(M.x), M.o("≤"), M.i("λ"))))
    }
}
