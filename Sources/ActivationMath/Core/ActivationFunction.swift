/// The mathematics of an activation: everything a figure, a sample grid or a property check
/// needs to evaluate and draw it, and nothing a catalogue or a page uses to name or describe it.
///
/// `value` and `derivative` are generic so that one formula serves `Float` (to reproduce the
/// frameworks' float32 outputs), `Double`, and `Dual` numbers (to cross-check the derivative).
/// `derivative` is written by hand in a form that keeps full precision in the tails, where the
/// dual-number derivative of the value formula would lose it (for example σ(x)(1 − σ(x)) at x = 40).
///
/// Conformers mark `value` and `derivative` `@_specialize(where T == Double)`: figures call them
/// through `any ActivationFunction`, where the unspecialised double-word arithmetic spent about
/// 90 % of a figure's time looking up generic metadata (measured with callgrind).
public protocol ActivationFunction: Sendable {
    /// Tunable parameters with their defaults and valid domains.
    var parameters: [ParameterSpec] { get }
    /// Orders between parameters that their separate domains cannot express (lower ≤ upper).
    var parameterConstraints: [ParameterConstraint] { get }
    /// The x range a figure shows by default: wide enough to show the function's behaviour.
    var defaultRange: ClosedRange<Double> { get }

    /// f(x) for the given parameters.
    func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T
    /// f′(x), exact in the tails; at a breakpoint, the value PyTorch's autograd uses.
    func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T
    /// f(x) in `Double`: what figures and tables call. A requirement of its own, so that a call
    /// through `any ActivationFunction` reaches the `Double` code directly; through the generic
    /// requirement every call first looked up the metadata of `DoubleWord<Double>`, 13 million
    /// instructions of the 16-figure benchmark (callgrind). The default forwards to `value`.
    func value(_ x: Double, _ parameters: ParameterValues) -> Double
    /// f′(x) in `Double`; see `value(_:_:)` for why it is a requirement of its own.
    func derivative(_ x: Double, _ parameters: ParameterValues) -> Double
    /// f(x) and f′(x) together, the same numbers `value` and `derivative` give. A function whose
    /// two formulas share their costly part computes it once: GELU's Φ(x) (an erfc summed to
    /// about 100 bits), Mish's tanh(softplus x) and its slope. The alt text's measurements take
    /// both at 1 201 points of every figure.
    func valueAndDerivative(_ x: Double, _ parameters: ParameterValues) -> (value: Double, derivative: Double)
    /// Points where the piecewise definition changes, with both one-sided limits, sorted by x.
    func breakpoints(_ parameters: ParameterValues) -> [Breakpoint]
    /// Whether `breakpoints` names every point where f or f′ is not smooth, and both are finite
    /// everywhere else. Figures then trust the list rather than search between samples for
    /// poles, gaps and undeclared jumps, and evaluate no more grid points than the page resolves.
    var declaresEveryBreak: Bool { get }
    /// The smallest p > 0 with f(x + p) = f(x) for every x, for a periodic function (2π for
    /// sin x); nil for the rest. Figures tick a periodic function's x axis in multiples of π.
    var period: Double? { get }
}

extension ActivationFunction {
    /// The generic `value` with `T` = `Double`, specialized for each conforming type.
    public func value(_ x: Double, _ parameters: ParameterValues) -> Double { genericValue(x, parameters) }

    /// The generic `derivative` with `T` = `Double`, specialized for each conforming type.
    public func derivative(_ x: Double, _ parameters: ParameterValues) -> Double { genericDerivative(x, parameters) }

    /// The two calls, for functions whose formulas share nothing worth computing once.
    public func valueAndDerivative(_ x: Double, _ parameters: ParameterValues) -> (value: Double, derivative: Double) {
        (value(x, parameters), derivative(x, parameters))
    }

    /// The generic requirement: with `x` of a generic type, overload resolution cannot pick the
    /// `Double` one, which forwards here.
    private func genericValue<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T { value(x, parameters) }

    /// The generic requirement; see `genericValue`.
    private func genericDerivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T { derivative(x, parameters) }

    /// The default parameter values.
    public var defaultParameters: ParameterValues { ParameterValues(specs: parameters) }
    /// Most activations are smooth everywhere.
    public func breakpoints(_ parameters: ParameterValues) -> [Breakpoint] { [] }
    /// The catalogue's entries declare all their breaks; the tests check each against a search.
    public var declaresEveryBreak: Bool { true }
    /// Activations are not periodic, sin x aside.
    public var period: Double? { nil }
    /// Most activations take no parameters.
    public var parameters: [ParameterSpec] { [] }
    /// Most parameters are independent of each other.
    public var parameterConstraints: [ParameterConstraint] { [] }
    /// The window the documents use for sigmoid and tanh is too wide for most others.
    public var defaultRange: ClosedRange<Double> { -5...5 }
}
