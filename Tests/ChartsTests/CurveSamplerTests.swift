import ActivationMath
import Foundation
import Testing

@testable import Charts

@Suite("Curve sampling at breakpoints")
struct CurveSamplerTests {
    @Test("a jump breaks the curve: no segment crosses it, dots mark the value used and the other limit")
    func jumpBreaks() {
        let step: (Double) -> Double = { $0 >= 0 ? 1 : 0 }
        let sampled = CurveSampler(range: -1...1, samples: 11)
            .sample(step, breaks: [(0, Breakpoint.Limits(left: 0, right: 1, at: 1))])
        #expect(sampled.segments.count == 2)
        #expect(sampled.segments[0].last == Point(0, 0))
        #expect(sampled.segments[1].first == Point(0, 1))
        #expect(sampled.filled == [Point(0, 1)])
        #expect(sampled.hollow == [Point(0, 0)])
        for segment in sampled.segments {
            #expect(Set(segment.map(\.y)).count == 1, "a segment joins both sides of the jump")
        }
    }

    @Test("a kink is sampled exactly and not broken")
    func kink() {
        let sampled = CurveSampler(range: -1...1, samples: 4)
            .sample({ max($0, 0) }, breaks: [(0, Breakpoint.Limits(continuous: 0))])
        #expect(sampled.segments.count == 1)
        #expect(sampled.segments[0].contains(Point(0, 0)))
        #expect(sampled.filled.isEmpty && sampled.hollow.isEmpty)
    }

