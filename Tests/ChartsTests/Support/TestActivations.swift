import ActivationMath

// Piecewise functions for drawing tests only; the catalogue's own entries live in ActivationMath.

/// max(0, x): a kink in f, a jump in f′ (f′(0) = 0 by PyTorch's convention).
struct TestRamp: Activation {
    var id: String { "test-ramp" }
    var properties: ActivationProperties {
        ActivationProperties(
            range: "[0, ∞)", derivativeRange: "{0, 1}", monotonic: true, saturatesLeft: true,
            saturatesRight: false, continuity: .c0, pytorch: nil, keras: nil, jax: nil)
    }
    var formula: Formula { Formula(value: .sequence([]), derivative: .sequence([])) }
    func value<T: ActivationScalar>(_ x: T, _ p: ParameterValues) -> T { x.primal > 0 ? x : 0 }
    func derivative<T: ActivationScalar>(_ x: T, _ p: ParameterValues) -> T { x.primal > 0 ? 1 : 0 }
    func breakpoints(_ p: ParameterValues) -> [Breakpoint] {
        [Breakpoint(x: 0, kind: .kink, value: .init(continuous: 0), derivative: .init(left: 0, right: 1, at: 0))]
    }
}

/// 1 for x ≥ 0, else 0: f itself jumps.
struct TestStep: Activation {
    var id: String { "test-step" }
    var properties: ActivationProperties {
        ActivationProperties(
            range: "{0, 1}", derivativeRange: "{0}", monotonic: true, saturatesLeft: true,
            saturatesRight: true, continuity: .discontinuous, pytorch: nil, keras: nil, jax: nil)
    }
    var formula: Formula { Formula(value: .sequence([]), derivative: .sequence([])) }
    func value<T: ActivationScalar>(_ x: T, _ p: ParameterValues) -> T { x.primal >= 0 ? 1 : 0 }
    func derivative<T: ActivationScalar>(_ x: T, _ p: ParameterValues) -> T { 0 }
    func breakpoints(_ p: ParameterValues) -> [Breakpoint] {
        [Breakpoint(x: 0, kind: .jump, value: .init(left: 0, right: 1, at: 1), derivative: .init(continuous: 0))]
    }
}

/// x where |x| > 0.5, else 0: f jumps at ±0.5 and takes 0 there, as PyTorch's hardshrink does.
struct TestShrink: Activation {
    var id: String { "test-shrink" }
    var properties: ActivationProperties {
        ActivationProperties(
            range: "ℝ", derivativeRange: "{0, 1}", monotonic: false, saturatesLeft: false,
            saturatesRight: false, continuity: .discontinuous, pytorch: nil, keras: nil, jax: nil)
    }
    var formula: Formula { Formula(value: .sequence([]), derivative: .sequence([])) }
    var defaultRange: ClosedRange<Double> { -2...2 }
    func value<T: ActivationScalar>(_ x: T, _ p: ParameterValues) -> T { abs(x.primal) > 0.5 ? x : 0 }
    func derivative<T: ActivationScalar>(_ x: T, _ p: ParameterValues) -> T { abs(x.primal) > 0.5 ? 1 : 0 }
    func breakpoints(_ p: ParameterValues) -> [Breakpoint] {
        [
            Breakpoint(x: -0.5, kind: .jump, value: .init(left: -0.5, right: 0, at: 0), derivative: .init(left: 1, right: 0, at: 0)),
            Breakpoint(x: 0.5, kind: .jump, value: .init(left: 0, right: 0.5, at: 0), derivative: .init(left: 0, right: 1, at: 0)),
        ]
    }
}
