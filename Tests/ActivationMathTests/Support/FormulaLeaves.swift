@testable import ActivationMath

/// The text pieces of a formula tree in reading order, by kind, so tests can ask what a formula
/// says without writing it out as markup.
struct FormulaLeaves {
    var identifiers: [String] = []
    var numbers: [String] = []
    var operators: [String] = []
    var texts: [String] = []

    init(_ node: FormulaNode) {
        collect(node)
    }

    private mutating func collect(_ node: FormulaNode) {
        switch node {
        case .identifier(let s): identifiers.append(s)
        case .number(let s): numbers.append(s)
        case .operator(let s): operators.append(s)
        case .text(let s): texts.append(s)
        case .functionApplication: break
        case .row(let parts), .sequence(let parts): parts.forEach { collect($0) }
        case .fraction(let a, let b), .superscript(let a, let b), .subscript(let a, let b), .under(let a, let b):
            collect(a)
            collect(b)
        case .squareRoot(let a): collect(a)
        case .cases(let rows):
            for row in rows {
                collect(row.value)
                collect(row.condition)
            }
        }
    }
}
