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
