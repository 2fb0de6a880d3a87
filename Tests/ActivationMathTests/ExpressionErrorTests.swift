import Foundation
import Testing

@testable import ActivationMath

@Suite("Expression errors: a caret under the fault, bounded input")
struct ExpressionErrorTests {
    private func failure(_ text: String) -> ExpressionError? {
        do {
            _ = try MathExpression(text)
            return nil
        } catch {
            return error
        }
    }

    @Test("the documented example shows the expression and a caret under the fault")
    func documentedExample() throws {
        let error = try #require(failure("x * sigmoid(1.702 * )"))
        #expect(
            error.description == """
                x * sigmoid(1.702 * )
                                    ^ expected a number, x, a function or '(' here
                """)
    }

    @Test(
        "each fault is reported where it is",
        arguments: [
            ("(x + 1", 6, "expected ')' to close the '(' at column 1"),
            ("x)", 1, "no matching '('"),
            ("2 x", 2, "expected an operator"),
            ("2e", 1, "expected an operator"),
            ("x + y", 4, "unknown name 'y'"),
            ("sigmoud(x)", 0, "did you mean sigmoid"),
            ("x * sigmod(x)", 4, "did you mean sigmoid"),
            ("foo(x)", 0, "unknown function 'foo'"),
            ("min(x)", 0, "min takes 2 arguments, not 1"),
            ("exp(x, 2)", 0, "exp takes 1 argument, not 2"),
            ("sigmoid", 0, "is a function; write sigmoid(...)"),
            ("x # 2", 2, "unexpected character '#'"),
            ("1e999 * x", 0, "too large"),
            (".", 0, "is not a number"),
            ("1.2.3", 3, "expected an operator"),
            ("exp(x", 5, "expected ',' or ')' to close the '(' of exp at column 4"),
            ("x +", 3, "expected a number, x, a function or '(' here"),
        ])
    func located(input: String, offset: Int, fragment: String) throws {
        let error = try #require(failure(input))
        #expect(error.offset == offset, "\(error)")
        #expect(error.message.contains(fragment), "\(error.message)")
        let caretLine = try #require(error.description.split(separator: "\n").last)
        #expect(caretLine.firstIndex(of: "^").map { caretLine.distance(from: caretLine.startIndex, to: $0) } == offset)
    }

    @Test("a hyphenated id, which reads as a subtraction, gets the spelling with '_'")
    func hyphenatedIDs() throws {
        for a in Catalogue.all where a.id.contains("-") {
            let error = try #require(failure("\(a.id)(x)"), "\(a.id)(x) parsed as a subtraction")
            #expect(error.offset == 0 && error.message.contains(a.id.replacingOccurrences(of: "-", with: "_")), "\(error)")
        }
    }

    @Test("tabs and line breaks show as spaces so the caret stays aligned")
    func whitespace() throws {
        let error = try #require(failure("x\t+\n#"))
        #expect(error.description == "x + #\n    ^ " + error.message)
    }

    @Test("empty and over-long input are refused as a whole")
    func wholeInput() throws {
        #expect(failure("")?.offset == nil)
        #expect(failure("   ")?.message.contains("empty") == true)
        let long = String(repeating: "x+", count: 500) + "x"
        #expect(failure(long)?.message.contains("at most 1000") == true)
        #expect(failure(String(long.dropLast(2))) == nil)
    }

    @Test("nesting is bounded at 100 levels of parentheses, signs or powers")
    func depth() throws {
        let parens = { (n: Int) in String(repeating: "(", count: n) + "x" + String(repeating: ")", count: n) }
        #expect(failure(parens(MathExpression.maxDepth)) == nil)
        #expect(failure(parens(MathExpression.maxDepth + 1))?.message.contains("nested deeper") == true)
        let signs = { (n: Int) in String(repeating: "-", count: n) + "x" }
        #expect(failure(signs(MathExpression.maxDepth)) == nil)
        #expect(failure(signs(MathExpression.maxDepth + 1))?.message.contains("nested deeper") == true)
        let calls = { (n: Int) in String(repeating: "exp(", count: n) + "x" + String(repeating: ")", count: n) }
        #expect(failure(calls(MathExpression.maxDepth + 1))?.message.contains("nested deeper") == true)
    }

    @Test("the deepest and longest accepted inputs evaluate, also over nested dual numbers")
    func worstCases() throws {
        let chain = try MathExpression(String(repeating: "x+", count: 499) + "x")
        #expect(chain.evaluate(at: 1.0) == 500)
        #expect(chain.derivative(at: 1.0) == 500)
        let tower = try MathExpression(String(repeating: "x^", count: 99) + "x")
        #expect(tower.evaluate(at: 1.0) == 1)
        let nested = try MathExpression(String(repeating: "-(", count: 50) + "x" + String(repeating: ")", count: 50))
        #expect(nested.evaluate(at: Dual(Dual(2.0, 1), Dual(1, 0))).value.value == 2)
    }
}
