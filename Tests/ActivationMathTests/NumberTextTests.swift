import Foundation
import Testing

@testable import ActivationMath

@Suite("Number text")
struct NumberTextTests {
    @Test("the inline rounding is rounded(): halves away from zero, signed zeros, the ends of every float")
    func roundedHalfAway() {
        var values: [Double] = [
            0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994, 0x1p52 - 0.5,
            -(0x1p52 - 0.5), 0x1p52, 0x1p52 + 1, 0x1p53 + 2, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
            .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .infinity, -.infinity, 1e300, -1e-300, 0.3, -0.3,
        ]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let scale = Double(sign: .plus, exponent: Int.random(in: -8...60, using: &rng), significand: 1)
            values.append(Double.random(in: -1...1, using: &rng) * scale)
            values.append(
                (Double(Int.random(in: -1_000_000...1_000_000, using: &rng)) + 0.5) / Double([1, 2, 4, 8][Int.random(in: 0..<4, using: &rng)]))
        }
        for v in values {
            #expect(NumberText.roundedHalfAway(v).bitPattern == v.rounded().bitPattern, "\(v)")
        }
        #expect(NumberText.roundedHalfAway(.nan).isNaN)
    }

    @Test("fractions that reproduce the double exactly, in lowest terms")
    func fractions() {
        #expect(NumberText.fraction(of: 1.0 / 3) ?? (0, 0) == (1, 3))
        #expect(NumberText.fraction(of: 0.22916666666666666) ?? (0, 0) == (11, 48))
        #expect(NumberText.fraction(of: RReLU().slope(RReLU().defaultParameters)) ?? (0, 0) == (11, 48))
        #expect(NumberText.fraction(of: -2.0 / 7) ?? (0, 0) == (-2, 7))
        #expect(NumberText.fraction(of: 0.5) ?? (0, 0) == (1, 2))
        #expect(NumberText.fraction(of: 6) ?? (0, 0) == (6, 1))
        #expect(NumberText.fraction(of: 0) ?? (1, 0) == (0, 1))
        #expect(NumberText.fraction(of: 997.0 / 1000) ?? (0, 0) == (997, 1000))
        #expect(NumberText.fraction(of: 1.0 / 1009) == nil, "denominator over 1000")
        #expect(NumberText.fraction(of: 1.0 / 1009, maximumDenominator: 2000) ?? (0, 0) == (1, 1009))
        #expect(NumberText.fraction(of: 1.7580993408473768) == nil)
        #expect(NumberText.fraction(of: 0.3989422804014327) == nil)
        #expect(NumberText.fraction(of: 1.0 / 3 + 0x1p-54) == nil, "one ulp off 1/3 is not 1/3")
        #expect(NumberText.fraction(of: .nan) == nil && NumberText.fraction(of: .infinity) == nil)
        #expect(NumberText.fraction(of: 1e300) == nil)
    }

    @Test(
        "short: at most n significant digits, no trailing zeros",
        arguments: [
            (0.3333333333333333, 5, "0.33333"), (0.22916666666666666, 5, "0.22917"), (1.7580993408473768, 5, "1.7581"),
            (0.3989422804014327, 5, "0.39894"), (0.5, 5, "0.5"), (3, 5, "3"), (-0.25, 5, "-0.25"), (100, 5, "100"),
            (123456, 5, "1.2346e+05"), (1e-17, 5, "1e-17"), (0.0001, 5, "0.0001"), (2.5e-5, 5, "2.5e-05"),
            (-0.0, 5, "0"), (0.9999999, 5, "1"), (0.125, 2, "0.12"), (0.375, 2, "0.38"), (2.0 / 3, 1, "0.7"),
            (0.1, 17, "0.10000000000000001"), (Double.infinity, 5, "inf"), (-Double.infinity, 5, "-inf"), (Double.nan, 5, "nan"),
        ] as [(Double, Int, String)])
    func short(value: Double, digits: Int, text: String) {
        #expect(NumberText.short(value, significantDigits: digits) == text)
    }

    @Test("short rounds the exact binary value: 0.15 is below 3/20, so 1 digit gives 0.1")
    func exactRounding() {
        #expect(NumberText.short(0.15, significantDigits: 1) == "0.1")
        #expect(NumberText.short(0.35, significantDigits: 1) == "0.3")
        #expect(NumberText.short(0.45, significantDigits: 1) == "0.5")
    }

    @Test("fixed, scientific and short print what String(format:) prints, for every precision")
    func printedAsFormat() {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [
            0, -0.0, 0.5, -0.5, 2.5, 1e-300, -1e-300, 5e-324, 1.7976931348623157e308, -1.7976931348623157e308, 123456789.125, 0.1,
        ]
        for _ in 0..<300 {
            let bits = generator.next() as UInt64
            let value = Double(bitPattern: bits)
            if value.isFinite { values.append(value) }
            values.append(Double(Int64(truncatingIfNeeded: bits) % 2_000_001 - 1_000_000) / 64)
        }
        for value in values {
            for decimals in 0...17 {
                #expect(NumberText.fixed(value, decimals: decimals) == String(format: "%.\(decimals)f", value), "\(value) \(decimals)")
                #expect(NumberText.scientific(value, decimals: decimals) == String(format: "%.\(decimals)e", value), "\(value) \(decimals)")
                if decimals > 0, value != 0 {
                    #expect(NumberText.short(value, significantDigits: decimals) == String(format: "%.\(decimals)g", value), "\(value) \(decimals)")
                }
            }
        }
    }
}
