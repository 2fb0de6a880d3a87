import ActivationMath
import Foundation
import Testing

@testable import Report

@Suite("prose numbers")
struct ProseNumberTests {
    /// The count as the text's Characters give it: the digits before any exponent, less leading
    /// zeros and, after a point, trailing ones.
    static func reference(_ shortest: String) -> Int {
        let mantissa = shortest.split(whereSeparator: { $0 == "e" || $0 == "E" }).first.map(String.init) ?? shortest
        var digits = mantissa.filter(\.isNumber)
        if mantissa.contains(Character(".")) { while digits.last == "0", digits.count > 1 { digits.removeLast() } }
        while digits.first == "0", digits.count > 1 { digits.removeFirst() }
        return digits.count
    }

    @Test("significant digits of shortest decimals, read from their bytes, as their Characters count them")
    func significantDigits() {
        var texts = ["0", "-0.0", "0.25", "100", "1e-05", "1.5e+20", "-1.2345e-300", "5e-324", "inf", "-inf", "nan", "\u{2212}0.75"]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let scale = Double(sign: .plus, exponent: Int.random(in: -60...60, using: &rng), significand: 1)
            let value = Double.random(in: -1...1, using: &rng) * scale
            texts += [value.shortText, NumberText.short(value, significantDigits: Int.random(in: 1...6, using: &rng))]
        }
        for text in texts {
            #expect(ProseNumber.significantDigits(text) == Self.reference(text), "\(text)")
        }
    }
}
