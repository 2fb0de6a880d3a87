import Foundation
import Testing

@testable import ActivationMath

@Suite("Expression parser: precedence, associativity, functions")
struct ExpressionParserTests {
    /// The tree as fully parenthesised text: shows how the parser grouped the input.
    private func read(_ text: String) throws -> String { try MathExpression(text).description }

    @Test(
        "precedence and associativity",
        arguments: [
            ("1 + 2 * 3", "(1 + (2 * 3))"),
            ("1 * 2 + 3", "((1 * 2) + 3)"),
            ("x - 1 - 2", "((x - 1) - 2)"),
            ("x / 2 / 4", "((x / 2) / 4)"),
            ("x / 2 * 4", "((x / 2) * 4)"),
            ("2 ^ 3 ^ 2", "(2 ^ (3 ^ 2))"),
            ("-x ^ 2", "(-(x ^ 2))"),
            ("-2 ^ 2", "(-(2 ^ 2))"),
            ("2 ^ -x", "(2 ^ (-x))"),
            ("2 * -x", "(2 * (-x))"),
            ("-x * 2", "((-x) * 2)"),
            ("+x", "x"),
            ("--x", "(-(-x))"),
            ("(x + 1) * 2", "((x + 1) * 2)"),
            ("x ^ 2 * 3", "((x ^ 2) * 3)"),
            ("2 * x ^ 2", "(2 * (x ^ 2))"),
            ("x * sigmoid(1.702 * x)", "(x * sigmoid((1.702 * x)))"),
            ("min(x, 2 * x) + max(0, x)", "(min(x, (2 * x)) + max(0, x))"),
        ])
    func grouping(input: String, expected: String) throws {
        #expect(try read(input) == expected)
    }

    @Test(
        "numbers in every written form",
        arguments: [
            ("1e-3", 1e-3), (".5", 0.5), ("5.", 5.0), ("2.5E+2", 250.0), ("0.000001", 1e-6), ("007", 7.0),
        ])
    func numbers(input: String, value: Double) throws {
        #expect(try MathExpression(input).evaluate(at: 0.0) == value)
    }

    @Test("names ignore case, catalogue aliases are functions, copied signs are read")
    func namesAndSigns() throws {
        #expect(try read("PI * X") == "(pi * x)")
        #expect(try read("Logistic(x)") == "sigmoid(x)")
        #expect(try read("EXPIT(x)") == "sigmoid(x)")
        #expect(try read("2 − x") == "(2 - x)")
        #expect(try read("2 × x · 3") == "((2 * x) * 3)")
        #expect(try MathExpression("π").evaluate(at: 0.0) == Double.pi)
        #expect(try MathExpression("e").evaluate(at: 0.0) == M_E)
    }

    @Test("integer powers multiply, so negative bases work; other powers need a > 0")
    func powers() throws {
        #expect(try MathExpression("x ^ 3").evaluate(at: -2.0) == -8)
        #expect(try MathExpression("x ^ -2").evaluate(at: 2.0) == 0.25)
        #expect(try MathExpression("x ^ (1 + 1)").evaluate(at: -3.0) == 9)
        #expect(try MathExpression("x ^ 0").evaluate(at: 0.0) == 1)
        #expect(try MathExpression("2 ^ 3 ^ 2").evaluate(at: 0.0) == 512)
        #expect(try MathExpression("-x ^ 2").evaluate(at: 3.0) == -9)
        #expect(abs(try MathExpression("x ^ 0.5").evaluate(at: 4.0) - 2) < 1e-15)
        #expect(try MathExpression("x ^ 0.5").evaluate(at: -4.0).isNaN)
        #expect(abs(try MathExpression("2 ^ x").evaluate(at: 0.5) - 2.0.squareRoot()) < 1e-15)
    }

    @Test(
        "every elementary function agrees with the C library",
        arguments: [
            ("exp", 0.7, exp(0.7)), ("log", 0.7, log(0.7)), ("log1p", 1e-10, log1p(1e-10)),
            ("expm1", 1e-10, expm1(1e-10)), ("sqrt", 2.0, sqrt(2.0)), ("abs", -1.5, 1.5),
            ("sin", 0.7, sin(0.7)), ("cos", 0.7, cos(0.7)), ("tanh", 0.7, tanh(0.7)),
            ("erf", 0.7, erf(0.7)), ("erfc", 3.0, erfc(3.0)), ("atan", 0.7, atan(0.7)),
        ])
    func elementary(name: String, x: Double, expected: Double) throws {
        let value = try MathExpression("\(name)(x)").evaluate(at: x)
        #expect(abs(value - expected) <= 2 * expected.ulp, "\(name)(\(x)) = \(value), expected \(expected)")
    }

    @Test("min and max pick the right argument, and a catalogue function equals its entry")
    func pairsAndCatalogue() throws {
        #expect(try MathExpression("min(x, 1 - x)").evaluate(at: 0.8) == 1 - 0.8)
        #expect(try MathExpression("max(x, 1 - x)").evaluate(at: 0.8) == 0.8)
        let sigmoid = Sigmoid()
        for x in [-30.0, -1, 0, 2.5, 40] {
            #expect(try MathExpression("sigmoid(x)").evaluate(at: x) == sigmoid.value(x, sigmoid.defaultParameters))
        }
        for a in Catalogue.all where a.id != "softmax" {
            let typed = a.id.replacingOccurrences(of: "-", with: "_")
            let e = try MathExpression("\(typed)(x)")
            for x in [-2.0, -0.5, 0.5, 3] {
                let expected = a.value(x, a.defaultParameters)
                #expect(e.evaluate(at: x) == expected || (expected.isNaN && e.evaluate(at: x).isNaN), "\(typed)(\(x))")
            }
        }
    }

    @Test("Float evaluation gives the float result of the same formula")
    func float() throws {
        let e = try MathExpression("x * sigmoid(1.702 * x)")
        for x: Float in [-3, -0.5, 0.1, 2] {
            let f = e.evaluate(at: x)
            let d = e.evaluate(at: Double(x))
            #expect(abs(Double(f) - d) <= 4 * Double(f.ulp), "\(x): \(f) vs \(d)")
        }
    }
}
