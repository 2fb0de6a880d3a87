import Testing

@testable import ActivationMath

@Suite("Sample grids and sampled tables")
struct SampleGridTests {
    /// A unit step with its jump at `at`, taking 1 at the point, as binary-step does.
    struct Step: Activation {
        var at: Double
        var id: String { "step" }
        var properties: ActivationProperties {
            ActivationProperties(
                range: "[0, 1]", derivativeRange: "{0}", monotonic: true, saturatesLeft: true,
                saturatesRight: true, continuity: .discontinuous, pytorch: nil, keras: nil, jax: nil)
        }
        var formula: Formula { Formula(value: .sequence([]), derivative: .sequence([])) }
        func value<T: ActivationScalar>(_ x: T, _ p: ParameterValues) -> T { x.primal >= at ? 1 : 0 }
        func derivative<T: ActivationScalar>(_ x: T, _ p: ParameterValues) -> T { 0 }
        func breakpoints(_ p: ParameterValues) -> [Breakpoint] {
            [Breakpoint(x: at, kind: .jump, value: .init(left: 0, right: 1, at: 1), derivative: .init(continuous: 0))]
        }
    }

    @Test("evenly spaced points include both ends and print as short decimals")
    func grid() {
        let xs = SampleGrid.evenlySpaced(-5...5, count: 201)
        #expect(xs.count == 201 && xs.first == -5 && xs.last == 5)
        #expect(xs[1] == -4.95 && xs[100] == 0 && xs[107] == 0.35)
        #expect(zip(xs, xs.dropFirst()).allSatisfy { $0 < $1 })
        let huge = SampleGrid.evenlySpaced(-Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude, count: 5)
        #expect(huge.allSatisfy(\.isFinite) && huge[2] == 0)
        #expect(SampleGrid.evenlySpaced(0...1, count: 1) == [0])
    }

    @Test("a breakpoint off the grid is added at its exact position with the value used there")
    func breakpointAdded() {
        let step = Step(at: 0.3)
        let rows = step.samples(in: -1...1, count: 5, step.defaultParameters)
        #expect(rows.map(\.x) == [-1, -0.5, 0, 0.3, 0.5, 1])
        #expect(rows[3] == ActivationSample(x: 0.3, value: 1, derivative: 0))
        #expect(rows[2].value == 0)
    }

    @Test("a breakpoint on the grid is not repeated, and one outside the range is left out")
    func breakpointOnGrid() {
        let onGrid = Step(at: 0)
        #expect(onGrid.samples(in: -1...1, count: 5, onGrid.defaultParameters).map(\.x) == [-1, -0.5, 0, 0.5, 1])
        let outside = Step(at: 2)
        #expect(outside.samples(in: -1...1, count: 3, outside.defaultParameters).count == 3)
    }

    @Test("every catalogue breakpoint in range appears with its values at the point")
    func catalogueBreakpoints() {
        for a in Catalogue.all {
            let p = a.defaultParameters
            let rows = a.samples(in: a.defaultRange, count: 7, p)
            for b in a.breakpoints(p) where a.defaultRange.contains(b.x) {
                #expect(rows.contains(ActivationSample(x: b.x, value: b.value.at, derivative: b.derivative.at)), "\(a.id) at \(b.x)")
            }
            #expect(zip(rows, rows.dropFirst()).allSatisfy { $0.x < $1.x }, "\(a.id) rows not sorted")
        }
    }
}
