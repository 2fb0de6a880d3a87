import ActivationMath
import Foundation
import Testing

@testable import Charts

/// Poles, gaps and jumps a user's formula has between two samples break the curve; continuous
/// stretches, however steep, stay joined.
@Suite("Undeclared breaks between samples")
struct JumpDetectorTests {
    /// The grid misses the discontinuity at 0 on purpose (0 falls between two samples).
    static let range = -5.0...6.0

    /// Whether a curve joins across x = 0 anywhere.
    static func joinsAcrossZero(_ sampled: CurveSampler.Result) -> Bool {
        sampled.segments.contains { segment in zip(segment, segment.dropFirst()).contains { $0.x < 0 && $1.x > 0 } }
    }

    static let discontinuous: [String: @Sendable (Double) -> Double] = [
        "1/x": { x in 1 / x },
        "-1/x²": { x in -1 / (x * x) },
        "1/x³ + 5": { x in 1 / (x * x * x) + 5 },
        "sign": { x in x / abs(x) },
        "step of 0.05": { x in x < 0 ? 0 : 0.05 },
        "log|x|": { x in log(abs(x)) },
    ]

    static let continuous: [String: @Sendable (Double) -> Double] = [
        "sigmoid": { x in 1 / (1 + exp(-x)) },
        "relu": { x in max(0, x) },
        "tanh(1000x)": { x in tanh(1000 * x) },
        "x³": { x in x * x * x },
        "sqrt|x|": { x in abs(x).squareRoot() },
        "sin(50x)": { x in sin(50 * x) },
    ]

    @Test("poles and jumps between samples are not joined", arguments: discontinuous.keys.sorted())
    func broken(name: String) throws {
        let f = try #require(Self.discontinuous[name])
        for (range, samples) in [(Self.range, 1000), (Self.range, 11), (-1.0...1.0, 1000), (-3.0...1.0, 77)] {
            let sampled = CurveSampler(range: range, samples: samples).sample(f, breaks: [])
            #expect(!Self.joinsAcrossZero(sampled), "\(name) on \(range) with \(samples) samples is joined across 0")
            #expect(sampled.segments.count == 2, "\(name) on \(range) with \(samples) samples: \(sampled.segments.count) segments")
        }
    }

    @Test("continuous curves stay whole, steep ones included", arguments: continuous.keys.sorted())
    func whole(name: String) throws {
        let f = try #require(Self.continuous[name])
        for samples in [2, 11, 1000] {
            let sampled = CurveSampler(range: Self.range, samples: samples).sample(f, breaks: [])
            #expect(sampled.segments.count == 1, "\(name) with \(samples) samples is broken into \(sampled.segments.count)")
        }
    }

    @Test("the search is bounded: a wild but finite function costs at most the budget per interval")
    func bounded() {
        let detector = JumpDetector(range: -1...1, scale: (x: 300, y: 300), budget: 64)
        var calls = 0
        let wild = { (x: Double) -> Double in
            calls += 1
            return sin(1 / (x * x + 1e-12))
        }
        _ = detector.separates(Point(-1, wild(-1)), Point(1, wild(1)), wild)
        #expect(calls <= 2 + 64)
    }

    @Test("an activation figure reports how its curves cover the range")
    func coverage() throws {
        let log = ExpressionActivation(try MathExpression("log(x)"))
        #expect(ActivationFigure.tested(log, range: -1...1, samples: 100).coverage() == (.broken, .broken))
        #expect(ActivationFigure.tested(log, range: -2 ... -1, samples: 100).coverage() == (.empty, .empty))
        let reciprocal = ExpressionActivation(try MathExpression("1 / x"))
        #expect(ActivationFigure.tested(reciprocal, range: -1...1.5, samples: 100).coverage() == (.broken, .broken))
        let square = ExpressionActivation(try MathExpression("x ^ 2"))
        #expect(ActivationFigure.tested(square, range: -1...1, samples: 100).coverage() == (.whole, .whole))
        let absolute = ExpressionActivation(try MathExpression("abs(x)"))
        #expect(ActivationFigure.tested(absolute, range: -1...1.5, samples: 100).coverage() == (.whole, .broken))
        #expect(ActivationFigure.tested(TestShrink(), range: -2...2, samples: 100).coverage() == (.whole, .whole), "declared jumps are not breaks")
    }

    @Test("every catalogue activation is drawn whole on its default range: no break it does not declare")
    func catalogueWhole() {
        for activation in Catalogue.all {
            for samples in [200, 1000] {
                let coverage = ActivationFigure.tested(activation, samples: samples).coverage()
                #expect(coverage.function == .whole && coverage.derivative == .whole, "\(activation.id) with \(samples) samples: \(coverage)")
            }
        }
    }

    @Test("the x axis shows the range asked for even where the formula is undefined")
    func axisCoversRange() throws {
        let log = ExpressionActivation(try MathExpression("log(x)"))
        for panel in ActivationFigure.tested(log, range: -5...5, samples: 200).figure().panels {
            let limits = panel.dataLimits.x
            #expect(limits.0 <= -5 && limits.1 >= 5, "x limits \(limits) crop the asked range")
            #expect(limits.0 > -6 && limits.1 < 6, "x limits \(limits) go far past the asked range")
        }
    }
}
