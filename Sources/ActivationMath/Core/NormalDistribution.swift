/// The standard normal distribution's density φ and cumulative Φ in double words, for GELU.
///
/// GELU(x) = x·Φ(x) with Φ(x) = erfc(−x/√2)/2. The platform's erfc is up to 3.4 ulp off near
/// t = 1.2 (measured against mpmath), and −x/√2 is itself rounded, which erfc magnifies by about
/// 2t²: 1400 ulp at x = −37. Here the argument stays a double word and erfc is summed to about
/// 100 bits, so GELU and its derivative are rounded once.
enum NormalDistribution {
    /// Φ(x) = P(X ≤ x) for a standard normal X.
    static func cumulative<T>(_ x: DoubleWord<T>) -> DoubleWord<T> {
        let magnitude = x.hi.primal < 0 ? -x : x
        let half = complementaryError(magnitude * DoubleWord(constant: 0.7071067811865476, -4.833646656726457e-17)) * T(0.5)
        return x.hi.primal < 0 ? half : T(1) - half
    }

    /// φ(x) = e^(−x²/2)/√(2π), with x² exact so the exponential sees the true argument.
    static func density<T>(_ x: DoubleWord<T>) -> DoubleWord<T> {
        DoubleWord.exp(x * x * T(-0.5)) * DoubleWord(constant: 0.3989422804014327, -2.49232720227773e-17)
    }

    /// erfc(t) for t ≥ 0.
    ///
    /// Below t = 2.5 it sums erf(t) = (2/√π)·e^(−t²)·Σ 2ⁿt^(2n+1)/(2n+1)!!, whose terms are all
    /// positive (at most 56 of them), and subtracts from 1, losing at most 11 of the ~100 bits.
    /// From 2.5 on it evaluates the even contraction of Laplace's continued fraction,
    /// erfc(t) = (2t/√π)·e^(−t²) / (2t² + 1 − 1·2/(2t² + 5 − 3·4/(2t² + 9 − …))), with a depth
    /// of ⌈450/t² + 8⌉, which covers the depth measured for a relative error of 1e-33 at every t
    /// from 2.5 (70) to 27 (6).
    static func complementaryError<T>(_ t: DoubleWord<T>) -> DoubleWord<T> {
        let v = t.hi.primal
        if v > 40 { return DoubleWord(T(0)) }  // erfc(40) ≈ 1e-697
        guard v.isFinite else { return DoubleWord(T(v)) }
        let twoOverRootPi = DoubleWord<T>(constant: 1.1283791670955126, 1.533545961316588e-17)
        let gauss = DoubleWord.exp(-(t * t))
        let y = t * t * T(2)
        if v < 2.5 {
            var term = t, sum = t
            for n in 1...200 {
                term = term * y / T(Double(2 * n + 1))
                sum = sum + term
                if term.hi.primal <= sum.hi.primal * 1e-34 { break }
            }
            return T(1) - twoOverRootPi * gauss * sum
        }
        let depth = Int((450 / (v * v) + 8).rounded(.up))
        var f = y + T(Double(4 * depth + 1))
        for n in stride(from: depth, through: 1, by: -1) {
            f = y + T(Double(4 * n - 3)) - T(Double((2 * n - 1) * (2 * n))) / f
        }
        return twoOverRootPi * t * gauss / f
    }
}
