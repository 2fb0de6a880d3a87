import ActivationMath
import Foundation
import FoundationXML
import Testing

@testable import Report

/// The page's MathML, written from the math layer's formula trees.
@Suite("formulas written as MathML")
struct FormulaMarkupTests {
    @Test("catalogue formulas are balanced MathML with a true minus and a true prime", arguments: Catalogue.all.map(\.id) + ["softmax"])
    func catalogue(id: String) throws {
        let formula = id == Softmax.id ? Softmax.formula : try #require(Catalogue.find(id)).formula
        let (value, derivative) = (MathMLWriter.markup(formula.value), MathMLWriter.markup(formula.derivative))
        for (text, what) in [(value, "value"), (derivative, "derivative")] {
            #expect(Self.isBalanced(text), "\(id) \(what): unbalanced tags in \(text)")
            #expect(!text.contains("<mo>-</mo>") && !text.contains("<mn>-"), "\(id) \(what): hyphen used as minus")
        }
        if id != Softmax.id {
            #expect(derivative.contains("<mo>′</mo>"), "\(id): derivative formula names f′")
        }
    }

    @Test("each kind of node is written as the page has always shown it")
    func spelling() throws {
        #expect(
            MathMLWriter.markup(Softmax.formula.value)
                == "<msub><mrow><mi>s</mi></mrow><mrow><mi>i</mi></mrow></msub><mo>=</mo><mfrac><mrow><msup><mrow><mi>e</mi></mrow>"
                + "<mrow><mrow><msub><mrow><mi>x</mi></mrow><mrow><mi>i</mi></mrow></msub></mrow></mrow></msup></mrow><mrow><mrow>"
                + "<munder><mo>∑</mo><mi>j</mi></munder><msup><mrow><mi>e</mi></mrow><mrow><mrow><msub><mrow><mi>x</mi></mrow><mrow>"
                + "<mi>j</mi></mrow></msub></mrow></mrow></msup></mrow></mrow></mfrac>")
        let relu = try #require(Catalogue.find("relu")).formula
        #expect(
            MathMLWriter.markup(relu.derivative)
                == "<mi>f</mi><mo>′</mo><mrow><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo></mrow><mo>=</mo><mrow><mo>{</mo>"
                + "<mtable columnalign=\"left left\"><mtr><mtd><mn>1</mn></mtd><mtd><mi>x</mi><mo>&gt;</mo><mn>0</mn></mtd></mtr>"
                + "<mtr><mtd><mn>0</mn></mtd><mtd><mi>x</mi><mo>≤</mo><mn>0</mn></mtd></mtr></mtable></mrow>")
        #expect(
            MathMLWriter.markup(.identifier("tanh") + .functionApplication + .row([.squareRoot(.number("2")), .text("min")]))
                == "<mi>tanh</mi><mo>&#x2061;</mo><mrow><msqrt><mn>2</mn></msqrt><mtext>min</mtext></mrow>")
    }

    @Test(
        "a custom formula is well-formed MathML with the name escaped",
        arguments: [
            "x * sigmoid(1.702 * x)", "-x ^ 2 / (1 + abs(x))", "(x + 1) ^ (x - 1)", "sqrt(x) - min(x, 2) * max(-x, pi)",
            "exp(x) + log(x) + log1p(x) + expm1(x) + sin(x) + cos(x) + tanh(x) + erf(x) + erfc(x) + atan(x)",
            "2 ^ 3 ^ x - (e - x) - x / 2 / 3",
        ])
    func expression(text: String) throws {
        let a = ExpressionActivation(try MathExpression(text), name: "<b>&'\"")
        for node in [a.formula.value, a.formula.derivative] {
            let fragment = MathMLWriter.markup(node)
            #expect(fragment.contains("&lt;b&gt;&amp;"))
            let parser = XMLParser(data: Data("<math>\(fragment)</math>".utf8))
            #expect(parser.parse(), "not well-formed: \(fragment)")
        }
    }

    @Test("every piece of text is escaped, operators too")
    func escaping() {
        let node = FormulaNode.operator("<&>") + .number("1<2") + .text("a&b")
        #expect(MathMLWriter.markup(node) == "<mo>&lt;&amp;&gt;</mo><mn>1&lt;2</mn><mtext>a&amp;b</mtext>")
    }

    @Test("formulas are set as a math font wants them: primes after their letter, one-line fractions in scripts, tight brackets and signs")
    func mathFontSpelling() throws {
        let x = FormulaNode.identifier("x"), alpha = FormulaNode.identifier("α")
        // A prime set as a superscript would shrink into a floating tick.
        let sigmoid = MathMLWriter.markup(try #require(Catalogue.find("sigmoid")).formula.derivative)
        #expect(sigmoid.hasPrefix("<mi>σ</mi><mo>′</mo><mrow>"), "\(sigmoid)")
        // CELU's e^(x/α): a stacked fraction in a script is too small to read.
        let celu = try #require(Catalogue.find("celu")).formula
        for formula in [celu.value, celu.derivative] {
            let markup = MathMLWriter.markup(formula)
            #expect(markup.contains("<mi>x</mi><mo lspace=\"0\" rspace=\"0\">/</mo><mi>α</mi>"), "\(markup)")
            #expect(!markup.contains("mfrac"), "\(markup)")
        }
        // A compound side of such a fraction keeps its brackets.
        let compound = MathMLWriter.markup(.superscript(.identifier("e"), .fraction(.sequence([x, .operator("+"), .number("1")]), alpha)))
        #expect(compound.contains("<mo stretchy=\"false\">(</mo><mi>x</mi><mo>+</mo><mn>1</mn><mo stretchy=\"false\">)</mo></mrow><mo lspace"))
        // Brackets grow around a fraction only.
        #expect(MathMLWriter.markup(.row([.operator("("), x, .operator(")")])).hasPrefix("<mrow><mo stretchy=\"false\">(</mo>"))
        #expect(
            MathMLWriter.markup(.row([.operator("("), .fraction(.number("1"), .number("2")), .operator(")")])).hasPrefix("<mrow><mo>(</mo>"))
        // A sign after "=" or "(" is not spaced as a subtraction; a subtraction is.
        #expect(
            MathMLWriter.markup(.operator("=") + .operator("−") + x) == "<mo>=</mo><mo form=\"prefix\">−</mo><mi>x</mi>")
        #expect(MathMLWriter.markup(x + .operator("−") + alpha) == "<mi>x</mi><mo>−</mo><mi>α</mi>")
        #expect(MathMLWriter.markup(.operator("|")) == "<mo stretchy=\"false\" lspace=\"0\" rspace=\"0\">|</mo>")
    }

    /// Every opening tag closed in order (self-closing tags are not used).
    static func isBalanced(_ text: String) -> Bool {
        var stack: [Substring] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { return false }
            let tag = rest[rest.index(after: open)..<close]
            let name = tag.split(separator: " ").first ?? ""
            if name.hasPrefix("/") {
                guard stack.popLast() == name.dropFirst() else { return false }
            } else {
                stack.append(name)
            }
            rest = rest[rest.index(after: close)...]
        }
        return stack.isEmpty
    }
}
