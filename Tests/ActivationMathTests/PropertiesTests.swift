import Testing

@testable import ActivationMath

/// The facts in the properties table, checked against the functions themselves at their defaults.
@Suite("Properties against sampled behaviour")
struct PropertiesTests {
    /// A dense grid where the shapes are, the far tails, and both sides of every breakpoint.
    static func points(_ a: any Activation) -> [Double] {
        let breaks = a.breakpoints(a.defaultParameters).map(\.x)
        let near = breaks.flatMap { [$0 - 1e-9, $0, $0 + 1e-9] }
        let far = [20.0, 50, 100, 700, 1000, 1e6, 1e12]
        return (Samples.grid(-10, 10, count: 4001) + far + far.map(-) + near).sorted()
    }

    static let ids = Catalogue.all.map(\.id)

    @Test("range and derivative range hold every sampled value and are approached", arguments: ids)
    func ranges(id: String) throws {
        let a = try #require(Catalogue.find(id)), p = a.defaultParameters
        let xs = Self.points(a)
        for (text, ys, what) in [
            (a.properties.range, xs.map { a.value($0, p) }, "range"),
            (a.properties.derivativeRange, xs.map { a.derivative($0, p) }, "derivative range"),
        ] {
            // "{0} (x ≠ 0)": a set qualified by where it holds; the values eval returns at the
            // excluded point are conventions, which the set holds too for the binary step.
            let bare = text.components(separatedBy: " (x ≠").first ?? text
            let set = try #require(IntervalSet(bare), "\(id): cannot read \(what) \(text)")
            for (x, y) in zip(xs, ys) where !set.containsClosure(y) {
                Issue.record("\(id): \(y) at x = \(x) lies outside the \(what) \(text)")
            }
            for target in set.targets {
                let nearest = ys.map { abs($0 - target) }.min() ?? .infinity
                #expect(nearest <= max(set.slack, 1e-6), "\(id): the \(what) \(text) claims \(target), samples come only within \(nearest)")
            }
            let (below, above) = set.unbounded
            #expect(below == ((ys.min() ?? 0) < -100), "\(id): \(what) \(text) vs sampled minimum \(ys.min() ?? 0)")
            #expect(above == ((ys.max() ?? 0) > 100), "\(id): \(what) \(text) vs sampled maximum \(ys.max() ?? 0)")
        }
    }

    @Test("monotonic exactly where claimed", arguments: ids)
    func monotonic(id: String) throws {
        let a = try #require(Catalogue.find(id)), p = a.defaultParameters
        let ys = Self.points(a).map { a.value($0, p) }
        let decreases = zip(ys, ys.dropFirst()).filter { $0.1 < $0.0 - 2 * $0.0.ulp }
        #expect(
            decreases.isEmpty == a.properties.monotonic, "\(id): \(decreases.count) decreasing steps, monotonic claimed \(a.properties.monotonic)")
    }

    @Test("saturation exactly where f′ vanishes far out", arguments: ids)
    func saturation(id: String) throws {
        let a = try #require(Catalogue.find(id)), p = a.defaultParameters
        #expect((abs(a.derivative(-1e8, p)) < 1e-9) == a.properties.saturatesLeft, "\(id) left: f′(−1e8) = \(a.derivative(-1e8, p))")
        #expect((abs(a.derivative(1e8, p)) < 1e-9) == a.properties.saturatesRight, "\(id) right: f′(1e8) = \(a.derivative(1e8, p))")
    }

    @Test("continuity class agrees with the breakpoints", arguments: ids)
    func continuity(id: String) throws {
        let a = try #require(Catalogue.find(id))
        let kinds = a.breakpoints(a.defaultParameters).map(\.kind)
        switch a.properties.continuity {
        case .discontinuous: #expect(kinds.contains(.jump))
        case .c0: #expect(kinds.contains(.kink) && !kinds.contains(.jump))
        case .c1, .c2: #expect(!kinds.isEmpty && kinds.allSatisfy { $0 == .join })
        case .smooth: #expect(kinds.isEmpty)
        }
    }

    @Test("framework names are written as calls in their own namespace", arguments: ids)
    func frameworkNames(id: String) throws {
        let props = try #require(Catalogue.find(id)).properties
        for (name, prefix) in [(props.pytorch, "torch."), (props.keras, "keras."), (props.jax, "jax.")] {
            if let name { #expect(name.hasPrefix(prefix), "\(id): \(name)") }
        }
    }
}
