extension ExpressionNode {
    /// The node's value at `x`. Over `Dual` numbers this is forward-mode differentiation: the
    /// tangent of the result is the exact derivative, with no formula from the user.
    func evaluate<T: ActivationScalar>(at x: T) -> T {
        switch self {
        case .number(let value, _): T(value)
        case .variable: x
        case .constant(let c): T(c.value)
        case .negate(let a): -a.evaluate(at: x)
        case .binary(let op, let a, let b):
            switch op {
            case .add: a.evaluate(at: x) + b.evaluate(at: x)
            case .subtract: a.evaluate(at: x) - b.evaluate(at: x)
            case .multiply: a.evaluate(at: x) * b.evaluate(at: x)
            case .divide: a.evaluate(at: x) / b.evaluate(at: x)
            }
        case .power(let a, let b, let whole):
            if let whole { Self.power(a.evaluate(at: x), whole) } else { Self.power(a.evaluate(at: x), b.evaluate(at: x)) }
        case .unary(let f, let a): f.apply(a.evaluate(at: x))
        case .pair(let f, let a, let b): f.apply(a.evaluate(at: x), b.evaluate(at: x))
        case .activation(let activation, let parameters, let a):
            Self.apply(activation, parameters, a.evaluate(at: x))
        }
    }

    /// aⁿ by binary powering: exact for small n, defined for negative a, and over dual numbers
    /// the product rule yields n·aⁿ⁻¹ without a logarithm.
    static func power<T: ActivationScalar>(_ a: T, _ n: Int) -> T {
        var result: T = 1
        var square = a
        var k = n.magnitude
        while k > 0 {
            if k & 1 == 1 { result = result * square }
            k >>= 1
            if k > 0 { square = square * square }
        }
        return n < 0 ? 1 / result : result
    }

    /// aᵇ = e^(b·log a) for a non-whole exponent, which needs a > 0; elsewhere NaN, which the
    /// figures show as a gap and `eval` prints as "nan".
    static func power<T: ActivationScalar>(_ a: T, _ b: T) -> T {
        a.primal > 0 ? T.exp(b * T.log(a)) : T(Double.nan)
    }

    /// A catalogue activation inside an expression. Plain numbers use its value; dual numbers
    /// use its hand-written derivative through the chain rule, which keeps full precision in
    /// the tails and follows PyTorch's convention at kinks, where differentiating the value
    /// formula would not.
    static func apply<T: ActivationScalar>(_ activation: any Activation, _ parameters: ParameterValues, _ a: T) -> T {
        if let dual = T.self as? any ChainRuleScalar.Type,
            let result = dual.applying(activation, parameters, toAny: a) as? T
        {
            return result
        }
        return activation.value(a, parameters)
    }
}

/// A number type that applies a catalogue activation by the chain rule (dual numbers).
protocol ChainRuleScalar {
    /// f applied to `x` when `x` is of this type, otherwise nil.
    static func applying(_ activation: any Activation, _ parameters: ParameterValues, toAny x: Any) -> Any?
}

extension Dual: ChainRuleScalar {
    static func applying(_ activation: any Activation, _ parameters: ParameterValues, toAny x: Any) -> Any? {
        guard let x = x as? Dual else { return nil }
        return Dual(activation.value(x.value, parameters), activation.derivative(x.value, parameters) * x.tangent)
    }
}
