/// Facts about an activation for the properties table and for the tests that check them.
public struct ActivationProperties: Sendable, Hashable {
    /// How smooth f is everywhere.
    public enum Continuity: String, Sendable, Hashable, CaseIterable {
        /// f jumps somewhere.
        case discontinuous
        /// Continuous with a corner (C⁰).
        case c0
        /// Continuously differentiable, not twice (C¹).
        case c1
        /// Twice continuously differentiable (C²), not smoother everywhere.
        case c2
        /// Smooth (C^∞).
        case smooth
    }

    /// The set of values f takes, as text (`(0, 1)`, `[0, ∞)`).
    public var range: String
    /// The set of values f′ takes, as text.
    public var derivativeRange: String
    /// Whether f never decreases.
    public var monotonic: Bool
    /// Whether f′ → 0 as x → −∞.
    public var saturatesLeft: Bool
    /// Whether f′ → 0 as x → +∞.
    public var saturatesRight: Bool
    /// How smooth f is.
    public var continuity: Continuity
    /// The name in PyTorch (`torch.nn.functional`), or nil where it has none.
    public var pytorch: String?
    /// The name in Keras (`keras.activations`), or nil.
    public var keras: String?
    /// The name in JAX (`jax.nn`), or nil.
    public var jax: String?

    /// All facts at once; every one is checked against the formulas by the test suite.
    public init(
        range: String, derivativeRange: String, monotonic: Bool,
        saturatesLeft: Bool, saturatesRight: Bool, continuity: Continuity,
        pytorch: String?, keras: String?, jax: String?
    ) {
        self.range = range
        self.derivativeRange = derivativeRange
        self.monotonic = monotonic
        self.saturatesLeft = saturatesLeft
        self.saturatesRight = saturatesRight
        self.continuity = continuity
        self.pytorch = pytorch
        self.keras = keras
        self.jax = jax
    }
}

/// An activation's formula and derivative as trees; the report writes them as MathML, so
/// they show without JavaScript.
public struct Formula: Sendable, Hashable {
    /// f(x) = …
    public var value: FormulaNode
    /// f′(x) = …
    public var derivative: FormulaNode

    /// Both formulas.
    public init(value: FormulaNode, derivative: FormulaNode) {
        self.value = value
        self.derivative = derivative
    }
}
