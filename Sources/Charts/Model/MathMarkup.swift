/// Pango markup for the small formulas of axis labels and legends, spaced as a mathematician
/// would set them.
///
/// An italic letter leans into what follows: "<i>f</i>′" puts the prime on the f's hook and
/// "<i>f</i>(" touches the bracket. TeX adds an italic correction there; Pango does not, so a hair
/// space stands in for it.
public enum MathMarkup {
    /// Thin space (U+2009) standing in for TeX's italic correction after a leaning letter.
    static let italicCorrection = "\u{2009}"

    /// An italic variable, e.g. `variable("x")` → <i>x</i>.
    public static func variable(_ name: String) -> String { "<i>\(escapeXML(name))</i>" }

    /// f(x), with the italic correction before the bracket.
    public static func function(_ name: String, of argument: String = "x") -> String {
        variable(name) + italicCorrection + "(" + variable(argument) + ")"
    }

    /// f′(x), with room between the letter and the prime.
    public static func derivative(_ name: String, of argument: String = "x") -> String {
        variable(name) + italicCorrection + "′(" + variable(argument) + ")"
    }
}
