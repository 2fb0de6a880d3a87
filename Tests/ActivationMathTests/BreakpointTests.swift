import Testing

@testable import ActivationMath

@Suite("Breakpoints")
struct BreakpointTests {
    @Test("the value at each point is what value and derivative return there", arguments: Variant.all)
    func valuesAtThePoint(variant: Variant) {
        let a = variant.activation, p = variant.parameters
        for b in a.breakpoints(p) {
            #expect(a.value(b.x, p) == b.value.at, "\(variant.testDescription): f(\(b.x))")
            #expect(a.derivative(b.x, p) == b.derivative.at, "\(variant.testDescription): f′(\(b.x))")
            #expect(b.value.at == b.value.left || b.value.at == b.value.right, "f(\(b.x)) takes one of its limits")
        }
    }

    @Test("the one-sided limits are what value and derivative approach", arguments: Variant.all)
    func limits(variant: Variant) {
        let a = variant.activation, p = variant.parameters
        for b in a.breakpoints(p) {
            let delta = 1e-9 * max(1, abs(b.x))
            let checks = [
                ("f left", a.value(b.x - delta, p), b.value.left), ("f right", a.value(b.x + delta, p), b.value.right),
                ("f′ left", a.derivative(b.x - delta, p), b.derivative.left), ("f′ right", a.derivative(b.x + delta, p), b.derivative.right),
            ]
            for (what, sampled, limit) in checks {
                #expect(abs(sampled - limit) <= 1e-7 * max(1, abs(limit)), "\(variant.testDescription) at \(b.x): \(what) \(sampled) vs \(limit)")
            }
        }
    }

    @Test("each kind matches its limits, and the points are sorted and inside the default range", arguments: Variant.all)
    func kinds(variant: Variant) {
        let a = variant.activation, points = a.breakpoints(variant.parameters)
        #expect(points.map(\.x) == points.map(\.x).sorted())
        for b in points {
            switch b.kind {
            case .jump: #expect(b.value.isJump)
            case .kink: #expect(!b.value.isJump && b.derivative.isJump)
            case .join: #expect(!b.value.isJump && !b.derivative.isJump)
            }
            if variant.overrides.isEmpty {
                #expect(
                    a.defaultRange.contains(b.x) && b.x != a.defaultRange.lowerBound && b.x != a.defaultRange.upperBound,
                    "\(a.id): breakpoint \(b.x) should show inside the default range \(a.defaultRange)")
            }
        }
    }

    @Test("no hidden jumps: between breakpoints f moves by at most |f′|·h plus rounding", arguments: Variant.all)
    func noHiddenJumps(variant: Variant) {
        let a = variant.activation, p = variant.parameters
        let xs = Samples.grid(-9, 9, count: 1801)
        for (u, v) in zip(xs, xs.dropFirst()) where variant.breaks.allSatisfy({ !(u...v).contains($0) }) {
            let step = abs(a.value(v, p) - a.value(u, p))
            let bound = (v - u) * max(abs(a.derivative(u, p)), abs(a.derivative(v, p))) * 1.5 + 1e-12
            #expect(step <= bound, "\(variant.testDescription): f jumps by \(step) between \(u) and \(v)")
        }
    }

    @Test(
        "PyTorch's conventions at the corners",
        arguments: [
            ("relu", 0.0, 0.0), ("relu6", 0, 0), ("relu6", 6, 0), ("leaky-relu", 0, 0.01), ("hard-tanh", -1, 0), ("hard-tanh", 1, 0),
            ("hard-sigmoid", -3, 0), ("hard-sigmoid", 3, 0), ("hard-swish", -3, 0), ("hard-swish", 3, 1), ("elu", 0, 1),
            ("selu", 0, 1.0507009873554805 * 1.6732632423543772), ("softshrink", 0.5, 0), ("softshrink", -0.5, 0),
            ("hardshrink", 0.5, 0), ("hardshrink", -0.5, 0), ("celu", 0, 1), ("leaky-relu6", 0, 0.01), ("leaky-relu6", 6, 0),
        ])
    func conventions(id: String, x: Double, slope: Double) throws {
        let a = try #require(Catalogue.find(id))
        #expect(abs(a.derivative(x, a.defaultParameters) - slope) <= 2 * slope.ulp, "\(id)′(\(x))")
        let point = try #require(a.breakpoints(a.defaultParameters).first { $0.x == x })
        #expect(point.derivative.at == a.derivative(x, a.defaultParameters))
    }

    @Test("hardshrink takes 0 at ±λ, the band's side of the jump")
    func hardshrinkAtEdges() {
        let h = Hardshrink(), p = h.defaultParameters
        #expect(h.value(0.5, p) == 0 && h.value(-0.5, p) == 0)
        #expect(h.value(0.5.nextUp, p) == 0.5.nextUp)
    }
}
