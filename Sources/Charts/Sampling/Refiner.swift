/// Adds samples between neighbouring points where the curve bends away from the chord.
///
/// Each interval is judged by its midpoint and both quarter points: the midpoint alone misses an
/// S-bend centred in the interval (sigmoid's inflection on a symmetric grid lies exactly on the
/// chord), the quarter points do not.
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
        for (a, b) in zip(run, run.dropFirst()) {
            if let m = midpoint(a, b, f) { subdivide(a, m, b, depth: 0, f, into: &out) }
            out.append(b)
        }
        return out
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
