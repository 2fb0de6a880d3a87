/// A formula as a tree, so the math layer states what a formula is and the page layer alone
/// decides how it is written (MathML today). The cases follow presentation layout rather than
/// meaning: `1 − σ(x)` and `x_min` are laid out, not evaluated.
public indirect enum FormulaNode: Sendable, Hashable {
    /// A name or variable, such as x, σ or a user's function name; upright when longer than
    /// one letter.
    case identifier(String)
    /// A number as written, such as "0.044715".
    case number(String)
    /// An operator, relation, fence or separator: "+", "≤", "(", ",".
    case `operator`(String)
    /// The invisible operator between a function's name and its argument (U+2061), which
    /// keeps "tanh(x)" from reading as "tanh · (x)".
    case functionApplication
    /// Words set upright in a formula, such as the "min" of x_min.
    case text(String)
    /// Pieces that group as one: a script or a fraction treats a row as a single child, and
    /// fences grow with the row's content only.
    case row([FormulaNode])
    /// Pieces one after another with no grouping of their own, as `+` joins them.
    case sequence([FormulaNode])
    /// A built-up fraction.
    case fraction(FormulaNode, FormulaNode)
    /// A base with a superscript.
    case superscript(FormulaNode, FormulaNode)
    /// A base with a subscript.
    case `subscript`(FormulaNode, FormulaNode)
    /// A base with a script set below it, as the index of ∑.
    case under(FormulaNode, FormulaNode)
    /// A square root.
    case squareRoot(FormulaNode)
    /// A left brace of cases for a piecewise definition: each row a value and its condition.
    case cases([Case])

    /// One row of `cases`.
    public struct Case: Sendable, Hashable {
        /// What the formula equals in this case.
        public var value: FormulaNode
        /// When it does, such as "x ≤ 0".
        public var condition: FormulaNode

        /// A row of a piecewise definition.
        public init(value: FormulaNode, condition: FormulaNode) {
            self.value = value
            self.condition = condition
        }
    }

    /// `a` followed by `b`, as one flat sequence so that joining many pieces does not nest.
    public static func + (a: FormulaNode, b: FormulaNode) -> FormulaNode {
        .sequence(a.pieces + b.pieces)
    }

    /// The node as the list of pieces a sequence would hold.
    private var pieces: [FormulaNode] {
        if case .sequence(let parts) = self { return parts }
        return [self]
    }
}
