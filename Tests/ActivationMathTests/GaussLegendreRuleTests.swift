import Testing

@testable import ActivationMath

@Suite("Gauss–Legendre rule")
struct GaussLegendreRuleTests {
    @Test("20 nodes: symmetric, weights sum to 2, exact for every monomial up to degree 39")
    func exactness() {
        let rule = GaussLegendreRule(count: 20)
        #expect(rule.nodes == rule.nodes.sorted())
        #expect(zip(rule.nodes, rule.nodes.reversed()).allSatisfy { $0 == -$1 })
        #expect(abs(rule.weights.reduce(0, +) - 2) <= 2 * 2.0.ulp)
        for degree in 0...39 {
            let exact = degree % 2 == 1 ? 0 : 2 / Double(degree + 1)
            let computed = rule.integrate(from: -1, to: 1) { x in SIMD2(Self.power(x, degree), 0) }[0]
            // xᵏ by k − 1 rounded products, then a sum of 20 rounded terms: the bound is that
            // many roundings of the terms' magnitudes, which for odd powers is not the result (0).
            let magnitude = zip(rule.nodes, rule.weights).map { abs($1 * Self.power($0, degree)) }.reduce(0, +)
            #expect(abs(computed - exact) <= Double(degree + 4) * 0x1p-53 * magnitude, "x^\(degree): \(computed) vs \(exact)")
        }
    }

    @Test("odd counts put a node at 0")
    func oddCount() {
        let rule = GaussLegendreRule(count: 5)
        #expect(rule.nodes[2] == 0)
        #expect(rule.weights[2] == 128.0 / 225)
        #expect(abs(rule.weights[0] - (322 - 13 * 70.0.squareRoot()) / 900) <= 2 * 0.2.ulp)
    }

    static func power(_ x: Double, _ n: Int) -> Double { (0..<n).reduce(1) { acc, _ in acc * x } }
}
