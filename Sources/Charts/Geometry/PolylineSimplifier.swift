/// Drops the points of a polyline that change its drawing by less than a tolerance.
///
/// A curve sampled 1000 times across a 475-pixel panel has several points per pixel, and one
/// sampled a million times has thousands; drawn or written as SVG they cost time and bytes
/// without changing a visible pixel. matplotlib simplifies paths for the same reason. Here it
/// is done in two linear-or-near-linear steps so the cost stays flat in the sample count:
///
/// 1. where x only grows (a function's graph), points are bucketed into columns `tolerance`
///    wide and each column keeps its first, lowest, highest and last point in order (the M4
///    rule of Jugel et al. 2014): every dropped point lies inside the vertical sweep the kept
///    ones draw, less than `tolerance` away;
/// 2. Douglas–Peucker then drops each point within `tolerance` of the chord that replaces it.
///
/// Kinks sampled exactly are corners the chord cannot cut, so they survive both steps.
enum PolylineSimplifier {
    /// `points` with the drawing changed by at most about `tolerance` (figure units).
    static func simplify(_ points: [Point], tolerance: Double) -> [Point] {
        guard points.count > 2, tolerance > 0 else { return points }
        let bucketed = isMonotoneInX(points) ? columns(points, width: tolerance) : points
        return douglasPeucker(bucketed, tolerance: tolerance)
    }

    /// Columns across a function's x range that a figure model keeps at most four points of:
    /// finer than a device pixel of a 1200-unit-wide figure even at `--scale` 8.
    static let dataColumns = 4096

    /// Step 1 alone in data coordinates, with `dataColumns` columns over the segment's x span,
    /// so that a figure sampled a million times carries at most 16 384 points a curve into
    /// layout and drawing. Fewer samples than columns pass through unchanged.
    static func dataColumns(_ points: [Point]) -> [Point] {
        guard points.count > 4 * dataColumns, let first = points.first, let last = points.last,
            last.x > first.x, isMonotoneInX(points)
        else { return points }
        return columns(points, width: (last.x - first.x) / Double(dataColumns))
    }

    static func isMonotoneInX(_ points: [Point]) -> Bool {
        zip(points, points.dropFirst()).allSatisfy { $0.x <= $1.x }
    }

    /// Step 1: first, lowest, highest and last point of each column, in drawing order.
    static func columns(_ points: [Point], width: Double) -> [Point] {
        var out: [Point] = []
        var start = 0
        while start < points.count {
            let column = (points[start].x / width).rounded(.down)
            var end = start + 1
            var low = start, high = start
            while end < points.count, (points[end].x / width).rounded(.down) == column {
                if points[end].y < points[low].y { low = end }
                if points[end].y > points[high].y { high = end }
                end += 1
            }
            // low and high lie between start and end − 1, so these four are already in order.
            var previous = -1
            for i in [start, min(low, high), max(low, high), end - 1] where i != previous {
                out.append(points[i])
                previous = i
            }
            start = end
        }
        return out
    }

    /// Step 2: Douglas–Peucker with an explicit stack, so long inputs cannot overflow it.
    static func douglasPeucker(_ points: [Point], tolerance: Double) -> [Point] {
        var keep = [Bool](repeating: false, count: points.count)
        keep[0] = true
        keep[points.count - 1] = true
        var stack = [(0, points.count - 1)]
        while let (a, b) = stack.popLast() {
            guard b - a > 1 else { continue }
            var farthest = a, distance = 0.0
            for i in (a + 1)..<b {
                let d = segmentDistance(points[i], points[a], points[b])
                if d > distance { distance = d; farthest = i }
            }
            if distance > tolerance {
                keep[farthest] = true
                stack.append((a, farthest))
                stack.append((farthest, b))
            }
        }
        return zip(points, keep).compactMap { $1 ? $0 : nil }
    }

    /// Distance from `p` to the segment a–b (not the infinite line, so overshoots count).
    static func segmentDistance(_ p: Point, _ a: Point, _ b: Point) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        let length2 = dx * dx + dy * dy
        var t = length2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2 : 0
        t = min(1, max(0, t))
        let ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y
        return (ex * ex + ey * ey).squareRoot()
    }
}
