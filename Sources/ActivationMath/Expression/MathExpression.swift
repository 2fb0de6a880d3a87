/// A user's own activation written as a formula in x, such as `x * sigmoid(1.702 * x)`.
///
/// It reads numbers (`2`, `0.5`, `.5`, `1e-3`), `x`, `+ - * / ^` (`^` right-associative and
/// tighter than unary minus, so `-x^2` is −(x²)), parentheses, the constants `pi` and `e`, the
/// functions exp, log, log1p, expm1, sqrt, abs, sin, cos, tanh, erf, erfc, atan, min(a, b),
/// max(a, b), and every catalogue id or alias as a one-argument function at its default
/// parameters, typed with `_` for `-` (`leaky_relu(x)`). Names ignore case.
public struct MathExpression: Sendable, CustomStringConvertible {
    /// Longest accepted text, in characters.
    public static let maxLength = 1000
    /// Deepest accepted nesting of parentheses, signs, powers and calls.
    public static let maxDepth = 100

    /// The text as given.
    public let source: String
    let root: ExpressionNode

    /// Parses `source`, or throws an error that points at the fault.
    public init(_ source: String) throws(ExpressionError) {
        guard source.count <= Self.maxLength else {
            throw ExpressionError(
                "the expression has \(source.count) characters; at most \(Self.maxLength) are accepted",
                in: source, at: nil)
        }
        var parser = try ExpressionParser(source)
        self.source = source
        root = try parser.parse()
    }

    /// The value at `x` in `Float` or `Double`; over `Dual(x, 1)` the tangent is f′(x).
    public func evaluate<T: ActivationScalar>(at x: T) -> T {
        root.evaluate(at: x)
    }

    /// f′(x), exact up to rounding: forward-mode differentiation with dual numbers. Where f
    /// itself is NaN (log of a negative number) f′ is NaN too, although the dual number's
    /// tangent may hold a finite value there.
    public func derivative<T: ActivationScalar>(at x: T) -> T {
        let result = root.evaluate(at: Dual(x, 1))
        return result.primal.isNaN ? T(Double.nan) : result.tangent
    }

    /// The parsed tree written out with every operation in parentheses, such as
    /// `(-(x ^ 2))`: shows exactly how the text was read.
    public var description: String { root.canonical }
}

extension ExpressionNode {
    /// Fully parenthesised text of the tree.
    var canonical: String {
        switch self {
        case .number(_, let text): text
        case .variable: "x"
        case .constant(let c): c.rawValue
        case .negate(let a): "(-\(a.canonical))"
        case .binary(let op, let a, let b): "(\(a.canonical) \(op.rawValue) \(b.canonical))"
        case .power(let a, let b, _): "(\(a.canonical) ^ \(b.canonical))"
        case .unary(let f, let a): "\(f.rawValue)(\(a.canonical))"
        case .pair(let f, let a, let b): "\(f.rawValue)(\(a.canonical), \(b.canonical))"
        case .activation(let activation, _, let a): "\(ExpressionNames.typed(activation.id))(\(a.canonical))"
        }
    }
}
