/// A parsed custom expression: the tree the parser builds and the evaluator walks.
indirect enum ExpressionNode: Sendable {
    /// A literal, with the text the user wrote for it (shown in the formula).
    case number(Double, text: String)
    /// The variable x.
    case variable
    /// π or e.
    case constant(MathConstant)
    /// −a.
    case negate(ExpressionNode)
    /// a + b, a − b, a · b, a / b.
    case binary(BinaryOperator, ExpressionNode, ExpressionNode)
    /// a ^ b; `wholeExponent` is set when b is a constant whole number, evaluated by
    /// multiplication so that negative bases and the exact derivative n·aⁿ⁻¹ work.
    case power(ExpressionNode, ExpressionNode, wholeExponent: Int?)
    /// A one-argument elementary function.
    case unary(UnaryFunction, ExpressionNode)
    /// min or max.
    case pair(PairFunction, ExpressionNode, ExpressionNode)
    /// A catalogue activation at its default parameters.
    case activation(any Activation, ParameterValues, ExpressionNode)

    /// Whether x occurs anywhere below this node.
    var containsVariable: Bool {
        switch self {
        case .number, .constant: false
        case .variable: true
        case .negate(let a), .unary(_, let a), .activation(_, _, let a): a.containsVariable
        case .binary(_, let a, let b), .power(let a, let b, _), .pair(_, let a, let b):
            a.containsVariable || b.containsVariable
        }
    }
}

/// The four arithmetic operators.
enum BinaryOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/"
}

/// Named constants.
enum MathConstant: String, Sendable, CaseIterable {
    case pi, e

    /// The constant rounded to a double.
    var value: Double {
        switch self {
        case .pi: Double.pi
        case .e: 2.718281828459045235360287471352662498
        }
    }
}

/// The elementary functions of one argument, by the name users type.
enum UnaryFunction: String, Sendable, CaseIterable {
    case exp, log, log1p, expm1, sqrt, abs, sin, cos, tanh, erf, erfc, atan

    /// f(a) in any scalar type; for dual numbers the chain rule comes with the type's operations.
    func apply<T: ActivationScalar>(_ a: T) -> T {
        switch self {
        case .exp: T.exp(a)
        case .log: T.log(a)
        case .log1p: T.log(onePlus: a)
        case .expm1: T.expMinusOne(a)
        case .sqrt: T.sqrt(a)
        // |x|′(0) = 0, as PyTorch's autograd has it; a − a is +0 with a zero tangent.
        case .abs: a.primal == 0 ? a - a : T.magnitude(a)
        case .sin: T.sin(a)
        case .cos: T.cos(a)
        case .tanh: T.tanh(a)
        case .erf: T.erf(a)
        case .erfc: T.erfc(a)
        case .atan: T.atan(a)
        }
    }
}

/// The functions of two arguments.
enum PairFunction: String, Sendable, CaseIterable {
    case min, max

    /// The smaller or larger argument; on a tie the first, whose derivative is then used.
    func apply<T: ActivationScalar>(_ a: T, _ b: T) -> T {
        switch self {
        case .min: T.minimum(a, b)
        case .max: T.maximum(a, b)
        }
    }
}
