/// Small builders for presentation MathML, so that the catalogue's thirty formulas and a user's
/// `--expr` share one spelling of fractions, cases and primes instead of hand-typed ones.
enum MathML {
    /// An identifier (italic in the report unless it is a multi-letter name); fully escaped,
    /// since a user's function name arrives here.
    static func i(_ s: String) -> String { "<mi>\(XMLText.escaped(s))</mi>" }
    /// A number, fully escaped: an expression's number text arrives here.
    static func n(_ s: String) -> String { "<mn>\(XMLText.escaped(s))</mn>" }
    /// An operator or fence; "<" and ">" are escaped, entities such as &#x2061; pass through.
    static func o(_ s: String) -> String { "<mo>\(escaped(s))</mo>" }
    /// The text with the two characters that would open or close a tag escaped.
    /// By scalar, as `XMLText` does: a `<` inside a larger grapheme cluster is still a `<`.
    static func escaped(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
    /// A group that scripts and fractions treat as one.
    static func row(_ parts: String...) -> String { "<mrow>" + parts.joined() + "</mrow>" }
    /// a / b as a built-up fraction. Each part is its own row: MathML takes exactly one child
    /// per part, and a part such as "(1 + |x|)" is several.
    static func frac(_ a: String, _ b: String) -> String { "<mfrac>\(row(a))\(row(b))</mfrac>" }
    /// a raised to b, each a single row for the same reason.
    static func sup(_ a: String, _ b: String) -> String { "<msup>\(row(a))\(row(b))</msup>" }
    /// a with subscript b.
    static func sub(_ a: String, _ b: String) -> String { "<msub>\(row(a))\(row(b))</msub>" }
    /// √a.
    static func sqrt(_ a: String) -> String { "<msqrt>\(a)</msqrt>" }
    /// (a) as one row, so the brackets grow with their own content only, not with a tall
    /// fraction elsewhere in the formula.
    static func paren(_ parts: String...) -> String { row(o("(") + parts.joined() + o(")")) }
    /// |a|.
    static func abs(_ a: String) -> String { o("|") + a + o("|") }
    /// The variable x.
    static let x = i("x")
    /// A true minus sign (U+2212), never a hyphen.
    static let minus = o("−")
    /// eᵃ.
    static func exp(_ a: String) -> String { sup(i("e"), row(a)) }
    /// A named function applied to an argument: tanh(a), with the name upright.
    static func apply(_ name: String, _ argument: String...) -> String {
        i(name) + o("&#x2061;") + paren(argument.joined())
    }
    /// "f(x) =" for the value formula.
    static func value(_ name: String = "f") -> String { i(name) + paren(x) + o("=") }
    /// "f′(x) =" for the derivative formula, with a true prime (U+2032).
    /// The prime follows the letter as an operator: as a superscript it renders as a tiny tick.
    static func slope(_ name: String = "f") -> String { i(name) + o("′") + paren(x) + o("=") }
    /// A brace of cases, one (expression, condition) per row, for piecewise definitions.
    static func cases(_ rows: (String, String)...) -> String {
        let body = rows.map { "<mtr><mtd>\($0.0)</mtd><mtd>\($0.1)</mtd></mtr>" }.joined()
        return row(o("{"), "<mtable columnalign=\"left left\">\(body)</mtable>")
    }
    /// x compared with a bound: "x ≤ 0".
    static func when(_ relation: String, _ bound: String) -> String { x + o(relation) + bound }
    /// A number with a true minus for negatives: "−3".
    static func signed(_ value: String) -> String {
        value.hasPrefix("-") ? row(minus, n(String(value.dropFirst()))) : n(value)
    }
}
typealias M = MathML
