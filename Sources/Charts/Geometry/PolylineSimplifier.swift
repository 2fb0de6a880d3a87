/// Ramer–Douglas–Peucker simplification in page units.
///
/// A curve sampled a million times has far more vertices than a page has pixels; dropping those
/// within `tolerance` of the kept polyline keeps SVG and PDF files the same size whatever the
/// sample count, while the drawing moves by less than the tolerance. Written here because it is
/// twenty lines and no Swift package of the allowed ones provides it; iterative so a long
/// polyline cannot overflow the stack.
enum PolylineSimplifier {
    /// The kept points, first and last always among them; every dropped point lies within
    /// `tolerance` of the segment that replaced it.
    static func simplify(_ points: [Point], tolerance: Double) -> [Point] {
        guard points.count > 2, tolerance > 0 else { return points }
        var keep = [Bool](repeating: false, count: points.count)
        keep[0] = true
        keep[points.count - 1] = true
        var stack = [(0, points.count - 1)]
        while let (first, last) = stack.popLast() {
            guard last - first > 1 else { continue }
            var worst = first, distance = -1.0
            for i in (first + 1)..<last {
                let d = segmentDistance(points[i], points[first], points[last])
                if d > distance {
                    distance = d
                    worst = i
                }
            }
            if distance > tolerance {
                keep[worst] = true
                stack.append((first, worst))
                stack.append((worst, last))
            }
        }
        return points.indices.filter { keep[$0] }.map { points[$0] }
    }

    /// Distance from `p` to the segment a–b (not the infinite line: a curve may turn back).
    static func segmentDistance(_ p: Point, _ a: Point, _ b: Point) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        let lengthSquared = dx * dx + dy * dy
        var t = lengthSquared > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared : 0
        t = min(1, max(0, t))
        let ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y
        return (ex * ex + ey * ey).squareRoot()
    }
}
