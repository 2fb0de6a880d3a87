import Foundation
import PropertyBased
import Testing

@testable import ActivationMath

/// The double-word layer that every accurate formula rests on.
@Suite("Double-word arithmetic")
struct DoubleWordTests {
    @Test("the reference parser agrees with the platform's correctly rounded parse")
    func referenceParser() throws {
        var count = 0
        for c in try ReferenceFixtures.doubleCases() {
            for text in c.value + c.derivative where text != "0" {
                let parsed = try #require(ReferenceNumber(text))
                #expect(parsed.double == Double(text), "\(text)")
                count += 1
            }
        }
        #expect(count > 10000)
    }

    /// The inline instruction must compute a·b + c, in that order of operands, rounded once:
    /// libm's `fma` is the reference, compared bit for bit (any NaN matches any NaN).
    @Test("the inlined fused multiply-add is libm's fma, bit for bit")
    func fusedMultiplyAdd() async {
        func same(_ a: Double, _ b: Double, _ c: Double) -> Bool {
            let inline = Double.fusedMultiplyAdd(a, b, c), reference = Foundation.fma(a, b, c)
            return inline.bitPattern == reference.bitPattern || (inline.isNaN && reference.isNaN)
        }
        await propertyCheck(input: Gen.double(in: -1e300...1e300), Gen.double(in: -1e-10...1e-10), Gen.double(in: -1...1)) { a, b, c in
            #expect(same(a, b, c) && same(b, c, a) && same(c, a, b), "\(a) \(b) \(c)")
        }
        // Where one rounding differs from two, and the edges of the format.
        let special: [Double] = [
            0, -0.0, 1, -1, 1 + 0x1p-52, 1 - 0x1p-53, 0x1p-1074, -0x1p-1022, 0x1.fffffffffffffp1023,
            .infinity, -.infinity, .nan, 3, 1.0 / 3, 0.1,
        ]
        for a in special {
            for b in special {
                for c in special { #expect(same(a, b, c), "\(a) \(b) \(c)") }
            }
        }
        // (1 + 2⁻²⁷)² − 1 rounded once keeps the 2⁻⁵⁴ a separate product and sum would lose.
        let x = 1 + 0x1p-27
        #expect(Double.fusedMultiplyAdd(x, x, -1) == 0x1p-26 + 0x1p-54)
    }

    @Test("products and sums are exact: the low word holds the rounding error")
    func errorFreeTransformations() async {
        await propertyCheck(input: Gen.double(in: -1e6...1e6), Gen.double(in: -1e6...1e6)) { a, b in
            let p = DoubleWord.exactProduct(a, b)
            #expect(p.hi == a * b)
            #expect(Decimal(p.hi) + Decimal(p.lo) == Decimal(a) * Decimal(b) || abs(p.lo) <= p.hi.ulp / 2)
            let s = DoubleWord.exactSum(a, b)
            #expect(s.hi == a + b && abs(s.lo) <= s.hi.ulp / 2)
            #expect((s - a).rounded == b || abs((s - a).rounded - b) <= 1e-20 * abs(b))
        }
    }

    /// Up to |a| = 600: beyond, e^(−a) < 1e-260 and its low word is subnormal, so the product
    /// is only as good as a double, which the accuracy tests show is all the tails need.
    @Test("e^a·e^(−a) = 1 and expm1 matches the platform to an ulp")
    func exponential() async {
        await propertyCheck(input: Gen.double(in: -600...600)) { a in
            let product = DoubleWord.exp(DoubleWord(a)) * DoubleWord.exp(DoubleWord(-a))
            #expect(abs(product.hi - 1) <= 0x1p-52 && abs((product - 1.0).rounded) <= 1e-28)
            let m = DoubleWord.expMinusOne(DoubleWord(a)).rounded
            #expect(abs(m - Foundation.expm1(a)) <= max(Foundation.expm1(a).ulp, Double.leastNonzeroMagnitude))
        }
    }

    @Test("each entry of the exponential's table, raised to the 64th power, is a power of two")
    func expTable() {
        #expect(ExpTable.powerOfTwoMinusOne.count == 64)
        for (i, (hi, lo)) in ExpTable.powerOfTwoMinusOne.enumerated() {
            var power = DoubleWord<Double>(constant: hi, lo) + 1.0
            for _ in 0..<6 { power = power * power }
            let expected = Foundation.pow(2, Double(i - 32))
            // Six double-word squarings multiply an entry's error by 64 and add about 2⁻¹⁰⁰ of
            // their own: a bound of 2⁻⁹⁶ holds each entry to about 2⁻¹⁰².
            #expect(abs((power - expected).rounded) <= 0x1p-96 * expected, "j = \(i - 32)")
        }
    }

    @Test("eˣ and eˣ − 1 on both sides of every boundary of the table's reduction")
    func expAcrossTable() {
        // n = round(64x/ln 2) changes at x = (n + ½)·ln 2/64; either side must give the same
        // function, continuous to the last bits.
        for n in -200...200 {
            let edge = (Double(n) + 0.5) * 0.6931471805599453 / 64
            for x in [edge.nextDown, edge, edge.nextUp] {
                let e = DoubleWord.exp(DoubleWord(x))
                #expect(abs(e.rounded - Foundation.exp(x)) <= Foundation.exp(x).ulp, "\(x)")
                let m = DoubleWord.expMinusOne(DoubleWord(x)).rounded
                #expect(abs(m - Foundation.expm1(x)) <= Foundation.expm1(x).ulp, "\(x)")
            }
        }
    }

    @Test("log(1 + u) inverts eˣ − 1, down to u = 1e-300")
    func logOnePlus() async {
        await propertyCheck(input: Gen.double(in: -300...2)) { power in
            let u = pow(10, power)
            let back = DoubleWord.expMinusOne(DoubleWord.logOnePlus(DoubleWord(u)))
            #expect(abs((back - u).rounded) <= 1e-28 * u)
        }
    }

    @Test("erfc and Φ agree with the platform's erfc to its stated accuracy and are complementary")
    func normal() async {
        await propertyCheck(input: Gen.double(in: -30...30)) { x in
            let phi = NormalDistribution.cumulative(DoubleWord(x))
            let mirrored = NormalDistribution.cumulative(DoubleWord(-x))
            #expect(abs(((phi + mirrored) - 1.0).rounded) <= 1e-30)
            let t = abs(x)
            let platform = Foundation.erfc(t)
            #expect(abs(NormalDistribution.complementaryError(DoubleWord(t)).rounded - platform) <= 4 * platform.ulp)
        }
    }

    @Test("division, square root and tanh invert what they should")
    func inverses() async {
        await propertyCheck(input: Gen.double(in: 0.001...1000), Gen.double(in: -1000...1000)) { a, b in
            let q = DoubleWord(b) / DoubleWord(a)
            #expect(abs(((q * a) - b).rounded) <= 1e-29 * max(abs(b), 1e-300))
            let r = DoubleWord.sqrt(DoubleWord(a))
            #expect(abs(((r * r) - a).rounded) <= 1e-29 * a)
            let t = DoubleWord.tanh(DoubleWord(b / 100)).rounded
            #expect(abs(t - Foundation.tanh(b / 100)) <= 2 * Foundation.tanh(b / 100).ulp + 1e-300)
        }
    }

    @Test("scaling by 2ⁿ in two factors gives what the factors built by Double(sign:exponent:significand:) give")
    func scaledByPowerOfTwo() {
        func reference(_ x: DoubleWord<Double>, _ n: Int) -> (Double, Double) {
            let half = n / 2
            let a = Double(sign: .plus, exponent: half, significand: 1), b = Double(sign: .plus, exponent: n - half, significand: 1)
            return (x.hi * a * b, x.lo * a * b)
        }
        let values = [DoubleWord<Double>(1, 0), DoubleWord(-1.5, 1e-17), DoubleWord(0.6931471805599453, 2.3190468138462996e-17)]
        for x in values {
            for n in -2300...2300 {
                let scaled = x.scaled(byPowerOfTwo: n), expected = reference(x, n)
                #expect(scaled.hi.bitPattern == expected.0.bitPattern && scaled.lo.bitPattern == expected.1.bitPattern, "\(x.hi) × 2^\(n)")
            }
        }
    }
}
