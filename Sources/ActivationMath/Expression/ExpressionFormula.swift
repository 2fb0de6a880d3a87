/// The formula tree of a parsed expression, so the report shows a custom function's formula
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

    /// The node as a formula, in parentheses when it binds looser than `context`; always one
    /// piece (a single node or a row), as a script or a fraction needs for each child.
    func formula(context: Int = 0) -> FormulaNode {
        let body = formulaBody
        if binding < context { return M.paren(body) }
        return isOneElement ? body : M.row(body)
    }

    /// Whether `formulaBody` is a single piece already.
    private var isOneElement: Bool {
        switch self {
        case .number, .variable, .constant, .unary(.sqrt, _), .binary(.divide, _, _), .power: true
        default: false
        }
    }

    private var formulaBody: FormulaNode {
        switch self {
        case .number(_, let text): M.n(text)
        case .variable: M.x
        case .constant(.pi): M.i("π")
        case .constant(.e): M.i("e")
        case .negate(let a): M.minus + a.formula(context: 2)
        case .binary(.add, let a, let b): a.formula(context: 1) + M.o("+") + b.formula(context: 1)
        case .binary(.subtract, let a, let b): a.formula(context: 1) + M.minus + b.formula(context: 2)
        case .binary(.multiply, let a, let b): a.formula(context: 2) + M.o("·") + b.formula(context: 4)
        case .binary(.divide, let a, let b): M.frac(a.formula(), b.formula())
        case .power(let a, let b, _): M.sup(a.formula(context: 6), b.formula())
        case .unary(.sqrt, let a): M.sqrt(a.formula())
        case .unary(.abs, let a): M.abs(a.formula())
        case .unary(let f, let a): M.apply(f.rawValue, a.formula())
        case .pair(let f, let a, let b): M.apply(f.rawValue, a.formula(), M.o(","), b.formula())
        case .activation(let activation, _, let a): M.apply(activation.id, a.formula())
        }
    }
}

extension MathExpression {
    /// `name(x) = …` and `name′(x) = d/dx […]` for the report; the
    /// derivative is computed numerically exactly, so its formula is stated, not expanded.
    func formula(named name: String) -> Formula {
        let dx = M.frac(M.i("d"), M.row(M.i("d"), M.x))
        return Formula(
            value: M.value(name) + root.formula(),
            derivative: M.slope(name) + dx + M.row(M.o("["), root.formula(), M.o("]")))
    }
}
