import Foundation
import Testing

@testable import Charts

@Suite("Simplification and clipping of polylines")
struct GeometryTests {
    /// A curve as the painter sees it: many samples of a sigmoid-like bend across a 600 × 400 plot.
    static func densePolyline(_ n: Int) -> [Point] {
        (0..<n).map { i in
            let t = Double(i) / Double(n - 1)
            return Point(600 * t, 400 / (1 + exp(-12 * (t - 0.5))) + 8 * sin(40 * t))
        }
    }

    @Test("every dropped point lies within the tolerance of the simplified polyline", arguments: [0.05, 0.1, 0.25])
    func simplificationTolerance(_ tolerance: Double) {
        let dense = Self.densePolyline(20_000)
        let simple = PolylineSimplifier.simplify(dense, tolerance: tolerance)
        #expect(simple.first == dense.first && simple.last == dense.last)
        #expect(simple.count < dense.count / 10, "\(simple.count) of \(dense.count) points kept")
        // Each original point against the kept segment that spans its x (x increases along the curve).
        var j = 0, worst = 0.0
        for p in dense {
            while j + 1 < simple.count - 1, simple[j + 1].x < p.x { j += 1 }
            worst = max(worst, PolylineSimplifier.segmentDistance(p, simple[j], simple[j + 1]))
        }
        #expect(worst <= tolerance + 1e-9)
        #expect(worst < 0.25, "deviation \(worst) px")
    }

    @Test("a straight run collapses to its ends; short input is kept as it is")
    func straight() {
        let line = (0...1000).map { Point(Double($0), 3 * Double($0) + 2) }
        #expect(PolylineSimplifier.simplify(line, tolerance: 0.1) == [line[0], line[1000]])
        let two = [Point(0, 0), Point(1, 1)]
        #expect(PolylineSimplifier.simplify(two, tolerance: 0.1) == two)
    }

    @Test("the number of kept points follows the drawing, not the sample count")
    func independentOfSamples() {
        let few = PolylineSimplifier.simplify(Self.densePolyline(2_000), tolerance: 0.1).count
        let many = PolylineSimplifier.simplify(Self.densePolyline(200_000), tolerance: 0.1).count
        #expect(Double(many) < Double(few) * 1.3, "\(few) points from 2000 samples, \(many) from 200000")
    }

    @Test("clipping keeps the visible parts, cuts at the edge, and splits at gaps")
    func clipping() {
        let box = Rect(x: 0, y: 0, width: 10, height: 10)
        let pieces = PolylineClipper.clip([Point(-5, 5), Point(5, 5), Point(15, 5), Point(15, 20), Point(5, 8), Point(5, 2)], to: box)
        #expect(pieces.count == 2)
        #expect(pieces[0] == [Point(0, 5), Point(5, 5), Point(10, 5)])
        #expect(pieces[1].last == Point(5, 2))
        #expect(pieces[1].allSatisfy(box.contains))
        let gap = PolylineClipper.clip([Point(1, 1), Point(2, 2), Point(3, .infinity), Point(4, 4), Point(5, 5)], to: box)
        #expect(gap == [[Point(1, 1), Point(2, 2)], [Point(4, 4), Point(5, 5)]])
        #expect(PolylineClipper.clip([Point(-1e12, 5), Point(1e12, 5)], to: box) == [[Point(0, 5), Point(10, 5)]])
    }

    @Test("a polyline inside the rectangle, edges and repeated points included, comes back whole")
    func clippingInside() {
        let box = Rect(x: 0, y: 0, width: 10, height: 10)
        let inside = [Point(0, 0), Point(0, 0), Point(3, 10), Point(10, 4), Point(10, 4), Point(7, 7)]
        #expect(PolylineClipper.clip(inside, to: box) == [inside])
        // What clipping segment by segment gives: each segment comes back as it is.
        let segments = Array(zip(inside, inside.dropFirst()))
        let clipped = segments.compactMap { PolylineClipper.clipSegment($0, $1, box) }
        #expect(clipped.count == segments.count)
        #expect(zip(clipped, segments).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 })
        #expect(PolylineClipper.clip([Point(5, 5)], to: box).isEmpty, "one point draws nothing")
        #expect(PolylineClipper.clip([Point(1, 1), Point(2, .nan), Point(3, 3)], to: box).isEmpty, "NaN ends a piece")
        #expect(PolylineClipper.clip(inside + [Point(10.5, 7)], to: box) == [inside + [Point(10, 7)]])
    }
}
