import RealModule

/// The n-point Gauss–Legendre rule on [−1, 1]: exact for polynomials of degree up to 2n − 1,
/// and for a function analytic inside the Bernstein ellipse with foci ±1 and parameter ρ its
/// error falls like ρ^(−2n).
///
/// The nodes are computed once, by Newton's method on the three-term recurrence of Pₙ, rather
/// than typed in. In plain doubles the weights 2/((1 − x²)Pₙ′(x)²) come out about 2 ulp too
/// large, all in the same direction (the rounding of the node and of the recurrence both
/// enter squared), so every integral would be biased by 2 ulp; in double words the node and
/// Pₙ′ carry ~100 bits and node and weight are each rounded once. `GaussLegendreRuleTests`
/// checks the rule against every monomial it must integrate exactly.
struct GaussLegendreRule: Sendable {
    /// Nodes in (−1, 1), ascending.
    let nodes: [Double]
    /// Weights, positive, summing to 2.
    let weights: [Double]

    /// The rule with `count` nodes (at least 1).
    init(count n: Int) {
        var nodes = [Double](repeating: 0, count: n)
        var weights = [Double](repeating: 0, count: n)
        for i in 0..<(n + 1) / 2 {
            // Tricomi's approximation to the i-th largest root is within 1e-3 for n ≥ 4;
            // Newton in doubles finishes it, and two steps in double words refine it.
            var guess = Double.cos(Double.pi * (Double(i) + 0.75) / (Double(n) + 0.5))
            for _ in 0..<100 {
                let (p, dp) = Self.legendre(n, at: DoubleWord(guess))
                let step = (p / dp).rounded
                guess -= step
                if abs(step) <= 1e-16 { break }
            }
            var x = DoubleWord(guess)
            for _ in 0..<2 {
                let (p, dp) = Self.legendre(n, at: x)
                x = x - p / dp
            }
            let slope = Self.legendre(n, at: x).derivative
            let w = (2 / ((1 - x * x) * slope * slope)).rounded
            nodes[n - 1 - i] = x.rounded
            nodes[i] = -x.rounded
            weights[n - 1 - i] = w
            weights[i] = w
        }
        if n % 2 == 1 { nodes[n / 2] = 0 }
        self.nodes = nodes
        self.weights = weights
    }

    /// Pₙ(x) and Pₙ′(x) by Bonnet's recurrence (k+1)P_{k+1} = (2k+1)x·P_k − k·P_{k−1}, which
    /// is stable upwards for |x| ≤ 1.
    static func legendre(_ n: Int, at x: DoubleWord<Double>) -> (value: DoubleWord<Double>, derivative: DoubleWord<Double>) {
        if n == 0 { return (DoubleWord(1.0), DoubleWord(0.0)) }
        var previous = DoubleWord(1.0), current = x
        for k in 1..<n {
            let next = (x * current * Double(2 * k + 1) - previous * Double(k)) / Double(k + 1)
            previous = current
            current = next
        }
        // Pₙ′ = n(x·Pₙ − Pₙ₋₁)/(x² − 1), never evaluated at ±1, where no node lies.
        return (current, (x * current - previous) * Double(n) / (x * x - 1))
    }

    /// The integral of `f` over [a, b].
    func integrate<Value: SIMD>(from a: Double, to b: Double, _ f: (Double) -> Value) -> Value
    where Value.Scalar == Double {
        let half = (b - a) / 2, centre = a + half
        var sum = Value()
        for (node, weight) in zip(nodes, weights) {
            sum += weight * f(centre + half * node)
        }
        return half * sum
    }
}
