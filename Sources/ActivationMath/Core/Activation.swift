/// One activation function of the catalogue: what it is called, how it is computed, and what
/// a figure or a table needs to know about it.
///
/// `value` and `derivative` are generic so that one formula serves `Float` (to reproduce the
/// frameworks' float32 outputs), `Double`, and `Dual` numbers (to cross-check the derivative).
/// `derivative` is written by hand in a form that keeps full precision in the tails, where the
/// dual-number derivative of the value formula would lose it (for example σ(x)(1 − σ(x)) at x = 40).
///
/// Entries mark `value` and `derivative` `@_specialize(where T == Double)`: figures call them
/// through `any Activation`, where the unspecialised double-word arithmetic spent about 90 % of
/// a figure's time looking up generic metadata (measured with callgrind).
public protocol Activation: Sendable {
    /// Canonical id, kebab-case: used in file names, the command line and the report's anchors.
    var id: String { get }
    /// The name a user gave a formula of their own, shown as typed in every language; nil for
    /// the catalogue's entries, whose names live in the report's per-language catalogues under
    /// `activation.<id>.name`.
    var displayName: String? { get }
    /// Other names users type (PyTorch, Keras, JAX spellings); matched case-insensitively.
    var aliases: [String] { get }
    /// Tunable parameters with their defaults and valid domains.
    var parameters: [ParameterSpec] { get }
    /// Orders between parameters that their separate domains cannot express (lower ≤ upper).
    var parameterConstraints: [ParameterConstraint] { get }
    /// Facts for the properties table, true for the default parameters.
    var properties: ActivationProperties { get }
    /// Formula and derivative as trees, for the report.
    var formula: Formula { get }
    /// The x range a figure shows by default: wide enough to show the function's behaviour.
    var defaultRange: ClosedRange<Double> { get }

    /// f(x) for the given parameters.
    func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T
    /// f′(x), exact in the tails; at a breakpoint, the value PyTorch's autograd uses.
    func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T
    /// Points where the piecewise definition changes, with both one-sided limits, sorted by x.
    func breakpoints(_ parameters: ParameterValues) -> [Breakpoint]
    /// Whether `breakpoints` names every point where f or f′ is not smooth, and both are finite
    /// everywhere else. Figures then trust the list rather than search between samples for
    /// poles, gaps and undeclared jumps, and evaluate no more grid points than the page resolves.
    var declaresEveryBreak: Bool { get }
}

extension Activation {
    /// The default parameter values.
    public var defaultParameters: ParameterValues { ParameterValues(specs: parameters) }
    /// Most activations are smooth everywhere.
    public func breakpoints(_ parameters: ParameterValues) -> [Breakpoint] { [] }
    /// The catalogue's entries declare all their breaks; the tests check each against a search.
    public var declaresEveryBreak: Bool { true }
    /// Most activations take no parameters.
    public var parameters: [ParameterSpec] { [] }
    /// Most parameters are independent of each other.
    public var parameterConstraints: [ParameterConstraint] { [] }
    /// Most activations have no other name.
    public var aliases: [String] { [] }
    /// The catalogue's entries are named by the report's string catalogues.
    public var displayName: String? { nil }
    /// The window the documents use for sigmoid and tanh is too wide for most others.
    public var defaultRange: ClosedRange<Double> { -5...5 }
}
