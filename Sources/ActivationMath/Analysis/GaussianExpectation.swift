import RealModule

/// Expectations E[g(Z)] for a standard normal Z, by adaptive piecewise Gauss–Legendre
/// quadrature of g(x)·φ(x) over [−L, L], split at the points where g is not smooth.
///
/// Why this and not Gauss–Hermite: Hermite rules converge fast only when g is smooth on the
/// whole line; ReLU's corner at 0 slows them to algebraic convergence, and a 100-point rule
/// misses its mean by 1.6e-3 (numpy's hermegauss). Splitting at the declared breakpoints leaves pieces on which g is analytic, and
/// there Gauss–Legendre on panels of width 2 converges like ρ^(−40), ρ ≥ 2.4 for every
/// catalogue entry (the nearest complex singularity, arctan's at ±i, lies a panel half-width
/// away from the axis): about 1e-16 before any refinement.
///
/// Each panel is checked by comparing the rule on the whole panel with the rule on its two
/// halves; a panel whose two estimates disagree is bisected, so an undeclared corner or jump
/// (a user's `--expr`) costs more evaluations, not accuracy. The halves' sum is kept, which is
/// far more accurate than the difference that vouches for it.
///
/// Truncation: outside [−10, 10] the Gaussian mass is 1.5e-23 and ∫|x|^k φ stays below 1e-20
/// for k ≤ 2, so a function growing no faster than a polynomial loses nothing visible. One that
/// grows fast enough to matter there (e^(x²/2), whose mean does not exist) is caught by
/// checking the integrand at ±L, and the expectation is reported as not converged.
///
/// One component that fails marks the whole result unconverged: the callers take f, f′ and
/// f² together, and a mean that exists beside a second moment that does not is rare enough
/// (a heavy tail like |x|^(−1/2)·… is nothing an activation has) to report as nil.
struct GaussianExpectation: Sendable {
    /// Half-width of the integration interval.
    static let limit = 10.0
    /// The widest initial panel; see the type's comment for the rate this buys.
    static let panelWidth = 2.0
    /// Accept a panel when its two estimates agree to this fraction of ∫|g|φ over it.
    static let relativeTolerance = 1e-14
    /// …or to this absolute amount, so panels where g·φ is ~0 are not refined forever.
    static let absoluteTolerance = 1e-17
    /// Bisections allowed below an initial panel: a jump the caller did not declare converges
    /// linearly in the panel width, and 2⁻⁵⁰ of a panel pushes its error below the tolerance.
    static let maximumDepth = 60
    /// Integrand evaluations allowed in all: the depth limit alone bounds a jump's cost, not
    /// that of a formula such as sin(1/x), whose failing panels multiply at every level.
    /// A smooth catalogue entry needs about 600.
    static let evaluationBudget = 200_000

    /// The rule every panel uses.
    static let rule = GaussLegendreRule(count: 20)

    /// The result with what the quadrature could vouch for.
    struct Result<Value: SIMD> where Value.Scalar == Double {
        /// E[g(Z)], component by component.
        var value: Value
        /// Whether every panel met the tolerance, the integrand was finite at every node, and
        /// it had vanished at ±L.
        var converged: Bool
        /// Integrand evaluations spent, for the timing tests.
        var evaluations: Int
    }

    /// E[g(Z)] for each component of `g`, splitting at `breaks` (points outside (−L, L) ignored).
    static func expectation<Value: SIMD>(
        of g: (Double) -> Value, splittingAt breaks: [Double]
    ) -> Result<Value> where Value.Scalar == Double {
        var evaluations = 0
        var converged = true
        func weighted(_ x: Double) -> Value {
            evaluations += 1
            return density(x) * g(x)
        }
        var cuts = [-limit] + breaks.filter { $0 > -limit && $0 < limit }.sorted() + [limit]
        cuts = cuts.enumerated().filter { $0.offset == 0 || $0.element != cuts[$0.offset - 1] }.map(\.element)
        var total = Value()
        for (a, b) in zip(cuts, cuts.dropFirst()) {
            let pieces = max(1, Int(((b - a) / panelWidth).rounded(.up)))
            for k in 0..<pieces {
                // Panel ends from the piece's ends, so the last one ends exactly at b.
                let left = k == 0 ? a : a + (b - a) * Double(k) / Double(pieces)
                let right = k == pieces - 1 ? b : a + (b - a) * Double(k + 1) / Double(pieces)
                let whole = rule.integrate(from: left, to: right, weighted)
                total += refine(left, right, whole, depth: 0, weighted, { evaluations }, &converged)
            }
        }
        // g·φ at ±L bounds the tail beyond it (for g growing slower than the Gaussian falls,
        // the tail is below g(L)φ(L)/(L − growth rate)), so it must be negligible beside the
        // result; e^x passes (2e-18 at L), e^(x²/4), whose mean exists but lies mostly
        // beyond ±L, does not.
        let ends = weighted(-limit), far = weighted(limit)
        for i in 0..<Value.scalarCount {
            let tail = abs(ends[i]) + abs(far[i])
            if !total[i].isFinite || !(tail <= max(relativeTolerance * abs(total[i]), absoluteTolerance)) {
                converged = false
            }
        }
        return Result(value: total, converged: converged, evaluations: evaluations)
    }

    /// The integral over [a, b] given the whole-panel estimate: the halves' sum if it agrees,
    /// else each half refined.
    private static func refine<Value: SIMD>(
        _ a: Double, _ b: Double, _ whole: Value, depth: Int,
        _ g: (Double) -> Value, _ spent: () -> Int, _ converged: inout Bool
    ) -> Value where Value.Scalar == Double {
        guard spent() < evaluationBudget else {
            converged = false
            return whole
        }
        let m = a + (b - a) / 2
        let left = rule.integrate(from: a, to: m, g)
        let right = rule.integrate(from: m, to: b, g)
        let halves = left + right
        var agrees = true
        for i in 0..<Value.scalarCount {
            let difference = abs(halves[i] - whole[i])
            // The panel's |∫g| stands in for ∫|g|: a sign change inside costs a bisection
            // at most, never a wrong acceptance of a large error.
            let scale = abs(left[i]) + abs(right[i])
            if !(difference <= max(relativeTolerance * scale, absoluteTolerance)) { agrees = false }
        }
        if agrees { return halves }
        guard depth < maximumDepth, m > a, m < b, halves.isFiniteEverywhere else {
            converged = false
            return halves
        }
        return refine(a, m, left, depth: depth + 1, g, spent, &converged)
            + refine(m, b, right, depth: depth + 1, g, spent, &converged)
    }

    /// φ(x) = e^(−x²/2)/√(2π). The rounding of x² costs a relative error of x²·2⁻⁵³ in φ,
    /// 5e-15 at x = 8, where φ is itself 5e-15 of its peak: far below the tolerance.
    static func density(_ x: Double) -> Double {
        Double.exp(-0.5 * x * x) * 0.3989422804014327
    }
}

extension SIMD where Scalar == Double {
    /// Whether no component is infinite or NaN.
    fileprivate var isFiniteEverywhere: Bool {
        (0..<scalarCount).allSatisfy { self[$0].isFinite }
    }
}
