/// A break that `JumpDetector` found between samples, once located: the point, the curve's
/// one-sided limits there and the formula's own value at it, with the dots a declared jump of
/// the same shape gets.
struct FoundBreak: Equatable {
    /// Where the curve breaks.
    var x: Double
    /// The limit from the left; nil where the curve does not settle (a pole, a hole in the
    /// domain, an oscillation), so the curve stops short and nothing is marked.
    var left: Double?
    /// The limit from the right, nil likewise.
    var right: Double?
    /// f(x) as the formula computes it: NaN or ±∞ where it has no value.
    var at: Double
    /// The value taken at the point: a filled dot.
    var filled: [Point] = []
    /// Limits not taken: hollow dots.
    var hollow: [Point] = []

    /// Whether the figure marks the break: a finite jump, or a point whose value is missing or
    /// differs from the limit on both sides. f′ has no value at such a point.
    var isMarked: Bool { !filled.isEmpty || !hollow.isEmpty }
}

/// Finds where a break lies that `JumpDetector` settled between two samples, and what the curve
/// does there, by evaluating the formula only: a user's formula declares nothing.
///
/// The point is bisected down to two neighbouring doubles, then the one of them with the shorter
/// decimal is taken (a step at 0.1 sits at 0.1, not 0.09999999999999999); f there is the value
/// taken. Each one-sided limit is read off f at steps δ, 2δ, 4δ … away from the point: it exists
/// when those values settle, and the curve must reach it from the neighbouring sample without a
/// break of its own. A pole or a hole in the domain fails the first test; a formula that loses
/// every digit to cancellation that close to the point, (1 − cos x)/x² at 0, fails the second.
struct JumpLocator {
    /// The detector whose gaps are located; its scale, threshold and narrowest piece apply.
    let detector: JumpDetector
    /// Most a side's values may move between successive steps, in page units, for it to settle:
    /// far below a pixel, so a pole (1/x moves by half its value) or log|x| (by log 2) never does.
    let settle: Double = 0.05
    /// Steps taken on each side: δ … 2⁶δ.
    let steps = 6

    /// The break behind `gap`, found between the samples `a` and `b` (a.x < b.x).
    func locate(_ gap: JumpDetector.Gap, between a: Point, _ b: Point, _ f: (Double) -> Double) -> FoundBreak {
        switch gap {
        case .nonFinite(let x):
            return examine(x, value: f(x), width: 0, between: a, b, f)
        case .narrow(var l, var r):
            // Bisection over the doubles themselves, not over the reals: halfway in their order
            // reaches neighbouring doubles in at most 64 halvings, even across 0 where halving
            // the interval would take a thousand.
            for _ in 0..<80 {
                guard let m = Self.between(l.x, r.x) else { break }
                let y = f(m)
                guard y.isFinite else { return examine(m, value: y, width: 0, between: a, b, f) }
                if abs(y - l.y) <= abs(y - r.y) { l = Point(m, y) } else { r = Point(m, y) }
            }
            // Either neighbour is the point as far as doubles can tell; the reader typed the one
            // with the shorter decimal. + 0 turns −0 into 0.
            let x = (Self.significantDigits(l.x) < Self.significantDigits(r.x) ? l.x : r.x) + 0
            return examine(x, value: f(x), width: r.x - l.x, between: a, b, f)
        }
    }

    /// The limits at `x`, where f is `value`, and the dots they call for; `width` is how far
    /// apart the doubles bracketing the point are, so that every step leaves the bracket.
    func examine(_ x: Double, value: Double, width: Double, between a: Point?, _ b: Point?, _ f: (Double) -> Double) -> FoundBreak {
        let step = Swift.max(detector.narrowest, width, x.ulp)
        var found = FoundBreak(
            x: x, left: limit(f, at: x, side: -1, step: step, from: a), right: limit(f, at: x, side: 1, step: step, from: b), at: value)
        guard let left = found.left, let right = found.right else { return found }
        let valued = value.isFinite, jump = !same(left, right)
        // Limits that agree around a value equal to them: the curve is continuous here after all.
        guard jump || !valued || !same(value, left) else { return found }
        if valued { found.filled.append(Point(x, value)) }
        for limit in (jump ? [left, right] : [left]).sorted() where !(valued && same(limit, value)) {
            found.hollow.append(Point(x, limit))
        }
        return found
    }

    /// The limit of f at `x` from the left (`side` −1) or right (+1), or nil when f does not
    /// settle there or the curve cannot be followed to it from `neighbour`, the sample beside.
    func limit(_ f: (Double) -> Double, at x: Double, side: Double, step: Double, from neighbour: Point?) -> Double? {
        var values: [Double] = []
        var h = step
        for _ in 0...steps {
            let y = f(x + side * h)
            guard y.isFinite else { return nil }
            if let last = values.last, abs(y - last) * detector.scale.y > settle { return nil }
            values.append(y)
            h *= 2
        }
        // f(x ± h) ≈ L + ch near the point, so 2f(x ± h) − f(x ± 2h) cancels the slope: exact
        // on a straight piece (x + step(x) reaches 0 and 1, not 0 ± δ).
        let limit = 2 * values[0] - values[1]
        guard limit.isFinite else { return nil }
        guard let neighbour, neighbour.x != x else { return limit }
        let end = Point(x, limit)
        let gap = side < 0 ? detector.gap(neighbour, end, f) : detector.gap(end, neighbour, f)
        return gap == nil ? limit : nil
    }

    /// Whether two values are one on the page: closer than the detector's threshold.
    func same(_ u: Double, _ v: Double) -> Bool {
        abs(u - v) * detector.scale.y <= detector.threshold
    }

    /// The double halfway between `l` and `r` (l < r) in the order of all doubles, or nil when
    /// they are neighbours.
    static func between(_ l: Double, _ r: Double) -> Double? {
        let kl = key(l), kr = key(r)
        // Halves first, so that keys near ±2⁶³ cannot overflow; the last term restores the bit
        // both halvings dropped. The result is ⌊(kl + kr)/2⌋, which lies strictly inside when
        // the keys are at least 2 apart.
        let m = (kl >> 1) + (kr >> 1) + (kl & kr & 1)
        guard m > kl, m < kr else { return nil }
        return double(m)
    }

    /// The position of `x` among all finite doubles: neighbouring doubles have neighbouring
    /// keys, and −0 and 0 share 0.
    static func key(_ x: Double) -> Int64 {
        let magnitude = Int64(bitPattern: x.magnitude.bitPattern)
        return x.sign == .minus ? -magnitude : magnitude
    }

    /// The double at `key`.
    static func double(_ key: Int64) -> Double {
        let magnitude = Double(bitPattern: key.magnitude)
        return key < 0 ? -magnitude : magnitude
    }

    /// Digits in the shortest decimal that reads back as `x` (0.1 → 1, 0.09999999999999999 → 16,
    /// 1e-05 → 1, 0 → 0): how nice a number is to a reader.
    static func significantDigits(_ x: Double) -> Int {
        let mantissa = "\(x.magnitude)".prefix { $0 != "e" && $0 != "E" }
        let digits = mantissa.filter(\.isNumber)
        return digits.drop { $0 == "0" }.reversed().drop { $0 == "0" }.count
    }
}
