/// Small builders for formulas, so that the catalogue's thirty formulas and a user's `--expr`
/// share one spelling of fractions, cases and primes instead of hand-built trees.
enum FormulaBuilder {
    /// An identifier (italic in the report unless it is a multi-letter name).
    static func i(_ s: String) -> FormulaNode { .identifier(s) }
    /// A number.
    static func n(_ s: String) -> FormulaNode { .number(s) }
    /// An operator or fence.
    static func o(_ s: String) -> FormulaNode { .operator(s) }
    /// Upright words, such as the "min" of x_min.
    static func text(_ s: String) -> FormulaNode { .text(s) }
    /// A group that scripts and fractions treat as one.
    static func row(_ parts: FormulaNode...) -> FormulaNode { .row(parts) }
    /// a / b as a built-up fraction.
    static func frac(_ a: FormulaNode, _ b: FormulaNode) -> FormulaNode { .fraction(a, b) }
    /// a raised to b.
    static func sup(_ a: FormulaNode, _ b: FormulaNode) -> FormulaNode { .superscript(a, b) }
    /// a with subscript b.
    static func sub(_ a: FormulaNode, _ b: FormulaNode) -> FormulaNode { .subscript(a, b) }
    /// a with b set below it, as the index of ∑.
    static func under(_ a: FormulaNode, _ b: FormulaNode) -> FormulaNode { .under(a, b) }
    /// √a.
    static func sqrt(_ a: FormulaNode) -> FormulaNode { .squareRoot(a) }
    /// (a) as one row, so the brackets grow with their own content only, not with a tall
    /// fraction elsewhere in the formula.
    static func paren(_ parts: FormulaNode...) -> FormulaNode { .row([o("(")] + parts + [o(")")]) }
    /// |a|.
    static func abs(_ a: FormulaNode) -> FormulaNode { o("|") + a + o("|") }
    /// The variable x.
    static let x = i("x")
    /// A true minus sign (U+2212), never a hyphen.
    static let minus = o("−")
    /// eᵃ.
    static func exp(_ a: FormulaNode) -> FormulaNode { sup(i("e"), row(a)) }
    /// A named function applied to an argument: tanh(a), with the name upright.
    static func apply(_ name: String, _ argument: FormulaNode...) -> FormulaNode {
        i(name) + .functionApplication + paren(.sequence(argument))
    }
    /// "f(x) =" for the value formula.
    static func value(_ name: String = "f") -> FormulaNode { i(name) + paren(x) + o("=") }
    /// "f′(x) =" for the derivative formula, with a true prime (U+2032).
    /// The prime follows the letter as an operator: as a superscript it renders as a tiny tick.
    static func slope(_ name: String = "f") -> FormulaNode { i(name) + o("′") + paren(x) + o("=") }
    /// A brace of cases, one (expression, condition) per row, for piecewise definitions.
    static func cases(_ rows: (FormulaNode, FormulaNode)...) -> FormulaNode {
        .cases(rows.map { FormulaNode.Case(value: $0.0, condition: $0.1) })
    }
    /// x compared with a bound: "x ≤ 0".
    static func when(_ relation: String, _ bound: FormulaNode) -> FormulaNode { x + o(relation) + bound }
    /// A number with a true minus for negatives: "−3".
    static func signed(_ value: String) -> FormulaNode {
        value.hasPrefix("-") ? row(minus, n(String(value.dropFirst()))) : n(value)
    }
}
typealias M = FormulaBuilder
