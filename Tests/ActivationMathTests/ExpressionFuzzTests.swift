import PropertyBased
import Testing

@testable import ActivationMath

@Suite("Expression parser under random input")
struct ExpressionFuzzTests {
    /// Pieces that make mostly near-valid expressions, so the fuzz reaches deep into the parser.
    static let pieces = [
        "x", "X", "1", "2.5", ".5", "1e-3", "2e", "e", "pi", "+", "-", "*", "/", "^", "^", "(", "(", ")", ")", ",",
        " ", "sigmoid", "Logistic", "exp", "log", "log1p", "expm1", "sqrt", "abs", "min", "max", "sin", "tanh",
        "erf", "y", "#", "−", "1e999", "0",
    ]
    static let tokenStrings = Gen<String?>.element(of: pieces).map { $0! }.array(of: 0...40).map { $0.joined() }

    /// Parses `text`; a success must evaluate without trapping in every number type and read
    /// back to the same tree, a failure must point inside the text.
    private static func check(_ text: String) {
        let e: MathExpression
        do {
            e = try MathExpression(text)
        } catch {
            if let offset = error.offset { #expect((0...text.count).contains(offset), "\(error)") }
            #expect(!error.message.isEmpty)
            return
        }
        for x in [-2.5, 0, 1e-8, 3] {
            _ = e.evaluate(at: x)
            _ = e.evaluate(at: Float(x))
            _ = e.derivative(at: x)
            _ = e.evaluate(at: Dual(Dual(x, 1), Dual(1, 0)))
        }
        _ = e.root.formula()
        do {
            let again = try MathExpression(e.description)
            #expect(again.description == e.description, "\(text) → \(e.description) → \(again.description)")
        } catch {
            // The fully parenthesised form nests up to twice as deep as the text ("(-(-x))" for
            // "--x"), so near the limit only the depth check may refuse it.
            #expect(error.message.hasPrefix("nested deeper"), "\(text) → \(e.description): \(error)")
        }
    }

    @Test("token soup never crashes and valid input reads back to itself")
    func tokens() async {
        await propertyCheck(count: 2000, input: Self.tokenStrings) { Self.check($0) }
    }

    @Test("arbitrary Latin-1 strings never crash")
    func characters() async {
        await propertyCheck(count: 1000, input: Gen.latin1.string(of: 0...80)) { Self.check($0) }
    }

    /// Any Unicode scalar (surrogate code points, which are not scalars, become U+FFFD):
    /// combining marks, right-to-left text, emoji, look-alikes of operators such as − and ×.
    static let anyScalar = Gen<UInt32>.value(in: 0...0x10FFFF).map { Character(UnicodeScalar($0) ?? "\u{FFFD}") }

    @Test("arbitrary Unicode strings never crash, and a fault points inside the text")
    func unicode() async {
        await propertyCheck(count: 1000, input: Gen.oneOf(Self.anyScalar, Gen.latin1).string(of: 0...60)) { Self.check($0) }
    }

    /// Nesting built from one of the constructs that recurse in the parser.
    static let nested = zip(Gen<Int>.value(in: 0...3), Gen<Int>.value(in: 0...3000)).map { kind, depth -> String in
        let n = depth
        switch kind {
        case 0: return String(repeating: "(", count: n) + "x" + String(repeating: ")", count: n)
        case 1: return String(repeating: "-", count: n) + "x"
        case 2: return Array(repeating: "x", count: n + 1).joined(separator: "^")
        default: return String(repeating: "exp(", count: n) + "x" + String(repeating: ")", count: n)
        }
    }

    @Test("deep nesting is refused with a message past the limit, never a stack overflow")
    func deepNesting() async {
        await propertyCheck(count: 200, input: Self.nested) { text in
            Self.check(text)
            let depth = text.filter { $0 == "(" || $0 == "-" || $0 == "^" }.count
            if depth > 2 * MathExpression.maxDepth, text.count <= MathExpression.maxLength {
                #expect(throws: ExpressionError.self) { try MathExpression(text) }
            }
        }
    }
}
