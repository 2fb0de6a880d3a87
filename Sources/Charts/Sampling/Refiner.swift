/// Adds samples between neighbouring points where the curve bends away from the chord.
///
/// Each interval is judged by its midpoint and both quarter points: the midpoint alone misses an
/// S-bend centred in the interval (sigmoid's inflection on a symmetric grid lies exactly on the
/// chord), the quarter points do not.
///
/// Those three evaluations are spent only where the neighbouring samples show a bend: on a
/// dense grid most intervals are far too short for the curve to leave their chord, and judging
/// each by new points would cost three evaluations per sample for nothing.
struct Refiner {
    let sampler: CurveSampler
    /// Page units per data unit.
    let scale: (x: Double, y: Double)
    /// Points added so far, against the sampler's cap.
    private(set) var added = 0

    init(sampler: CurveSampler, scale: (x: Double, y: Double)) {
        self.sampler = sampler
        self.scale = scale
    }

    /// `run` with points inserted wherever the chord misses the curve by more than the tolerance.
    mutating func refine(_ run: [Point], _ f: (Double) -> Double) -> [Point] {
        var out: [Point] = [run[0]]
        out.reserveCapacity(run.count)
        let bends = bends(run)
        for i in 0..<(run.count - 1) {
            let a = run[i], b = run[i + 1]
            if mayBend(a, b, bends[i], bends[i + 1]), let m = midpoint(a, b, f) { subdivide(a, m, b, depth: 0, f, into: &out) }
            out.append(b)
        }
        return out
    }

    /// At each inner point of `run`, half the second derivative on the page (|Y″|/2) estimated
    /// from the point and its two neighbours: their second divided difference. NaN (unknown) at
    /// the ends, and where neighbours share an x.
    private func bends(_ run: [Point]) -> [Double] {
        var out = [Double](repeating: .nan, count: run.count)
        guard run.count >= 3 else { return out }
        for j in 1..<(run.count - 1) {
            let p = run[j - 1], q = run[j], r = run[j + 1]
            let left = (q.x - p.x) * scale.x, right = (r.x - q.x) * scale.x
            guard left > 0, right > 0 else { continue }
            let d = abs((r.y - q.y) * scale.y / right - (q.y - p.y) * scale.y / left) / (left + right)
            if d.isFinite { out[j] = d }
        }
        return out
    }

    /// Whether the curve may stray from the chord a–b by more than half the tolerance, judged by
    /// the bend estimates at a and b: a curve bending as |Y″| strays h²|Y″|/8 from a chord h
    /// wide. The larger estimate is used, so a bend inside the interval, which either triple
    /// around it sees, is not missed; with no estimate at either end the interval is checked.
    private func mayBend(_ a: Point, _ b: Point, _ bendA: Double, _ bendB: Double) -> Bool {
        // An unknown (NaN) estimate counts as −1, so both unknown means no estimate.
        let d = Swift.max(bendA.isNaN ? -1 : bendA, bendB.isNaN ? -1 : bendB)
        guard d >= 0 else { return true }
        let h = (b.x - a.x) * scale.x
        return d * h * h / 4 > sampler.tolerance / 2
    }

    /// The curve's point halfway between `a` and `b`, or nil when the interval is too short to
    /// matter on the page or the value there is not finite.
    private func midpoint(_ a: Point, _ b: Point, _ f: (Double) -> Double) -> Point? {
        let dx = (b.x - a.x) * scale.x, dy = (b.y - a.y) * scale.y
        // Below a hundredth of a unit across, or a chord shorter than the tolerance, more points
        // cannot change the drawing.
        guard abs(dx) > 0.01, dx * dx + dy * dy > sampler.tolerance * sampler.tolerance else { return nil }
        let x = a.x / 2 + b.x / 2
        guard x > a.x, x < b.x else { return nil }
        let y = f(x)
        return y.isFinite ? Point(x, y) : nil
    }

    /// Distance in page units from `p` to the chord a–b.
    private func deviation(_ p: Point, _ a: Point, _ b: Point) -> Double {
        let dx = (b.x - a.x) * scale.x, dy = (b.y - a.y) * scale.y
        let px = (p.x - a.x) * scale.x, py = (p.y - a.y) * scale.y
        let length = (dx * dx + dy * dy).squareRoot()
        return length > 0 ? abs(dx * py - dy * px) / length : (px * px + py * py).squareRoot()
    }

    /// Appends the points strictly between `a` and `b` (whose midpoint on the curve is `m`), in order.
    private mutating func subdivide(_ a: Point, _ m: Point, _ b: Point, depth: Int, _ f: (Double) -> Double, into out: inout [Point]) {
        guard depth < sampler.maxDepth, added < sampler.maxAddedPoints else { return }
        let q1 = midpoint(a, m, f), q3 = midpoint(m, b, f)
        let worst = max(deviation(m, a, b), q1.map { deviation($0, a, b) } ?? 0, q3.map { deviation($0, a, b) } ?? 0)
        guard worst > sampler.tolerance else { return }
        added += 1
        if let q1 { subdivide(a, q1, m, depth: depth + 1, f, into: &out) }
        out.append(m)
        if let q3 { subdivide(m, q3, b, depth: depth + 1, f, into: &out) }
    }
}
