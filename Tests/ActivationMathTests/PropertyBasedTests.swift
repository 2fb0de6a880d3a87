import PropertyBased
import Testing

@testable import ActivationMath

/// Facts that must hold at every input, checked at random ones.
@Suite("Random inputs")
struct PropertyBasedTests {
    static let monotonic = Catalogue.all.filter(\.properties.monotonic).map(\.id)

    @Test("monotonic functions never decrease for random pairs", arguments: monotonic)
    func neverDecrease(id: String) async throws {
        let a = try #require(Catalogue.find(id)), p = a.defaultParameters
        await propertyCheck(input: Gen.double(in: -60...60), Gen.double(in: 0...5)) { x, step in
            #expect(a.value(x, p) <= a.value(x + step, p), "\(id): f(\(x)) > f(\(x + step))")
            #expect(a.value(x * 20, p) <= a.value(x * 20 + step, p))
        }
    }

    @Test("derivatives of monotonic functions are never negative", arguments: monotonic)
    func slopesNonNegative(id: String) async throws {
        let a = try #require(Catalogue.find(id)), p = a.defaultParameters
        await propertyCheck(input: Gen.double(in: -1000...1000)) { x in
            #expect(a.derivative(x, p) >= 0, "\(id)′(\(x)) = \(a.derivative(x, p))")
        }
    }

    @Test(
        "odd functions are exactly odd",
        arguments: ["identity", "tanh", "hard-tanh", "softsign", "tanhshrink", "softshrink", "hardshrink", "arctan", "sinusoid"])
    func odd(id: String) async throws {
        let a = try #require(Catalogue.find(id)), p = a.defaultParameters
        await propertyCheck(input: Gen.double(in: -100...100)) { x in
            #expect(a.value(-x, p) == -a.value(x, p))
            #expect(a.derivative(-x, p) == a.derivative(x, p))
        }
    }

    @Test("σ(x) + σ(−x) = 1 and softplus(x) − softplus(−x) = x to rounding")
    func identities() async {
        let s = Sigmoid(), sp = Softplus(), p = sp.defaultParameters
        await propertyCheck(input: Gen.double(in: -700...700)) { x in
            #expect(abs(s.value(x, [:]) + s.value(-x, [:]) - 1) <= 0x1p-53)
            let d = sp.value(x, p) - sp.value(-x, p)
            #expect(abs(d - x) <= 2 * max(sp.value(x, p), sp.value(-x, p)).ulp)
        }
    }

    @Test("f and f′ taken together are the very numbers taken apart", arguments: Variant.all)
    func valueAndDerivativeTogether(variant: Variant) async {
        let a = variant.activation, p = variant.parameters, id = variant.testDescription
        func equal(_ u: Double, _ v: Double) -> Bool { u.bitPattern == v.bitPattern || u.isNaN && v.isNaN }
        func same(_ x: Double) -> Bool {
            let both = a.valueAndDerivative(x, p)
            return equal(both.value, a.value(x, p)) && equal(both.derivative, a.derivative(x, p))
        }
        // Where the formulas change hands: GELU at ±40, GELU (tanh) at ±100, swish at |βx| = 750,
        // tanh's shared exponential at |x| = 550, tanhshrink's series at ±0.1, Mish at ±800,
        // the exponential's own limits at ±1100, the ends of every float.
        let switches: [Double] = [0.1, 40, 100, 375, 500, 550, 750, 800, 1100, 2500]
        let ends: [Double] = [
            0, -0.0, .infinity, -.infinity, .nan, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
            .leastNormalMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, -0.7518, -1.1924,
        ]
        let near: [Double] = switches.flatMap { (s: Double) -> [Double] in [s, s.nextUp, s.nextDown] }
        let edges = ends + near + near.map { -$0 }
        for x in edges { #expect(same(x), "\(id) at \(x)") }
        await propertyCheck(count: 300, input: Gen.double(in: -60...60)) { x in
            #expect(same(x), "\(id) at \(x)")
        }
        await propertyCheck(count: 100, input: Gen.double(in: -2000...2000)) { x in
            #expect(same(x), "\(id) at \(x)")
        }
        await propertyCheck(count: 60, input: Gen.double(in: -1e-6...1e-6)) { x in
            #expect(same(x), "\(id) at \(x)")
        }
    }

    @Test("the dual-number derivative agrees with the written one at random points", arguments: Variant.all)
    func dualAtRandom(variant: Variant) async {
        let a = variant.activation, p = variant.parameters
        await propertyCheck(count: 60, input: Gen.double(in: -30...30)) { x in
            guard variant.isAwayFromBreaks(x, margin: 1e-9) else { return }
            let automatic = a.value(Dual(x, 1.0), p).tangent, written = a.derivative(x, p)
            #expect(abs(automatic - written) <= max(1e-10 * abs(written), 1e-14), "\(variant.testDescription) at \(x)")
        }
    }
}
