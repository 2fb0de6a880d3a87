/// Presentation MathML for a parsed expression, so the report shows a custom function's formula
/// like the catalogue's. Parentheses are added only where precedence needs them.
extension ExpressionNode {
    /// How tightly a node binds when written out; a child binding looser than its context
    /// needs goes in parentheses.
    private var binding: Int {
        switch self {
        case .binary(.add, _, _), .binary(.subtract, _, _): 1
        case .binary(.multiply, _, _): 2
        case .negate: 3
        case .binary(.divide, _, _): 4  // a fraction bar groups both sides itself
        case .power: 5
        case .number, .variable, .constant, .unary, .pair, .activation: 6
        }
    }

    /// The node as MathML, in parentheses when it binds looser than `context`; always one
    /// element, as `msup` and `mfrac` need for each child.
    func mathML(context: Int = 0) -> String {
        let body = mathMLBody
        if binding < context { return "<mrow><mo>(</mo>\(body)<mo>)</mo></mrow>" }
        return isOneElement ? body : "<mrow>\(body)</mrow>"
    }

    /// Whether `mathMLBody` is a single element already.
    private var isOneElement: Bool {
        switch self {
        case .number, .variable, .constant, .unary(.sqrt, _), .binary(.divide, _, _), .power: true
        default: false
        }
    }

    private var mathMLBody: String {
        switch self {
        case .number(_, let text): "<mn>\(XMLText.escaped(text))</mn>"
        case .variable: "<mi>x</mi>"
        case .constant(.pi): "<mi>π</mi>"
        case .constant(.e): "<mi>e</mi>"
        case .negate(let a): "<mo>−</mo>" + a.mathML(context: 2)
        case .binary(.add, let a, let b): a.mathML(context: 1) + "<mo>+</mo>" + b.mathML(context: 1)
        case .binary(.subtract, let a, let b): a.mathML(context: 1) + "<mo>−</mo>" + b.mathML(context: 2)
        case .binary(.multiply, let a, let b): a.mathML(context: 2) + "<mo>·</mo>" + b.mathML(context: 4)
        case .binary(.divide, let a, let b): "<mfrac>\(a.mathML())\(b.mathML())</mfrac>"
        case .power(let a, let b, _): "<msup>\(a.mathML(context: 6))\(b.mathML())</msup>"
        case .unary(.sqrt, let a): "<msqrt>\(a.mathML())</msqrt>"
        case .unary(.abs, let a): "<mo>|</mo>\(a.mathML())<mo>|</mo>"
        case .unary(let f, let a): Self.call(f.rawValue, [a])
        case .pair(let f, let a, let b): Self.call(f.rawValue, [a, b])
        case .activation(let activation, _, let a): Self.call(activation.id, [a])
        }
    }

    /// `name(a, b)` with the function-application sign between name and parenthesis.
    private static func call(_ name: String, _ arguments: [ExpressionNode]) -> String {
        let inner = arguments.map { $0.mathML() }.joined(separator: "<mo>,</mo>")
        return "<mi>\(XMLText.escaped(name))</mi><mo>&#x2061;</mo><mrow><mo>(</mo>\(inner)<mo>)</mo></mrow>"
    }
}

extension MathExpression {
    /// `name(x) = …` and `name′(x) = d/dx […]` as MathML fragments for the report; the
    /// derivative is computed numerically exactly, so its formula is stated, not expanded.
    func formula(named name: String) -> Formula {
        let n = "<mi>\(XMLText.escaped(name))</mi>"
        // "(x)" keeps its size beside a tall fraction.
        let x = "<mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo>"
        let dx = "<mfrac><mi>d</mi><mrow><mi>d</mi><mi>x</mi></mrow></mfrac>"
        return Formula(
            value: "<mrow>\(n)\(x)</mrow><mo>=</mo>" + root.mathML(),
            derivative: "<mrow><msup>\(n)<mo>′</mo></msup>\(x)</mrow><mo>=</mo>" + dx
                + "<mrow><mo>[</mo>\(root.mathML())<mo>]</mo></mrow>")
    }
}
