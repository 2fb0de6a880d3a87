import PropertyBased
import Testing

@testable import ActivationMath

@Suite("Custom activations and their names")
struct ExpressionActivationTests {
    @Test("a custom activation evaluates its formula and differentiates it")
    func activation() throws {
        let a = ExpressionActivation(try MathExpression("x * sigmoid(1.702 * x)"), name: "quick-gelu")
        #expect(a.id == "quick-gelu")
        #expect(a.name == "quick-gelu" && a.displayName == "quick-gelu")
        #expect(a.value(0.0, a.defaultParameters) == 0)
        #expect(a.derivative(0.0, a.defaultParameters) == 0.5)
        #expect(a.breakpoints(a.defaultParameters).isEmpty)
        #expect(a.properties.range == "—" && !a.properties.monotonic)
        #expect(ExpressionActivation(try MathExpression("x")).id == CustomName.fallback)
    }

    @Test(
        "file ids hold only a-z, 0-9 and single hyphens",
        arguments: [
            ("quick-gelu", "quick-gelu"), ("Quick GELU/v2", "quick-gelu-v2"), ("../../etc/passwd", "etc-passwd"),
            (".hidden", "hidden"), ("a..b", "a-b"), ("C:\\temp\\x", "c-temp-x"), ("", "custom"), ("门控", "custom"),
            ("--x--", "x"), ("swish_β", "swish"),
        ])
    func ids(name: String, id: String) {
        #expect(CustomName.id(from: name) == id)
    }

    @Test("every name gives a safe, bounded file id")
    func idProperty() async {
        await propertyCheck(input: Gen.latin1.string(of: 0...200)) { name in
            let id = CustomName.id(from: name)
            #expect(id.count <= CustomName.maxIDLength && !id.isEmpty)
            #expect(id.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
            #expect(!id.hasPrefix("-") && !id.hasSuffix("-") && !id.contains("--"))
        }
    }

    @Test("display names stay on one bounded line")
    func displayNames() {
        #expect(CustomName.displayName(from: "Quick\nGELU\t v2") == "Quick GELU v2")
        #expect(CustomName.displayName(from: "  ") == CustomName.fallback)
        #expect(CustomName.displayName(from: String(repeating: "a", count: 500)).count == CustomName.maxDisplayLength)
        #expect(CustomName.displayName(from: "门控单元") == "门控单元")
    }

    @Test("the formula carries the name as typed, for the page to escape")
    func nameAsTyped() throws {
        let a = ExpressionActivation(try MathExpression("x * sigmoid(1.702 * x)"), name: "<b>&'\"")
        for node in [a.formula.value, a.formula.derivative] {
            #expect(FormulaLeaves(node).identifiers.first == "<b>&'\"")
        }
    }

    @Test("the formula adds parentheses only where precedence needs them")
    func parentheses() throws {
        let count = { (text: String) throws -> Int in
            FormulaLeaves(try MathExpression(text).root.formula()).operators.filter { $0 == "(" }.count
        }
        #expect(try count("x * 2 + 1") == 0)
        #expect(try count("(x + 1) * 2") == 1)
        #expect(try count("x - (x - 1)") == 1)
        #expect(try count("(-x) ^ 2") == 1)
        #expect(try count("(x / 2) ^ 2") == 1)
        #expect(try count("-x ^ 2") == 0)
        #expect(try count("exp(x)") == 1)
    }
}