    @Test("non-finite values break the curve instead of drawing to infinity")
    func nonFinite() {
        let sampled = CurveSampler(range: -1...1, samples: 21).sample({ 1 / $0 }, breaks: [])
        #expect(sampled.segments.count == 2)
        for segment in sampled.segments { #expect(segment.allSatisfy { $0.y.isFinite }) }
    }

    /// Grids that put the jumps on a sample, between samples, and at the ends of the range.
    @Test(
        "segments end and start at the one-sided limits of every jump",
        arguments: [
            (-2.0...2.0, 9), (-2.0...2.0, 10), (-2.0...2.0, 2), (-0.5...0.5, 7), (-1.3...0.5, 50),
        ])
    func segmentation(range: ClosedRange<Double>, samples: Int) {
        let shrink = TestShrink(), p = shrink.defaultParameters
        let breaks = shrink.breakpoints(p)
        for (f, limits) in [
            ({ (x: Double) in shrink.value(x, p) }, breaks.map { ($0.x, $0.value) }),
            ({ (x: Double) in shrink.derivative(x, p) }, breaks.map { ($0.x, $0.derivative) }),
        ] {
            let sampled = CurveSampler(range: range, samples: samples).sample(f, breaks: limits)
            let jumps = limits.filter { $0.1.isJump && range.contains($0.0) }
            for segment in sampled.segments {
                for (a, b) in zip(segment, segment.dropFirst()) {
                    #expect(!jumps.contains { a.x < $0.0 && $0.0 < b.x }, "segment \(a)–\(b) spans a jump")
                    #expect(a.x < b.x, "x increases along a segment")
                }
                for (x, l) in jumps {
                    if segment.last?.x == x, segment.count > 1 { #expect(segment.last?.y == l.left) }
                    if segment.first?.x == x, segment.count > 1 { #expect(segment.first?.y == l.right) }
                }
            }
            #expect(sampled.filled.count == jumps.count)
            #expect(sampled.filled.map(\.y) == jumps.map(\.1.at))
            #expect(sampled.hollow.count == jumps.count, "each jump has one limit it does not take")
            // Between jumps the curve is unbroken: one segment per piece of the range that has width.
            let cuts = [range.lowerBound] + jumps.map(\.0) + [range.upperBound]
            let widePieces = zip(cuts, cuts.dropFirst()).filter { $1 > $0 }.count
            #expect(sampled.segments.count == widePieces)
        }
    }

    @Test("refinement adds points where the curve bends and none on a straight line")
    func adaptive() {
        let page = Size(width: 600, height: 400)
        let line = CurveSampler(range: -5...5, samples: 16, pageSize: page).sample({ 2 * $0 + 1 }, breaks: [])
        #expect(line.segments.map(\.count) == [16])
        let sigmoid = CurveSampler(range: -20...20, samples: 41, pageSize: page).sample({ 1 / (1 + exp(-$0)) }, breaks: [])
        let points = sigmoid.segments.joined()
        #expect(points.count > 41)
        let nearBend = points.filter { abs($0.x) < 4 }.count, flat = points.filter { abs($0.x) > 12 }.count
        // The grid has one point per unit. The flat tails (16 units) get nothing added; the bends
        // (8 units) get several times the grid's density.
        #expect(flat == 16, "\(flat) points in the tails")
        #expect(Double(nearBend) / 8 > 3, "\(nearBend) points near the bend")
    }

    @Test("after refinement the polyline stays within a fraction of a pixel of the curve")
    func refinementAccuracy() {
        let page = Size(width: 600, height: 400), range = -6.0...6.0
        let f: (Double) -> Double = { 1 / (1 + exp(-3 * $0)) }
        let sampled = CurveSampler(range: range, samples: 12, pageSize: page).sample(f, breaks: [])
        let polyline = sampled.segments[0]
        // Page units per data unit: the x range spans the width, f's extent (0, 1) the height.
        let sy = page.height / (f(6) - f(-6))
        func onPage(_ x: Double, _ y: Double) -> Point { Point(x * page.width / 12, y * sy) }
        var worst = 0.0
        for (a, b) in zip(polyline, polyline.dropFirst()) {
            for k in 1..<8 {
                let x = a.x + (b.x - a.x) * Double(k) / 8
                let d = PolylineSimplifier.segmentDistance(onPage(x, f(x)), onPage(a.x, a.y), onPage(b.x, b.y))
                worst = max(worst, d)
            }
        }
        #expect(worst < 0.25, "the curve is \(worst) px off the drawn polyline")
        #expect(polyline.count < 300, "\(polyline.count) points is more than a smooth curve needs")
    }

    @Test("refinement stops at its cap on a function that never settles")
    func cap() {
        let wild: (Double) -> Double = { sin(1 / max(abs($0), 1e-9)) }
        let sampled = CurveSampler(range: -1...1, samples: 100, maxAddedPoints: 500).sample(wild, breaks: [])
        #expect(sampled.segments.joined().count <= 100 + 500)
    }
}

@Suite("Curve sampling cost")
struct CurveSamplingCostTests {
    /// Counts the evaluations a sampler makes.
    final class Counter {
        var calls = 0
    }

    @Test("a smooth curve with complete breaks is thinned: a million samples cost what the page resolves")
    func thinning() {
        let page = Size(width: 600, height: 400), f: (Double) -> Double = { 1 / (1 + exp(-$0)) }
        let counter = Counter()
        let dense = CurveSampler(range: -20...20, samples: 1_000_000, pageSize: page)
            .sample(
                {
                    counter.calls += 1; return f($0)
                }, breaks: [], complete: true)
        #expect(counter.calls < 4 * 600, "\(counter.calls) evaluations for a 600-unit plot")
        let points = dense.segments.joined()
        #expect(points.first == Point(-20, f(-20)) && points.last == Point(20, f(20)))
        // Every evaluated point is a point of the requested grid (or added by refinement, which
        // a dense smooth grid does not need).
        let grid = Set(SampleGrid.evenlySpaced(-20...20, count: 1_000_000))
        #expect(points.allSatisfy { grid.contains($0.x) })
        let sy = page.height / (f(20) - f(-20)), sx = page.width / 40
        var worst = 0.0
        for (a, b) in zip(points, points.dropFirst()) {
            let x = a.x / 2 + b.x / 2
            worst = max(
                worst,
                PolylineSimplifier.segmentDistance(
                    Point(x * sx, f(x) * sy), Point(a.x * sx, a.y * sy), Point(b.x * sx, b.y * sy)))
        }
        #expect(worst < 0.25, "the curve is \(worst) units off the drawn polyline")
    }

    @Test("without complete breaks every grid point is evaluated: a formula may hide a spike between two")
    func noThinningForFormulas() {
        let counter = Counter()
        let spike: (Double) -> Double = { abs($0 - 0.123457) < 1e-5 ? 1 : 0 }
        let sampled = CurveSampler(range: -1...1, samples: 200_001, pageSize: Size(width: 300, height: 200))
            .sample(
                {
                    counter.calls += 1; return spike($0)
                }, breaks: [])
        #expect(counter.calls >= 200_001)
        #expect(sampled.segments.joined().contains { $0.y == 1 }, "the spike between thinned points is lost")
    }

    @Test("a dense grid on a calm curve costs one evaluation a sample: bends are judged from neighbours")
    func refinementJudgesFromNeighbours() {
        let counter = Counter()
        _ = CurveSampler(range: -20...20, samples: 1000, pageSize: Size(width: 600, height: 400))
            .sample(
                {
                    counter.calls += 1; return 1 / (1 + exp(-$0))
                }, breaks: [], complete: true)
        #expect(counter.calls < 1100, "\(counter.calls) evaluations for 1000 samples")
    }

    @Test("every catalogue entry declares all its breaks: a search between samples finds no other")
    func catalogueBreaksAreComplete() {
        for a in Catalogue.all {
            #expect(a.declaresEveryBreak)
            let p = a.defaultParameters
            let sampler = CurveSampler(range: a.defaultRange, samples: 400, pageSize: Size(width: 300, height: 240))
            for derivative in [false, true] {
                let trusted = sampler.sample(a, p, derivative: derivative)
                // As the sampler does: f′ has no value where f jumps.
                let breaks = a.breakpoints(p).map { b in
                    (
                        b.x,
                        !derivative
                            ? b.value
                            : b.value.isJump ? Breakpoint.Limits(left: b.derivative.left, right: b.derivative.right, at: .nan) : b.derivative
                    )
                }
                let f: (Double) -> Double = { derivative ? a.derivative($0, p) : a.value($0, p) }
                let searched = sampler.sample(f, breaks: breaks, complete: false)
                #expect(
                    trusted.segments.count == searched.segments.count,
                    "\(a.id)\(derivative ? "′" : ""): \(searched.segments.count - trusted.segments.count) undeclared breaks")
            }
        }
    }

    @Test("f and f′ sampled together are the curves sampled apart, point for point")
    func sampledTogether() throws {
        // Bit patterns, so that a NaN or a −0 that differs would show.
        func bits(_ r: CurveSampler.Result) -> [[UInt64]] {
            (r.segments + [r.filled, r.hollow]).map { $0.flatMap { [$0.x.bitPattern, $0.y.bitPattern] } }
        }
        let formulas = try ["1/x", "step(x) + x", "log(x)"].map { ExpressionActivation(try MathExpression($0)) }
        let activations: [any ActivationFunction] = Catalogue.all + formulas
        // 400 samples are all evaluated; 5 000 are thinned to every fourth point (and the last).
        for samples in [400, 5000] {
            for a in activations {
                let p = a.defaultParameters
                let sampler = CurveSampler(range: -7.3...9.1, samples: samples, pageSize: Size(width: 300, height: 240))
                let both = sampler.sampleBoth(a, p)
                let name = (a as? any Activation)?.id ?? "a formula"
                #expect(bits(both.function) == bits(sampler.sample(a, p)), "\(name), \(samples) samples")
                #expect(bits(both.derivative) == bits(sampler.sample(a, p, derivative: true)), "\(name)′, \(samples) samples")
            }
        }
    }
}
