/// Exponential-based functions in double-word precision, the ground most activations stand on.
///
/// The platform's `exp` is within an ulp, but an activation that adds or divides such results
/// gathers several ulps, and one whose terms cancel gathers hundreds. These versions are good to
/// about 100 bits, so one final rounding decides the result.
extension DoubleWord {
    /// ln 2 to 32 digits, for the argument reduction.
    static var ln2: DoubleWord { DoubleWord(constant: 0.6931471805599453, 2.3190468138462996e-17) }

    /// 1/6, 1/24 and 1/120 to 32 digits: the Taylor coefficients summed in double words.
    private static var sixth: DoubleWord { DoubleWord(constant: 0.16666666666666666, 9.25185853854297e-18) }
    private static var twentyFourth: DoubleWord { DoubleWord(constant: 0.041666666666666664, 2.3129646346357427e-18) }
    private static var hundredTwentieth: DoubleWord { DoubleWord(constant: 0.008333333333333333, 1.1564823173178714e-19) }

    /// Writes eᵃ as 2ᵏ(1 + m) with |m| < 0.42, keeping m to full relative precision, so that
    /// eᵃ − 1 near a = 0 loses nothing. Needs a finite `a` with |a| ≤ 1100.
    ///
    /// The reduced argument r = a − k·ln 2 is divided by 64, so |s| < 0.0055, and eˢ − 1 = s·p
    /// with p = 1 + s/2 + s²/6 + … by Horner's rule. Only the terms up to s⁴/120 need double
    /// words: the rest together stay below 2⁻⁴⁷ of p, so summing them in plain `T` (from the
    /// leading part of s) errs by less than 2⁻¹⁰⁰, and the first term left out, s¹⁰/11!, is
    /// smaller still. The result is squared back six times in the form (1 + m)² − 1 = m(m + 2),
    /// whose relative error only adds up, never doubles. Ten double-word terms, each with a
    /// division, and eight squarings gave the same results at about twice the cost; drawing a
    /// figure evaluates this a few thousand times.
    private static func reducedExp(_ a: DoubleWord) -> (k: Int, m: DoubleWord) {
        let k = (a.hi.primal / 0.6931471805599453).rounded()
        let s = (a - ln2 * T(k)) * T(1.0 / 64)
        // 1/6! + s/7! + … + s⁵/11!
        var tail = T(1.0 / 39_916_800)
        for factorial in [3_628_800.0, 362_880, 40320, 5040, 720] {
            tail = tail * s.hi + T(1 / factorial)
        }
        var p = DoubleWord(tail) * s + hundredTwentieth
        p = p * s + twentyFourth
        p = p * s + sixth
        p = p * s + T(0.5)
        p = p * s + T(1)
        var m = p * s
        for _ in 0..<6 {
            m = m * (m + T(2))
        }
        return (Int(k), m)
    }

    /// eᵃ; 0 below −1100 and ∞ above 1100, where every `T` has long since underflowed or
    /// overflowed.
    static func exp(_ a: DoubleWord) -> DoubleWord {
        let x = a.hi.primal
        if x < -1100 { return DoubleWord(T(0)) }
        if x > 1100 { return DoubleWord(T(Double.infinity)) }
        guard x.isFinite else { return DoubleWord(T(Double.nan)) }
        let (k, m) = reducedExp(a)
        return (m + T(1)).scaled(byPowerOfTwo: k)
    }

    /// eᵃ − 1, with full relative precision near 0.
    static func expMinusOne(_ a: DoubleWord) -> DoubleWord {
        let x = a.hi.primal
        if x < -1100 { return DoubleWord(T(-1)) }
        if x > 1100 { return DoubleWord(T(Double.infinity)) }
        guard x.isFinite else { return DoubleWord(T(Double.nan)) }
        let (k, m) = reducedExp(a)
        if k == 0 { return m }
        return (m + T(1)).scaled(byPowerOfTwo: k) - T(1)
    }

    /// log(1 + u) for u > −1: one Newton step from the scalar log1p, written with eʸ − 1 so
    /// that a tiny u (1e-300) keeps its relative precision: y = y₀ + (u − m)/(1 + m), m = e^y₀ − 1.
    static func logOnePlus(_ u: DoubleWord) -> DoubleWord {
        let y0 = T.log(onePlus: u.hi)
        guard y0.primal.isFinite else { return DoubleWord(y0) }
        let m = expMinusOne(DoubleWord(y0))
        return (u - m) / (m + T(1)) + y0
    }

    /// log(1 + eᵃ), as a + log(1 + e⁻ᵃ) for a > 0 and log(1 + eᵃ) otherwise: neither overflows,
    /// and neither loses the tail, where the value is eᵃ to full precision.
    static func softplus(_ a: DoubleWord) -> DoubleWord {
        if !a.hi.primal.isFinite { return a.hi.primal < 0 ? DoubleWord(T(0)) : a }
        if a.hi.primal > 0 { return a + logOnePlus(exp(-a)) }
        return logOnePlus(exp(a))
    }

    /// tanh a = −m / (2 + m) with m = e^(−2|a|) − 1 ∈ (−1, 0]: no overflow for large |a| and no
    /// cancellation for small |a|, where m ≈ −2|a|.
    static func tanh(_ a: DoubleWord) -> DoubleWord {
        let negative = a.hi.primal < 0
        let m = expMinusOne(negative ? a * T(2) : a * T(-2))
        let t = (T(0) - m) / (m + T(2))
        return negative ? -t : t
    }

    /// sech² a = 4e / (1 + e)² with e = e^(−2|a|): the form 1 − tanh² a is 0 beyond |a| ≈ 19.
    static func sechSquared(_ a: DoubleWord) -> DoubleWord {
        let e = exp(a.hi.primal < 0 ? a * T(2) : a * T(-2))
        let d = e + T(1)
        return e * T(4) / (d * d)
    }

    /// σ(a) and σ(−a). With e = e^(−|a|) the larger is 1/(1 + e) and the smaller e/(1 + e);
    /// neither form cancels or overflows, and together they give σ′ = σ(a)σ(−a) in the tails.
    static func logistic(_ a: DoubleWord) -> (positive: DoubleWord, negative: DoubleWord) {
        let negative = a.hi.primal < 0
        let e = exp(negative ? a : -a)
        let d = e + T(1)
        let large = T(1) / d, small = e / d
        return negative ? (small, large) : (large, small)
    }
}
