import ActivationMath

/// Numbers as readers see them on the page and in figures: at most five significant digits, a
/// true minus sign, and an exact fraction where the number is one.
///
/// The catalogue and `eval` keep full precision (λα = 1.7580993408473768); a reader copying a
/// property onto a slide should see `≈ 1.7581`, and RReLU's mean slope as `11/48 ≈ 0.22917`,
/// not the decimal expansion of a binary fraction. The relation (`=` or `≈`) is part of the
/// result, so no text states an equality that is only approximate.
enum ProseNumber {
    /// Most significant digits shown.
    static let digits = 5

    /// The relation and the text for `value`: `("=", "0.25")`, `("=", "1/3 ≈ 0.33333")`,
    /// `("≈", "1.7581")`.
    static func of(_ value: Double) -> (relation: String, text: String) {
        let shortest = value.shortText
        if significantDigits(shortest) <= digits { return ("=", minus(shortest)) }
        if let (n, d) = NumberText.fraction(of: value), d > 1, d <= 1000 {
            return ("=", minus("\(n)/\(d) ≈ \(NumberText.short(value, significantDigits: digits))"))
        }
        return ("≈", minus(NumberText.short(value, significantDigits: digits)))
    }

    /// `lhs = text` or `lhs ≈ text`.
    static func equation(_ lhs: String, _ value: Double) -> String {
        let (relation, text) = of(value)
        return "\(lhs) \(relation) \(text)"
    }

    /// The text alone, `≈`-prefixed where it is rounded: for labels that stand by themselves.
    static func text(_ value: Double) -> String {
        let (relation, text) = of(value)
        return relation == "=" ? text : "≈ \(text)"
    }

    /// Digits that carry information in a shortest round-trip decimal: no sign, exponent,
    /// leading zeros or trailing zeros after the point.
    static func significantDigits(_ shortest: String) -> Int {
        // A shortest decimal is ASCII: its bytes are read, not its Characters.
        let mantissa = shortest.utf8.prefix { $0 != UInt8(ascii: "e") && $0 != UInt8(ascii: "E") }
        let digits = mantissa.filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        let zero = UInt8(ascii: "0")
        var end = digits.count, start = 0
        if mantissa.contains(UInt8(ascii: ".")) { while end > 1, digits[end - 1] == zero { end -= 1 } }
        while end - start > 1, digits[start] == zero { start += 1 }
        return end - start
    }

    /// A true minus sign for the hyphen of negative numbers. Scalar by scalar: Foundation's
    /// `replacingOccurrences` was 0.6 % of the 16-figure run's CPU time (perf), for the numbers
    /// of the alt texts.
    static func minus(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(scalar == "-" ? "\u{2212}" : scalar) }
        return String(out)
    }
}
