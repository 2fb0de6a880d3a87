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
    /// With n = round(64a/ln 2) = 64k + j, j in −32…31, the reduced argument s = a − n·ln 2/64
    /// has |s| < 0.0055 and eᵃ = 2ᵏ·2^(j/64)·eˢ. eˢ − 1 = s·p with p = 1 + s/2 + s²/6 + … by
    /// Horner's rule; only the terms up to s⁴/120 need double words: the rest together stay below
    /// 2⁻⁴⁷ of p, so summing them in plain `T` (from the leading part of s) errs by less than
    /// 2⁻¹⁰⁰, and the first term left out, s¹⁰/11!, is smaller still. Then
    /// 1 + m = 2^(j/64)(1 + s·p), with 2^(j/64) − 1 from `ExpTable` so that m is never the
    /// difference of two numbers near 1. The same s squared back six times, (1 + m)² − 1 =
    /// m(m + 2), gave the same figures for 27.5 million instructions of the 16-figure run where
    /// the table takes 17.3 million (callgrind); ten double-word terms, each with a division, and
    /// eight squarings had cost twice that.
    private static func reducedExp(_ a: DoubleWord) -> (k: Int, m: DoubleWord) {
        let n = (a.hi.primal * (64 / 0.6931471805599453)).rounded()
        let k = Int(((n + 32) / 64).rounded(.down))
        let j = Int(n) - 64 * k
        let s = a - ln2 * T(n / 64)
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
        let m = p * s
        guard j != 0 else { return (k, m) }
        let (hi, lo) = ExpTable.powerOfTwoMinusOne[j + 32]
        let t = DoubleWord(constant: hi, lo)
        return (k, t + m * (t + T(1)))
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

    /// eᵃ and eᵃ − 1 from one reduction: the very numbers `exp` and `expMinusOne` give, for a
    /// function that needs both (ELU's f and f′).
    static func expAndExpMinusOne(_ a: DoubleWord) -> (exp: DoubleWord, minusOne: DoubleWord) {
        let x = a.hi.primal
        guard x >= -1100, x <= 1100 else { return (exp(a), expMinusOne(a)) }
        let (k, m) = reducedExp(a)
        let e = (m + T(1)).scaled(byPowerOfTwo: k)
        return (e, k == 0 ? m : e - T(1))
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
        return softplus(a, tail: exp(a.hi.primal > 0 ? -a : a))
    }

    /// log(1 + eᵃ) for a finite `a`, given e = e^(−|a|) (e⁰ for a = 0): `softplus` and
    /// `logistic` share e, and softplus′ is σ.
    static func softplus(_ a: DoubleWord, tail e: DoubleWord) -> DoubleWord {
        a.hi.primal > 0 ? a + logOnePlus(e) : logOnePlus(e)
    }

    /// tanh a = −m / (2 + m) with m = e^(−2|a|) − 1 ∈ (−1, 0]: no overflow for large |a| and no
    /// cancellation for small |a|, where m ≈ −2|a|.
    static func tanh(_ a: DoubleWord) -> DoubleWord {
        tanh(a, minusOne: expMinusOne(doubledTowardsZero(a)))
    }

    /// sech² a = 4e / (1 + e)² with e = e^(−2|a|): the form 1 − tanh² a is 0 beyond |a| ≈ 19.
    static func sechSquared(_ a: DoubleWord) -> DoubleWord {
        sechSquared(exp: exp(doubledTowardsZero(a)))
    }

    /// tanh a and sech² a from one reduction of −2|a|: the very numbers `tanh` and `sechSquared`
    /// give, for tanh′ = sech² (and tanhshrink).
    static func tanhAndSechSquared(_ a: DoubleWord) -> (tanh: DoubleWord, sechSquared: DoubleWord) {
        let both = expAndExpMinusOne(doubledTowardsZero(a))
        return (tanh(a, minusOne: both.minusOne), sechSquared(exp: both.exp))
    }

    /// −2|a|, the argument whose exponential both `tanh` and `sechSquared` are built on.
    private static func doubledTowardsZero(_ a: DoubleWord) -> DoubleWord {
        a.hi.primal < 0 ? a * T(2) : a * T(-2)
    }

    /// tanh a = −m / (2 + m), given m = e^(−2|a|) − 1.
    private static func tanh(_ a: DoubleWord, minusOne m: DoubleWord) -> DoubleWord {
        let t = (T(0) - m) / (m + T(2))
        return a.hi.primal < 0 ? -t : t
    }

    /// sech² a = 4e / (1 + e)², given e = e^(−2|a|).
    private static func sechSquared(exp e: DoubleWord) -> DoubleWord {
        let d = e + T(1)
        return e * T(4) / (d * d)
    }

    /// σ(a) and σ(−a). With e = e^(−|a|) the larger is 1/(1 + e) and the smaller e/(1 + e);
    /// neither form cancels or overflows, and together they give σ′ = σ(a)σ(−a) in the tails.
    static func logistic(_ a: DoubleWord) -> (positive: DoubleWord, negative: DoubleWord) {
        logistic(a, tail: exp(a.hi.primal < 0 ? a : -a))
    }

    /// σ(a) and σ(−a), given e = e^(−|a|) (e⁻⁰ for a = 0).
    static func logistic(_ a: DoubleWord, tail e: DoubleWord) -> (positive: DoubleWord, negative: DoubleWord) {
        let d = e + T(1)
        let large = T(1) / d, small = e / d
        return a.hi.primal < 0 ? (small, large) : (large, small)
    }
}

