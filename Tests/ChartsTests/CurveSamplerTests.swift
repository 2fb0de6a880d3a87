import ActivationMath
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
        for segment in sampled.segments { #expect(segment.allSatisfy { $0.y.isFinite }) }
    }
}
