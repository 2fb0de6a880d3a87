/// Cuts a polyline to a rectangle (Liang–Barsky per segment).
///
/// Data far outside fixed axis limits maps to page coordinates in the millions, beyond what
/// Cairo's fixed-point arithmetic holds; clipping first keeps drawing exact and keeps invisible
/// vertices out of SVG and PDF files. Non-finite points (values a log axis cannot show) end a piece.
enum PolylineClipper {
    /// The visible pieces of `points` inside `rect`, each with at least two points.
    static func clip(_ points: [Point], to rect: Rect) -> [[Point]] {
        // A curve with automatic limits lies wholly inside, where every segment would come back
        // as it is: one test a point instead of a segment's clipping and an append (16 bench
        // figures: clipping 10.6 → 2.6 million instructions).
        if points.count > 1, points.allSatisfy({ $0.x.isFinite && $0.y.isFinite && rect.contains($0) }) { return [points] }
        var pieces: [[Point]] = []
        var current: [Point] = []
        func flush() {
            if current.count > 1 { pieces.append(current) }
            current = []
        }
        for (a, b) in zip(points, points.dropFirst()) {
            guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite, let (p, q) = clipSegment(a, b, rect) else {
                flush()
                continue
            }
            if let last = current.last, last != p { flush() }
            if current.isEmpty { current.append(p) }
            current.append(q)
            if q != b { flush() }
        }
        flush()
        return pieces
    }

    /// The part of segment a–b inside `r`, or nil.
    static func clipSegment(_ a: Point, _ b: Point, _ r: Rect) -> (Point, Point)? {
        // Most segments of a curve lie inside the plot, where the parameters below come out as
        // exactly 0 and 1: the rounded differences keep their order, so (r.maxX − a.x)/(b.x − a.x)
        // is at least 1 when b.x ≤ r.maxX.
        if r.contains(a), r.contains(b) { return (a, b) }
        let dx = b.x - a.x, dy = b.y - a.y
        var t0 = 0.0, t1 = 1.0
        for (p, q) in [(-dx, a.x - r.x), (dx, r.maxX - a.x), (-dy, a.y - r.y), (dy, r.maxY - a.y)] {
            if p == 0 {
                if q < 0 { return nil }
            } else {
                let t = q / p
                if p < 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
                if t0 > t1 { return nil }
            }
        }
        let start = t0 == 0 ? a : Point(a.x + t0 * dx, a.y + t0 * dy)
        let end = t1 == 1 ? b : Point(a.x + t1 * dx, a.y + t1 * dy)
        return (start, end)
    }
}
