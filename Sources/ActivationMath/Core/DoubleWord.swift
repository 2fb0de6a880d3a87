/// A number carried as the unevaluated sum `hi + lo` of two scalars, with |lo| ≤ ulp(hi)/2:
/// about twice the precision of the scalar (106 bits for `Double`, 48 for `Float`).
///
/// Activation formulas combine terms that cancel (swish′ near its root, x − tanh x) or feed an
/// inexact argument to a function that magnifies its error (σ(βx) with βx ≈ −700 turns one
/// rounding of βx into 700 ulp). Working in double words until the single final rounding keeps
/// every catalogue result within an ulp or two. No well-kept Swift package offers double-word
/// arithmetic generic over `Float`, `Double` and dual numbers, so it is written here, after the
/// algorithms of Joldes, Muller and Popescu, "Tight and rigorous error bounds for basic building
/// blocks of double-word arithmetic" (ACM TOMS 44, 2017); the comments name their numbers.
///
/// Over `Dual` numbers the error-free transformations give `lo` a zero tangent, so `hi + lo`
/// still carries the exact derivative of the computation.
struct DoubleWord<T: ActivationScalar>: Sendable {
    /// The leading part: the scalar nearest to the whole value.
    var hi: T
    /// The rounding error of `hi`.
    var lo: T

    /// A double word from parts that are already normalised (`hi == hi + lo` when rounded).
    init(_ hi: T, _ lo: T) {
        self.hi = hi
        self.lo = lo
    }

    /// A scalar, exactly.
    init(_ x: T) { self.init(x, 0) }

    /// A constant known to about 32 digits, given as a double and the double of its remainder.
    /// Rounding both parts to a narrower `T` still leaves the remainder of the first part.
    init(constant hi: Double, _ lo: Double) {
        let head = T(hi)
        self.init(head, T((hi - head.primal) + lo))
    }

    /// The value rounded once to `T`.
    var rounded: T { hi.primal.isFinite ? hi + lo : hi }

    /// The leading part alone when it is ±∞ or NaN: error terms computed from it would be
    /// NaN (∞ − ∞) and spoil the sum, while IEEE arithmetic on the leading parts is right.
    private static func special(_ hi: T) -> DoubleWord? {
        hi.primal.isFinite ? nil : DoubleWord(hi, 0)
    }

    /// a + b exactly, for any a and b (Knuth's TwoSum).
    static func exactSum(_ a: T, _ b: T) -> DoubleWord {
        let s = a + b
        if let s = special(s) { return s }
        let bb = s - a
        return DoubleWord(s, (a - (s - bb)) + (b - bb))
    }

    /// a + b exactly when |a| ≥ |b| or a is zero (Dekker's Fast2Sum).
    static func fastSum(_ a: T, _ b: T) -> DoubleWord {
        let s = a + b
        return DoubleWord(s, b - (s - a))
    }

    /// a·b exactly, the error from one fused multiply-add (TwoProd).
    static func exactProduct(_ a: T, _ b: T) -> DoubleWord {
        let p = a * b
        if let p = special(p) { return p }
        return DoubleWord(p, T.fusedMultiplyAdd(a, b, -p))
    }

    /// The sum of two double words, relative error ≤ 3u² (Algorithm 6).
    static func + (x: DoubleWord, y: DoubleWord) -> DoubleWord {
        if let s = special(x.hi + y.hi) { return s }
        let s = exactSum(x.hi, y.hi)
        let t = exactSum(x.lo, y.lo)
        let v = fastSum(s.hi, s.lo + t.hi)
        return fastSum(v.hi, t.lo + v.lo)
    }

    /// A double word plus a scalar, relative error ≤ 2u² (Algorithm 4).
    static func + (x: DoubleWord, y: T) -> DoubleWord {
        if let s = special(x.hi + y) { return s }
        let s = exactSum(x.hi, y)
        return fastSum(s.hi, x.lo + s.lo)
    }

    /// A scalar plus a double word.
    static func + (x: T, y: DoubleWord) -> DoubleWord { y + x }

