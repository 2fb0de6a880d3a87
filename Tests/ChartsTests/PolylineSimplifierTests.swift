import Foundation
import Testing

@testable import Charts

@Suite("Polyline simplification")
struct PolylineSimplifierTests {
    /// A sigmoid drawn across a 475 × 350 unit plot, like the figure's left panel.
    func sigmoid(samples: Int) -> [Point] {
        (0..<samples).map { i in
            let x = -20 + 40 * Double(i) / Double(samples - 1)
            return Point(100 + 475 * Double(i) / Double(samples - 1), 400 - 350 / (1 + exp(-x)))
        }
    }

    /// Distance from `p` to the nearest segment of `line`.
    func distance(_ p: Point, to line: [Point]) -> Double {
        zip(line, line.dropFirst()).map { PolylineSimplifier.segmentDistance(p, $0, $1) }.min() ?? .infinity
    }

    @Test("every dropped point stays within the tolerance of the result", arguments: [1000, 20_000])
    func withinTolerance(samples: Int) {
        let points = sigmoid(samples: samples)
        let simple = PolylineSimplifier.simplify(points, tolerance: 0.1)
        #expect(simple.first == points.first && simple.last == points.last)
        let worst = points.map { distance($0, to: simple) }.max() ?? 0
        #expect(worst <= 0.2, "worst deviation \(worst)")
        #expect(simple.count < points.count / 5)
    }

    @Test("the result hardly depends on the sample count, so neither does the file size")
    func flatInSamples() {
        let few = PolylineSimplifier.simplify(sigmoid(samples: 1000), tolerance: 0.1).count
        let many = PolylineSimplifier.simplify(sigmoid(samples: 200_000), tolerance: 0.1).count
        #expect(Double(many) <= 1.1 * Double(few), "\(few) points from 1000 samples, \(many) from 200 000")
    }

    @Test("a straight run collapses to its ends and a sampled kink keeps its corner")
    func kink() {
        let line = (0...500).map { Point(Double($0), 3 * Double($0)) }
        #expect(PolylineSimplifier.simplify(line, tolerance: 0.1) == [line[0], line[500]])
        let relu = (-250...250).map { Point(Double($0), Double(max(0, $0))) }
        #expect(PolylineSimplifier.simplify(relu, tolerance: 0.1) == [Point(-250, 0), Point(0, 0), Point(250, 250)])
    }

    @Test("a curve that turns back in x is simplified without the column step, still within tolerance")
    func circle() {
        let circle = (0...2000).map { i -> Point in
            let t = 2 * Double.pi * Double(i) / 2000
            return Point(200 + 100 * cos(t), 200 + 100 * sin(t))
        }
        #expect(!PolylineSimplifier.isMonotoneInX(circle))
        let simple = PolylineSimplifier.simplify(circle, tolerance: 0.1)
        #expect(simple.count < 200)
        #expect((circle.map { distance($0, to: simple) }.max() ?? 0) <= 0.1 + 1e-9)
    }

    @Test("two points or fewer are returned as they are")
    func tiny() {
        let two = [Point(0, 0), Point(1, 1)]
        #expect(PolylineSimplifier.simplify(two, tolerance: 0.1) == two)
        #expect(PolylineSimplifier.simplify([], tolerance: 0.1).isEmpty)
    }
}

@Suite("Figure model decimation")
struct DataColumnsTests {
    @Test("a million samples become at most four per column, each column's extremes kept")
    func million() {
        let points = (0..<1_000_000).map { i -> Point in
            let x = -20 + 40 * Double(i) / 999_999
            return Point(x, sin(3 * x) / (1 + x * x))
        }
        let kept = PolylineSimplifier.dataColumns(points)
        #expect(kept.count <= 4 * PolylineSimplifier.dataColumns)
        #expect(kept.first == points.first && kept.last == points.last)
        #expect(kept.map(\.y).max() == points.map(\.y).max())
        #expect(kept.map(\.y).min() == points.map(\.y).min())
    }

    @Test("fewer samples than four per column pass through unchanged")
    func small() {
        let points = (0..<1000).map { Point(Double($0), Double($0 % 7)) }
        #expect(PolylineSimplifier.dataColumns(points) == points)
    }
}
