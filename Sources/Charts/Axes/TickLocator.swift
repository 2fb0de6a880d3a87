import Foundation

/// Ticks chosen for one axis, bundled with their step so placement and labelling agree on precision.
public struct Ticks: Sendable, Equatable {
    /// Tick positions in data units, ascending, so the renderer can map and label them without re-deriving anything.
    public let values: [Double]
    /// Distance between neighbouring ticks (decades for log ticks), so labels can take their precision from it.
    public let step: Double

    /// Public so callers and tests can supply hand-made ticks (e.g. a fixed colour-bar scale).
    public init(values: [Double], step: Double) {
        self.values = values
        self.step = step
    }

    /// What unusable input (NaN, infinity, non-positive log range) yields, so callers can skip an axis without optionals.
    public static let empty = Ticks(values: [], step: 0)
}

/// Tick placement is kept pure and stateless so every axis (and every test) gets the same answer for the
/// same range; an enum because it is only a namespace.
public enum TickLocator {
    /// Talbot et al.'s nice step mantissas Q, in order of preference (earlier means simpler).
    static let niceNumbers: [Double] = [1, 5, 2, 2.5, 4, 3]
    /// Weights of simplicity, coverage, density and legibility, as in labeling::extended.
    static let weights = (simplicity: 0.25, coverage: 0.2, density: 0.5, legibility: 0.05)

    /// One labeling found by the search: ticks are (start + i·j)·q·10^z for i in 0..<k.
    struct Candidate {
        var q: Double
        var j: Int
        var k: Int
        var z: Int
        var start: Int
        var score: Double
    }

    /// Extended Wilkinson (Talbot, Lin, Hanrahan 2010) trades simplicity, coverage and density of
    /// the labels, so axes get nice, evenly stepped ticks that include zero when it is in range; `target`
    /// is the density term m (clamped to 2…100), normally from `targetCount`.
    /// Only ticks inside [lo, hi] (tolerance 1e-9·step) come back, because the caller pads its limits itself.
    /// Degenerate ranges (width ≤ 1e-12 of the magnitude) are widened — 0 → [−1, 1], v → v ± 10 % — so a
    /// constant still gets an axis: use the first/last tick as limits then. NaN/∞ give `.empty`.
    public static func linear(lo: Double, hi: Double, target: Int) -> Ticks {
        guard lo.isFinite, hi.isFinite else { return .empty }
        var dmin = min(lo, hi), dmax = max(lo, hi)
        let magnitude = max(abs(dmin), abs(dmax))
        // Widths below ~1e-12 of the magnitude are float noise around a constant: plot them as a constant.
        if dmax - dmin <= max(magnitude * 1e-12, 1e-290) {
            let centre = dmin / 2 + dmax / 2
            if abs(centre) < 1e-290 {
                (dmin, dmax) = (-1, 1)
            } else {
                (dmin, dmax) = (centre - abs(centre) * 0.1, centre + abs(centre) * 0.1)
            }
            guard dmin.isFinite, dmax.isFinite else { return .empty }
        }
        // Scores are scale-free, but squares of huge or tiny widths over/underflow: search in
        // units of 10^e only when the width leaves the comfortable range (elsewhere it is exactly R's arithmetic).
        let halfWidth = dmax / 2 - dmin / 2
        let width = dmax - dmin
        var e = 0
        if !(width >= 1e-100 && width <= 1e100) {
            e = Int((width.isFinite ? log10(width) : log10(halfWidth) + log10(2.0)).rounded(.down))
        }
        let a = scaled(dmin, -e), b = scaled(dmax, -e)
        let m = max(2, min(target, 100))
        // labeling::extended may pick ticks that stick out on both sides; when fewer than two fall
        // inside the range, ask for a denser labeling so the axis is never bare.
        var result = Ticks.empty
        for extra in 0...8 {
            guard let best = search(dmin: a, dmax: b, m: Double(m + extra)) else { break }
            result = materialize(best, exponentShift: e, lo: dmin, hi: dmax)
            if result.values.count >= 2 { break }
        }
        return result
    }

    /// Log axes read best with whole decades 10^k only; when [lo, hi] spans more than `maxCount` decades the
    /// ticks thin to every 2nd/3rd/… decade, keeping exponents that are multiples of the stride
    /// (10⁰, 10³, 10⁶ …) so labels stay regular. Like `linear`, only decades inside [lo, hi] come back
    /// (none when the range lies within one decade); `step` is the number of decades between ticks.
    /// lo ≤ 0, NaN or ∞ give `.empty`.
    public static func log(lo: Double, hi: Double, maxCount: Int) -> Ticks {
        guard lo.isFinite, hi.isFinite else { return .empty }
        let a = min(lo, hi), b = max(lo, hi)
        guard a > 0 else { return .empty }
        let first = Int((log10(a) - 1e-9).rounded(.up))
        let last = Int((log10(b) + 1e-9).rounded(.down))
        guard first <= last else { return Ticks(values: [], step: 1) }
        let decades = last - first + 1
        let cap = max(1, maxCount)
        let every = (decades + cap - 1) / cap
        // First multiple of `every` at or above `first` (ceiling division, spelled out for negatives).
        let q = first >= 0 ? (first + every - 1) / every : -((-first) / every)
        let exponents = stride(from: q * every, through: last, by: every)
        let values = exponents.map { scaled(1, $0) }.filter { $0 > 0 && $0.isFinite }
        return Ticks(values: values, step: Double(every))
    }

