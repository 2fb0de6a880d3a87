import Foundation
import Testing

@testable import ActivationMath

@Suite("Expression derivatives by dual numbers")
struct ExpressionDerivativeTests {
    static func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }

    typealias Case = (text: String, derivative: @Sendable (Double) -> Double)
    static let cases: [Case] = [
        ("x ^ 3", { x in 3 * x * x }),
        ("x ^ -2", { x in -2 / (x * x * x) }),
        ("x ^ 2.5", { x in 2.5 * pow(x, 1.5) }),
        ("2 ^ x", { x in log(2) * pow(2, x) }),
        ("sin(x) * exp(x)", { x in (cos(x) + sin(x)) * exp(x) }),
        ("log1p(x ^ 2)", { x in 2 * x / (1 + x * x) }),
        ("sqrt(x)", { x in 0.5 / sqrt(x) }),
        ("1 / x", { x in -1 / (x * x) }),
        ("tanh(2 * x) - x", { x in 2 * (1 - tanh(2 * x) * tanh(2 * x)) - 1 }),
        ("erf(x / sqrt(2))", { x in exp(-x * x / 2) * sqrt(2 / Double.pi) }),
        ("atan(x) + cos(x)", { x in 1 / (1 + x * x) - sin(x) }),
        ("expm1(x) * log(x + 3)", { x in exp(x) * log(x + 3) + expm1(x) / (x + 3) }),
        (
            "x * sigmoid(1.702 * x)",
            { x in
                let s = sigmoid(1.702 * x)
                return s + 1.702 * x * s * (1 - s)
            }
        ),
    ]

    @Test("the dual-number derivative equals the analytic one", arguments: cases)
    func analytic(text: String, derivative: @Sendable (Double) -> Double) throws {
        let e = try MathExpression(text)
        for x in [0.3, 0.9, 1.7, 2.6] {
            let expected = derivative(x)
            let got = e.derivative(at: x)
            #expect(abs(got - expected) <= 1e-14 * max(1, abs(expected)), "\(text) at \(x): \(got) vs \(expected)")
        }
    }

    @Test("integer powers differentiate exactly")
    func exactPowers() throws {
        #expect(try MathExpression("x ^ 3").derivative(at: 2.0) == 12)
        #expect(try MathExpression("x ^ 3").derivative(at: -2.0) == 12)
        #expect(try MathExpression("x ^ 0").derivative(at: 5.0) == 0)
    }

    @Test("abs, min and max follow the autograd conventions at their corners")
    func corners() throws {
        #expect(try MathExpression("abs(x)").derivative(at: 0.0) == 0)
        #expect(try MathExpression("abs(x)").evaluate(at: -0.0).sign == .plus)
        #expect(try MathExpression("abs(x)").derivative(at: -2.0) == -1)
        #expect(try MathExpression("max(x, 0)").derivative(at: 1.0) == 1)
        #expect(try MathExpression("max(x, 0)").derivative(at: -1.0) == 0)
        #expect(try MathExpression("min(2 * x, x)").derivative(at: -1.0) == 2)
    }

    @Test("a catalogue function inside an expression uses its hand-written derivative")
    func chainRuleUsesEntry() {
        // An entry whose derivative is deliberately not the derivative of its value: if the
        // evaluator differentiated the value formula, the tangent would be 2, not 7.
        struct Marked: Activation {
            var id: String { "marked" }
            var properties: ActivationProperties {
                ActivationProperties(
                    range: "ℝ", derivativeRange: "{7}", monotonic: true, saturatesLeft: false,
                    saturatesRight: false, continuity: .smooth, pytorch: nil, keras: nil, jax: nil)
            }
            var formula: Formula { Formula(value: .sequence([]), derivative: .sequence([])) }
            func value<T: ActivationScalar>(_ x: T, _ p: ParameterValues) -> T { 2 * x }
            func derivative<T: ActivationScalar>(_ x: T, _ p: ParameterValues) -> T { 7 }
        }
        let inner = Dual(3.0, 5)  // d(inner)/dx = 5
        let result = ExpressionNode.apply(Marked(), ParameterValues(specs: []), inner)
        #expect(result.value == 6)
        #expect(result.tangent == 35)
        #expect(ExpressionNode.apply(Marked(), ParameterValues(specs: []), 3.0) == 6)
    }

    @Test("sigmoid inside an expression keeps its derivative in the tail")
    func tail() throws {
        let e = try MathExpression("sigmoid(x)")
        let s = Sigmoid()
        #expect(e.derivative(at: 40.0) == s.derivative(40.0, s.defaultParameters))
        #expect(e.derivative(at: 40.0) > 0)
    }

    @Test("second derivatives through nested dual numbers")
    func second() throws {
        let e = try MathExpression("x ^ 3 + sin(x)")
        let x = 0.8
        let d2 = e.evaluate(at: Dual(Dual(x, 1), Dual(1, 0))).tangent.tangent
        #expect(abs(d2 - (6 * x - sin(x))) < 1e-14)
    }
}

@Suite("Expression derivatives where the function is undefined")
struct ExpressionUndefinedTests {
    @Test("where f is NaN, f′ is NaN as well, in every precision")
    func nanDerivative() throws {
        let e = try MathExpression("log(x)")
        #expect(e.evaluate(at: -1.0).isNaN)
        #expect(e.derivative(at: -1.0).isNaN)
        #expect(e.derivative(at: Float(-1)).isNaN)
        #expect(try MathExpression("x ^ 1.5").derivative(at: -1.0).isNaN)
        #expect(e.derivative(at: 2.0) == 0.5)
    }
}
