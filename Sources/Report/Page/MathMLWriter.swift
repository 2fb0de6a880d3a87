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

    /// Writes `node`; `inScript` says it is (inside) a superscript, subscript or index.
    private static func write(_ node: FormulaNode, to out: inout String, inScript: Bool = false) {
        switch node {
        case .identifier(let s): out += "<mi>\(escapeXML(s))</mi>"
        case .number(let s): out += "<mn>\(escapeXML(s))</mn>"
        // A bar of |x| is a fence with no space of its own, which the operator dictionary gives
        // only to a bar that opens or closes a row; it grows no taller than its line.
        case .operator("|"): out += "<mo stretchy=\"false\" lspace=\"0\" rspace=\"0\">|</mo>"
        case .operator(let s): out += "<mo>\(escapeXML(s))</mo>"
        // Written as a reference: the character itself is invisible in the page's source.
        case .functionApplication: out += "<mo>&#x2061;</mo>"
        case .text(let s): out += "<mtext>\(escapeXML(s))</mtext>"
        // Brackets stretch only around something taller than a line (a fraction, cases): a
        // stretched bracket is set from the math font's variants with loose spacing around it,
        // which TeX's plain brackets do not have either.
        case .row(let parts) where parts.count >= 2 && isBracketed(parts) && (inScript || !parts.contains(where: isTall)):
            out += "<mrow><mo stretchy=\"false\">\(escapeXML(operatorText(parts[0])))</mo>"
            writeParts(Array(parts.dropFirst().dropLast()), to: &out, inScript: inScript)
            out += "<mo stretchy=\"false\">\(escapeXML(operatorText(parts[parts.count - 1])))</mo></mrow>"
        case .row(let parts): element("mrow", parts, to: &out, inScript: inScript)
        case .sequence(let parts): writeParts(parts, to: &out, inScript: inScript)
        // A built-up fraction in a script is set at the size of a script's script, too small to
        // read (CELU's e^(x/α)): there it is written on one line, as TeX authors write it.
        case .fraction(let a, let b) where inScript:
            out += "<mrow>"
            inline(a, to: &out)
            // No space around the slash, as in TeX's scripts.
            out += "<mo lspace=\"0\" rspace=\"0\">/</mo>"
            inline(b, to: &out)
            out += "</mrow>"
        // Each part of a script or fraction is its own row: MathML takes exactly one child per
        // part, and a part such as "(1 + |x|)" is several.
        case .fraction(let a, let b): scripted("mfrac", a, b, to: &out, inScript: inScript, scriptIsScript: inScript)
        // A math font's prime is already raised and script-sized: it follows its letter as an
        // operator, since as a superscript it would shrink again into a floating tick.
        case .superscript(let a, let b) where isPrime(b):
            write(a, to: &out, inScript: inScript)
            write(b, to: &out, inScript: inScript)
        case .superscript(let a, let b): scripted("msup", a, b, to: &out, inScript: inScript, scriptIsScript: true)
        case .subscript(let a, let b): scripted("msub", a, b, to: &out, inScript: inScript, scriptIsScript: true)
        // Both parts of ∑ with its index are single nodes already.
        case .under(let a, let b):
            out += "<munder>"
            write(a, to: &out, inScript: inScript)
            write(b, to: &out, inScript: true)
            out += "</munder>"
        case .squareRoot(let a): element("msqrt", [a], to: &out, inScript: inScript)
        case .cases(let rows):
            out += "<mrow><mo>{</mo><mtable columnalign=\"left left\">"
            for row in rows {
                out += "<mtr>"
                element("mtd", [row.value], to: &out, inScript: inScript)
                element("mtd", [row.condition], to: &out, inScript: inScript)
                out += "</mtr>"
            }
            out += "</mtable></mrow>"
        }
    }

    private static func element(_ name: String, _ children: [FormulaNode], to out: inout String, inScript: Bool) {
        out += "<\(name)>"
        writeParts(children, to: &out, inScript: inScript)
        out += "</\(name)>"
    }

    /// Writes `parts` in order. A minus or plus that opens them or follows another operator is a
    /// sign: MathML would space one that is not first in its row as a binary operator, as in
    /// "= − ln(…)" or "σ( − x)".
    private static func writeParts(_ parts: [FormulaNode], to out: inout String, inScript: Bool) {
        for (index, part) in parts.enumerated() {
            if case .operator(let sign) = part, sign == "−" || sign == "+", index == 0 || opensOperand(parts[index - 1]) {
                out += "<mo form=\"prefix\">\(sign)</mo>"
            } else {
                write(part, to: &out, inScript: inScript)
            }
        }
    }

    /// Whether an operand must follow `node`: an operator other than a closing bracket or bar.
    private static func opensOperand(_ node: FormulaNode) -> Bool {
        guard case .operator(let s) = node else { return false }
        return ![")", "]", "|", "!", "′", "″", "‴"].contains(s)
    }

    private static func scripted(
        _ name: String, _ base: FormulaNode, _ script: FormulaNode, to out: inout String, inScript: Bool, scriptIsScript: Bool
    ) {
        out += "<\(name)>"
        element("mrow", [base], to: &out, inScript: inScript)
        element("mrow", [script], to: &out, inScript: scriptIsScript)
        out += "</\(name)>"
    }

    /// One side of a fraction written on one line: in brackets unless it reads as one factor.
    private static func inline(_ node: FormulaNode, to out: inout String) {
        if isFactor(node) {
            write(node, to: &out, inScript: true)
        } else {
            write(.row([.operator("("), node, .operator(")")]), to: &out, inScript: true)
        }
    }

    /// Whether `node` reads as one factor beside a slash: a letter, number, word, script or
    /// root, or a group already in brackets.
    private static func isFactor(_ node: FormulaNode) -> Bool {
        switch node {
        case .identifier, .number, .text, .superscript, .subscript, .squareRoot: true
        case .row(let parts), .sequence(let parts):
            parts.count == 1 ? isFactor(parts[0]) : parts.first == .operator("(") && parts.last == .operator(")")
        default: false
        }
    }

    /// Whether `parts` open and close with a matching pair of round or square brackets.
    private static func isBracketed(_ parts: [FormulaNode]) -> Bool {
        guard case .operator(let open) = parts.first, case .operator(let close) = parts.last else { return false }
        return (open == "(" && close == ")") || (open == "[" && close == "]")
    }

    /// The text of an operator node; empty for any other.
    private static func operatorText(_ node: FormulaNode) -> String {
        if case .operator(let s) = node { return s }
        return ""
    }

    /// Whether `node` is taller than a line of text, so brackets around it must grow: a
    /// built-up fraction, cases or an index set below.
    private static func isTall(_ node: FormulaNode) -> Bool {
        switch node {
        case .fraction, .cases, .under: true
        case .row(let parts), .sequence(let parts): parts.contains(where: isTall)
        case .superscript(let base, _), .subscript(let base, _): isTall(base)
        case .squareRoot(let a): isTall(a)
        default: false
        }
    }

    /// Whether a superscript is a prime (′, ″ or ‴), alone or in a row of its own.
    private static func isPrime(_ node: FormulaNode) -> Bool {
        switch node {
        case .operator(let s): ["′", "″", "‴"].contains(s)
        case .row(let parts), .sequence(let parts): parts.count == 1 && isPrime(parts[0])
        default: false
        }
    }
}