/// 2^(j/64) − 1 for j = −32…31, as a double and the double of its remainder (computed with
/// mpmath at 300 bits): the table `DoubleWord.reducedExp` scales eˢ by. A test checks that
/// each entry, raised to the 64th power in double words, gives 2ʲ.
enum ExpTable {
    static let powerOfTwoMinusOne: [(Double, Double)] = [
        (-0.2928932188134525, 7.174684663993261e-18),
        (-0.285193330804015, -6.0158212445268276e-18),
        (-0.2774095965114767, -1.5118790674969937e-17),
        (-0.26954110290967653, 2.7509265300881745e-17),
        (-0.2615869270302503, -1.741997278446398e-17),
        (-0.2535461358543676, 7.096460077142018e-18),
        (-0.24541778620328863, 4.688384843543075e-18),
        (-0.23720092462773085, 3.8644266954502085e-19),
        (-0.2288945872960296, 1.199359843285919e-17),
        (-0.2204977998810815, -8.849540348841276e-18),
        (-0.21200957744605675, -5.068458235639152e-18),
        (-0.20342892432886656, 5.039118519698011e-18),
        (-0.19475483402537286, 1.2353596284898944e-17),
        (-0.1859862890713261, -5.809199807906506e-18),
        (-0.17712226092301758, 4.882751662883964e-18),
        (-0.16816170983663178, 1.699387867936586e-18),
        (-0.15910358474628547, 1.3239474487278572e-17),
        (-0.14994682314073826, -4.01185968519885e-18),
        (-0.14069035093876103, -9.256902091315555e-18),
        (-0.13133308236314686, -1.1933629119164127e-17),
        (-0.12187391981335026, 9.229156694299104e-19),
        (-0.11231175373673938, 4.393083367153945e-18),
        (-0.1026454624984464, -4.7640585938584126e-18),
        (-0.09287391224980063, 5.66349353665608e-18),
        (-0.08299595679532877, 2.537748313413679e-18),
        (-0.07301043745830721, -6.701713777619857e-18),
        (-0.06291618294485005, -2.8582414493917966e-18),
        (-0.05271200920651718, 3.1392298682681924e-18),
        (-0.042396719301426355, 2.4114209502780123e-18),
        (-0.03196910325385278, 3.089672476031033e-18),
        (-0.021427937912299865, -2.989714202136461e-19),
        (-0.010771986806024515, -6.223051570826017e-19),
        (0.0, 0.0),
        (0.01088928605170046, 3.7773268042268547e-19),
        (0.02189714865411668, -9.494539895697731e-19),
        (0.03302487902122842, 6.619449701198605e-19),
        (0.04427378242741384, 2.252170208492904e-18),
        (0.05564517836055716, 1.759325738772092e-18),
        (0.06714040067682361, 4.268187178470922e-18),
        (0.07876079775711979, 2.8223346785063543e-18),
        (0.09050773266525766, -2.712245182495796e-18),
        (0.10238258330784095, -2.8507825155508824e-18),
        (0.11438674259589254, -6.919517894059943e-18),
        (0.1265216186082419, -3.8525836433032604e-18),
        (0.13878863475669165, 5.861399913367335e-18),
        (0.1511892299529827, 4.751526573009359e-18),
        (0.1637248587775775, 1.0536472753612021e-17),
        (0.17639699165028128, 3.088131092296112e-20),
        (0.18920711500272105, 1.2064576699027549e-17),
        (0.20215673145270313, 1.0938663761265181e-17),
        (0.21524735998046887, 6.140419920071864e-18),
        (0.22848053610687, 8.767759302603614e-18),
        (0.24185781207348406, -8.930875312888462e-18),
        (0.2553807570246911, -6.7113898212968784e-18),
        (0.2690509571917332, 2.667932131342186e-18),
        (0.28287001607877826, 1.713594918243561e-17),
        (0.29683955465100964, 2.5382502794888315e-17),
        (0.31096121152476436, -1.6304210123936712e-17),
        (0.32523664315974127, 2.6923839130869213e-17),
        (0.339667524053303, -2.1749476514198334e-17),
        (0.3542555469368927, 2.1498332566772065e-17),
        (0.3690024229745906, -1.5084323271327172e-17),
        (0.38390988196383197, -1.2193965356690036e-17),
        (0.3989796725383111, 1.4880170372002426e-17),
    ]
}
