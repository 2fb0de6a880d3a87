/// min(max(0, x), 6): ReLU capped at 6 so that activations fit low-precision arithmetic on
/// mobile hardware (MobileNet).
public struct ReLU6: Activation {
    /// Creates the catalogue entry.
    public init() {}
    public var id: String { "relu6" }
    /// Both corners, at 0 and 6, with room on either side.
    public var defaultRange: ClosedRange<Double> { -3...9 }
    public var properties: ActivationProperties {
        ActivationProperties(
            range: "[0, 6]", derivativeRange: "{0, 1}", monotonic: true,
            saturatesLeft: true, saturatesRight: true, continuity: .c0,
            pytorch: "torch.nn.functional.relu6", keras: "keras.activations.relu6", jax: "jax.nn.relu6")
    }
    public var formula: Formula {
        Formula(
            value: M.value() + M.apply("min", M.apply("max", M.n("0"), M.o(","), M.x), M.o(","), M.n("6")),
            derivative: M.slope()
                + M.cases(
                    (M.n("1"), M.row(M.n("0"), M.o("<"), M.x, M.o("<"), M.n("6"))),
                    (M.n("0"), M.row(M.x, M.o("∉"), M.paren(M.n("0"), M.o(","), M.n("6"))))))
    }
    @_specialize(where T == Double)
    public func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN { return x }
        if x.primal <= 0 { return 0 }
        return x.primal >= 6 ? 6 : x
    }
    @_specialize(where T == Double)
    public func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN { return x }
        return x.primal > 0 && x.primal < 6 ? 1 : 0
    }
    /// PyTorch computes ReLU6 as hardtanh(x, 0, 6), whose gradient is 0 at both ends.
    public func breakpoints(_ parameters: ParameterValues) -> [Breakpoint] {
        [.corner(at: 0, value: 0, slopes: 0, 1, using: 0), .corner(at: 6, value: 6, slopes: 1, 0, using: 0)]
    }
}
