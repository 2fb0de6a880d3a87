import ActivationMath
import Charts

/// Writes a formula tree as presentation MathML, the inner content of `<math>`, so the page
/// shows formulas without JavaScript. Every piece of text is escaped here, since a user's
/// `--expr` and `--name` arrive in the tree as they were typed.
enum MathMLWriter {
    /// `node` as MathML.
    static func markup(_ node: FormulaNode) -> String {
        var out = ""
        write(node, to: &out)
        return out
    }

    private static func write(_ node: FormulaNode, to out: inout String) {
        switch node {
        case .identifier(let s): out += "<mi>\(escapeXML(s))</mi>"
        case .number(let s): out += "<mn>\(escapeXML(s))</mn>"
        case .operator(let s): out += "<mo>\(escapeXML(s))</mo>"
        // Written as a reference: the character itself is invisible in the page's source.
        case .functionApplication: out += "<mo>&#x2061;</mo>"
        case .text(let s): out += "<mtext>\(escapeXML(s))</mtext>"
        case .row(let parts): element("mrow", parts, to: &out)
        case .sequence(let parts): for part in parts { write(part, to: &out) }
        // Each part of a script or fraction is its own row: MathML takes exactly one child per
        // part, and a part such as "(1 + |x|)" is several.
        case .fraction(let a, let b): scripted("mfrac", a, b, to: &out)
        case .superscript(let a, let b): scripted("msup", a, b, to: &out)
        case .subscript(let a, let b): scripted("msub", a, b, to: &out)
        // Both parts of ∑ with its index are single nodes already.
        case .under(let a, let b): element("munder", [a, b], to: &out)
        case .squareRoot(let a): element("msqrt", [a], to: &out)
        case .cases(let rows):
            out += "<mrow><mo>{</mo><mtable columnalign=\"left left\">"
            for row in rows {
                out += "<mtr>"
                element("mtd", [row.value], to: &out)
                element("mtd", [row.condition], to: &out)
                out += "</mtr>"
            }
            out += "</mtable></mrow>"
        }
    }

    private static func element(_ name: String, _ children: [FormulaNode], to out: inout String) {
        out += "<\(name)>"
        for child in children { write(child, to: &out) }
        out += "</\(name)>"
    }

    private static func scripted(_ name: String, _ base: FormulaNode, _ script: FormulaNode, to out: inout String) {
        out += "<\(name)>"
        element("mrow", [base], to: &out)
        element("mrow", [script], to: &out)
        out += "</\(name)>"
    }
}