    /// Turns layout space into the density target m for `linear`: how many labels of about `labelExtent`
    /// points fit along `length` points. Each label is given one extra label extent (at least 24 pt) of gap
    /// because extended Wilkinson can overshoot m by about half and labels must still not collide.
    /// Clamped to 2…10.
    public static func targetCount(length: Double, labelExtent: Double) -> Int {
        guard length.isFinite, length > 0 else { return 2 }
        let extent = labelExtent.isFinite ? max(labelExtent, 0) : 0
        let slot = extent + max(extent, 24)
        let fits = (length / slot).rounded(.down)
        return Int(min(max(fits, 2), 10))
    }

    // MARK: - Extended Wilkinson search (port of labeling::extended, only.loose = false)

    /// The j / q / k / z / start loops of labeling::extended with their pruning bounds.
    static func search(dmin: Double, dmax: Double, m: Double) -> Candidate? {
        let w = weights
        let n = Double(niceNumbers.count)
        var best: Candidate?
        var bestScore = -2.0
        var j = 1
        outer: while true {
            for (index, q) in niceNumbers.enumerated() {
                let sm = 2 - Double(index) / (n - 1) - Double(j)  // simplicity max, v = 1
                if w.simplicity * sm + w.coverage + w.density + w.legibility < bestScore { break outer }
                var k = 2
                while true {
                    let dm = densityMax(k: Double(k), m: m)
                    if w.simplicity * sm + w.coverage + w.density * dm + w.legibility < bestScore { break }
                    let delta = (dmax - dmin) / Double(k + 1) / Double(j) / q
                    var z = Int(log10(delta).rounded(.up))
                    while true {
                        let step = Double(j) * q * pow(10, Double(z))
                        let cm = coverageMax(dmin: dmin, dmax: dmax, span: step * Double(k - 1))
                        if w.simplicity * sm + w.coverage * cm + w.density * dm + w.legibility < bestScore { break }
                        let minStart = (dmax / step).rounded(.down) * Double(j) - Double((k - 1) * j)
                        let maxStart = (dmin / step).rounded(.up) * Double(j)
                        // Start indices beyond 2^52 cannot be represented exactly; a coarser z will do.
                        guard minStart <= maxStart, abs(minStart) < 0x1p52, abs(maxStart) < 0x1p52 else {
                            z += 1
                            continue
                        }
                        for start in Int(minStart)...Int(maxStart) {
                            let lmin = Double(start) * (step / Double(j))
                            let lmax = lmin + step * Double(k - 1)
                            // v: zero is one of the ticks, i.e. lmin is a whole multiple of the step.
                            let v = start % j == 0 && lmin <= 0 && lmax >= 0 ? 1.0 : 0.0
                            let s = 1 - Double(index) / (n - 1) - Double(j) + v
                            let c = coverage(dmin: dmin, dmax: dmax, lmin: lmin, lmax: lmax)
                            let g = density(k: Double(k), m: m, dmin: dmin, dmax: dmax, lmin: lmin, lmax: lmax)
                            let score = w.simplicity * s + w.coverage * c + w.density * g + w.legibility * 1
                            if score > bestScore {
                                bestScore = score
                                best = Candidate(q: q, j: j, k: k, z: z, start: start, score: score)
                            }
                        }
                        z += 1
                    }
                    k += 1
                }
            }
            j += 1
        }
        return best
    }

    static func coverage(dmin: Double, dmax: Double, lmin: Double, lmax: Double) -> Double {
        let range = dmax - dmin
        return 1 - 0.5 * ((dmax - lmax) * (dmax - lmax) + (dmin - lmin) * (dmin - lmin)) / ((0.1 * range) * (0.1 * range))
    }

    static func coverageMax(dmin: Double, dmax: Double, span: Double) -> Double {
        let range = dmax - dmin
        guard span > range else { return 1 }
        let half = (span - range) / 2
        return 1 - 0.5 * (half * half + half * half) / ((0.1 * range) * (0.1 * range))
    }

    static func density(k: Double, m: Double, dmin: Double, dmax: Double, lmin: Double, lmax: Double) -> Double {
        let r = (k - 1) / (lmax - lmin)
        let rt = (m - 1) / (max(lmax, dmax) - min(dmin, lmin))
        return 2 - max(r / rt, rt / r)
    }

    static func densityMax(k: Double, m: Double) -> Double {
        k >= m ? 2 - (k - 1) / (m - 1) : 1
    }

    /// Turns a candidate into tick values, each computed as integer × q scaled by an exact power of ten
    /// (divided for negative powers), so 0.3 comes out as 0.3, not 0.30000000000000004.
    static func materialize(_ best: Candidate, exponentShift e: Int, lo: Double, hi: Double) -> Ticks {
        let p = best.z + e
        let step = scaled(Double(best.j) * best.q, p)
        let tolerance = 1e-9 * step
        var values: [Double] = []
        for i in 0..<best.k {
            var value = scaled(Double(best.start + i * best.j) * best.q, p)
            if abs(value) <= tolerance { value = 0 }
            if value.isFinite, value >= lo - tolerance, value <= hi + tolerance { values.append(value) }
        }
        return Ticks(values: values, step: step)
    }

    /// x·10^p with a single rounding where 10^|p| is exact (|p| ≤ 22).
    static func scaled(_ x: Double, _ p: Int) -> Double {
        if p >= 0 { return x * pow(10, Double(p)) }
        let divisor = pow(10, Double(-p))
        return divisor.isFinite ? x / divisor : x * pow(10, Double(p))
    }
}
