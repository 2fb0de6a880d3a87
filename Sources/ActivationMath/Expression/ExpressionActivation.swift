/// A user's formula as an activation, so it is drawn, tabulated and evaluated like the
/// catalogue's entries.
///
/// The derivative comes from dual numbers, exact to rounding; nothing else about the function
/// is known, so the properties claim nothing (ranges "—", every flag false, continuity
/// "discontinuous", the weakest claim) and there are no breakpoints: where the formula is not
/// finite the figures break the curve on their own.
public struct ExpressionActivation: Activation {
    /// The parsed formula.
    public let expression: MathExpression
    /// File-safe id derived from the name: see `CustomName.id(from:)`.
    public let id: String
    /// The name as the user gave it (one line, bounded), the same in every language.
    public let name: String

    /// An activation computing `expression`, called `name`.
    public init(_ expression: MathExpression, name: String = CustomName.fallback) {
        self.expression = expression
        id = CustomName.id(from: name)
        self.name = CustomName.displayName(from: name)
    }

    /// Nothing is known about a user's formula, so nothing is claimed.
    public var properties: ActivationProperties {
        ActivationProperties(
            range: "—", derivativeRange: "—", monotonic: false,
            saturatesLeft: false, saturatesRight: false, continuity: .discontinuous,
            pytorch: nil, keras: nil, jax: nil)
    }

    /// The formula as parsed, and its derivative stated as d/dx of it.
    public var formula: Formula { expression.formula(named: name) }

    /// The user's name, shown as typed.
    public var displayName: String? { name }

    /// A formula can have a pole, a gap or a jump anywhere: figures have to search for them.
    public var declaresEveryBreak: Bool { false }

    /// f(x).
    public func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        expression.evaluate(at: x)
    }

    /// f′(x) by forward-mode differentiation.
    public func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        expression.derivative(at: x)
    }
}