    /// The negation, exactly.
    static prefix func - (x: DoubleWord) -> DoubleWord { DoubleWord(-x.hi, -x.lo) }

    /// The difference of two double words.
    static func - (x: DoubleWord, y: DoubleWord) -> DoubleWord { x + (-y) }

    /// A double word minus a scalar.
    static func - (x: DoubleWord, y: T) -> DoubleWord { x + (-y) }

    /// A scalar minus a double word.
    static func - (x: T, y: DoubleWord) -> DoubleWord { (-y) + x }

    /// The product of two double words, relative error ≤ 5u² (Algorithm 12).
    static func * (x: DoubleWord, y: DoubleWord) -> DoubleWord {
        if let p = special(x.hi * y.hi) { return p }
        let c = exactProduct(x.hi, y.hi)
        let t = T.fusedMultiplyAdd(x.hi, y.lo, x.lo * y.lo)
        return fastSum(c.hi, c.lo + T.fusedMultiplyAdd(x.lo, y.hi, t))
    }

    /// A double word times a scalar, relative error ≤ 2u² (Algorithm 9).
    static func * (x: DoubleWord, y: T) -> DoubleWord {
        if let p = special(x.hi * y) { return p }
        let c = exactProduct(x.hi, y)
        return fastSum(c.hi, T.fusedMultiplyAdd(x.lo, y, c.lo))
    }

    /// A scalar times a double word.
    static func * (x: T, y: DoubleWord) -> DoubleWord { y * x }

    /// The quotient of two double words, relative error ≤ 15u² (Algorithm 18).
    static func / (x: DoubleWord, y: DoubleWord) -> DoubleWord {
        let th = x.hi / y.hi
        if let q = special(th) { return q }
        if !y.hi.primal.isFinite { return DoubleWord(th, 0) }
        let r = y * th
        let delta = (x.hi - r.hi) + (x.lo - r.lo)
        return fastSum(th, delta / y.hi)
    }

    /// A double word divided by a scalar, relative error ≤ 3u² (Algorithm 15).
    static func / (x: DoubleWord, y: T) -> DoubleWord {
        let th = x.hi / y
        if let q = special(th) { return q }
        if !y.primal.isFinite { return DoubleWord(th, 0) }
        let p = exactProduct(th, y)
        let delta = ((x.hi - p.hi) - p.lo) + x.lo
        return fastSum(th, delta / y)
    }

    /// A scalar divided by a double word.
    static func / (x: T, y: DoubleWord) -> DoubleWord { DoubleWord(x) / y }

    /// √x by one Newton step from the scalar root, which doubles its precision; 0 for 0.
    static func sqrt(_ x: DoubleWord) -> DoubleWord {
        let s = T.sqrt(x.hi)
        guard s.primal > 0, s.primal.isFinite else { return DoubleWord(s) }
        let p = exactProduct(s, s)
        let residual = ((x.hi - p.hi) - p.lo) + x.lo
        return fastSum(s, residual / (2 * s))
    }

    /// The value scaled by 2ⁿ. Two factors keep each one representable for |n| up to about
    /// 2000 in `Double`, so only a result beyond the range of `T` overflows or underflows.
    func scaled(byPowerOfTwo n: Int) -> DoubleWord {
        let half = n / 2
        let a = T(Self.powerOfTwo(half))
        let b = T(Self.powerOfTwo(n - half))
        return DoubleWord(hi * a * b, lo * a * b)
    }

    /// 2ⁿ, built from its bits where it is a normal double (the exponents `scaled` uses), so
    /// that every exponential does not call `Double(sign:exponent:significand:)` twice (0.9
    /// million instructions of the 16 benchmark figures, callgrind); the same number.
    @inline(__always)
    private static func powerOfTwo(_ n: Int) -> Double {
        guard n >= -1022, n <= 1023 else { return Double(sign: .plus, exponent: n, significand: 1) }
        return Double(bitPattern: UInt64(n + 1023) << 52)
    }
}
