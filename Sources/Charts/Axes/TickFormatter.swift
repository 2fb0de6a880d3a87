import ActivationMath

/// Label text lives apart from placement so log and linear axes, legends and tests share one set of rules;
/// an enum because it is a namespace for pure functions.
public enum TickFormatter {
    /// An axis should read as one consistent column of numbers — "0.00 0.25 0.50", not "0 0.25 0.5", and
    /// never float noise like 0.30000000000000004 — so all labels share the fewest decimals that tell every
    /// tick apart and show the step exactly. Negative numbers use the true minus U+2212 (typographically
    /// matched to "+"), and a rounded zero never shows as "−0". Scientific form ("1.5×10⁻⁸") is used only
    /// when some |value| ≥ 1e6 or all nonzero |values| < 1e-4, where fixed notation gets unreadably long;
    /// its exponent uses superscript digits and the superscript minus U+207B so it stays raised in plain text.
    public static func labels(for ticks: Ticks) -> [String] {
        let values = ticks.values
        guard !values.isEmpty else { return [] }
        let step = effectiveStep(ticks)
        let zeroTolerance = 1e-9 * step
        let nonzero = values.filter { $0.isFinite && abs($0) > zeroTolerance }.map { abs($0) }
        let largest = nonzero.max() ?? 0
        let scientific = largest >= 1e6 || (!nonzero.isEmpty && nonzero.allSatisfy { $0 < 1e-4 })
        func render(_ value: Double, _ decimals: Int) -> String {
            scientific ? scientificLabel(value, decimals) : fixedLabel(value, decimals)
        }
        let snapped = values.map { $0.isFinite && abs($0) <= zeroTolerance ? 0 : $0 }
        let distinct = Set(snapped.filter(\.isFinite)).count
        var firstExact: [String]?
        for decimals in 0...maxDecimals {
            let labels = snapped.map { $0.isFinite ? render($0, decimals) : nonFiniteLabel($0) }
            let exact = zip(snapped, labels).allSatisfy { value, label in
                !value.isFinite || isRepresented(value, by: label, step: step)
            }
            let stepExact = scientific || isRepresented(step, by: fixedLabel(step, decimals), step: step)
            guard exact, stepExact else { continue }
            let finiteLabels = zip(snapped, labels).filter { $0.0.isFinite }.map(\.1)
            if Set(finiteLabels).count == distinct { return labels }
            // Near-duplicate ticks (hand-made input) cannot be told apart sensibly: keep the first exact form.
            if firstExact == nil { firstExact = labels }
        }
        return firstExact ?? snapped.map { $0.isFinite ? render($0, maxDecimals) : nonFiniteLabel($0) }
    }

    /// Log axes read as powers of ten, and Pango markup raises the exponent at a proper size:
    /// "10<sup>−3</sup>" (U+2212 minus), with the plain "1" and "10" for k = 0 and k = 1.
    public static func decadeMarkup(_ exponent: Int) -> String {
        switch exponent {
        case 0: return "1"
        case 1: return "10"
        default:
            let sign = exponent < 0 ? "\u{2212}" : ""
            return "10<sup>\(sign)\(exponent.magnitude)</sup>"
        }
    }

    // MARK: - Helpers

    /// Beyond this many decimals a Double carries no further information.
    static let maxDecimals = 17
    static let minus = "\u{2212}"
    static let superscriptDigits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    /// The tick step, or (for hand-made ticks without one) the smallest gap between ticks.
    static func effectiveStep(_ ticks: Ticks) -> Double {
        if ticks.step.isFinite, ticks.step != 0 { return abs(ticks.step) }
        let sorted = ticks.values.filter(\.isFinite).sorted()
        let gaps = zip(sorted.dropFirst(), sorted).map { $0 - $1 }.filter { $0 > 0 }
        if let gap = gaps.min() { return gap }
        let magnitude = sorted.map { abs($0) }.max() ?? 0
        return magnitude > 0 ? magnitude : 1
    }

    /// Whether printing `value` as `label` is exact up to a millionth of the step (or float resolution).
    static func isRepresented(_ value: Double, by label: String, step: Double) -> Bool {
        guard let shown = parse(label) else { return false }
        return abs(shown - value) <= max(1e-6 * step, 4 * value.ulp)
    }

    /// Reads a label of ours back as a number: the true minus as a hyphen, and "×10" with
    /// superscript digits as an exponent. Scalar by scalar, without Foundation's string search:
    /// every candidate label is read back while the decimals are chosen.
    static func parse(_ label: String) -> Double? {
        var number = String.UnicodeScalarView()
        var exponent = ""
        var inExponent = false
        var rest = label.unicodeScalars[...]
        while let scalar = rest.first {
            if !inExponent, rest.starts(with: "×10".unicodeScalars) {
                inExponent = true
                rest = rest.dropFirst(3)
                continue
            }
            rest = rest.dropFirst()
            if inExponent {
                if scalar == "⁻" {
                    exponent.append("-")
                } else if let digit = superscriptDigits.firstIndex(of: Character(scalar)) {
                    exponent.append(String(digit))
                }
            } else {
                number.append(scalar == "\u{2212}" ? "-" : scalar)
            }
        }
        return Double(String(number) + (inExponent ? "e" + exponent : ""))
    }

    /// Fixed-point text with a true minus and no negative zero.
    static func fixedLabel(_ value: Double, _ decimals: Int) -> String {
        signed(NumberText.fixed(value, decimals: decimals))
    }

    /// "m×10ⁿ" text; zero stays "0" because 0×10⁰ says nothing more.
    static func scientificLabel(_ value: Double, _ decimals: Int) -> String {
        if value == 0 { return "0" }
        let text = NumberText.scientific(value, decimals: decimals)  // e.g. "-1.50e-08"
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }), let exponent = Int(text[text.index(after: e)...])
        else { return signed(text) }
        let mantissa = signed(String(text[..<e]))
        let superscript = String(exponent.magnitude).compactMap { $0.wholeNumberValue.map { superscriptDigits[$0] } }
        return mantissa + "×10" + (exponent < 0 ? "⁻" : "") + String(superscript)
    }

    /// Replaces the ASCII hyphen with U+2212 and drops the sign of a rounded zero ("-0.00" → "0.00").
    static func signed(_ text: String) -> String {
        guard text.hasPrefix("-") else { return text }
        let body = text.dropFirst()
        if body.allSatisfy({ $0 == "0" || $0 == "." }) { return String(body) }
        return minus + body
    }

    static func nonFiniteLabel(_ value: Double) -> String {
        value.isNaN ? "NaN" : (value < 0 ? minus + "∞" : "∞")
    }
}
