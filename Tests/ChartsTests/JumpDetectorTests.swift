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

/// A jump found between samples gets the dots a declared one does: filled at the formula's own
/// value at the point, hollow at the limits it does not take, the curve reaching both limits.
/// Poles and holes in the domain get none.
@Suite("Jumps found between samples are located and marked")
struct FoundJumpTests {
    /// Samples `f` as a formula (nothing declared) on grids that miss the point, hit it, and are coarse.
    static func sampled(_ f: (Double) -> Double, range: ClosedRange<Double> = -5...6, samples: Int = 1000) -> CurveSampler.Result {
        CurveSampler(range: range, samples: samples).sample(f, breaks: [])
    }

    static let grids: [(ClosedRange<Double>, Int)] = [(-5...6, 1000), (-1...1, 11), (-1...1, 1000), (-3...1, 77), (-5...5, 1000)]

    /// The curve ends at `left` from the left of `x` and starts at `right` on its right.
    static func reaches(_ result: CurveSampler.Result, at x: Double, left: Double, right: Double) -> Bool {
        result.segments.count == 2 && result.segments[0].last == Point(x, left) && result.segments[1].first == Point(x, right)
    }

    @Test("a unit step taking its right limit at 0: filled dot at 1, hollow at 0, the curve reaches both")
    func unitStep() {
        for (range, samples) in Self.grids {
            let r = Self.sampled({ $0 >= 0 ? 1 : 0 }, range: range, samples: samples)
            #expect(r.filled == [Point(0, 1)] && r.hollow == [Point(0, 0)], "\(range), \(samples): \(r.filled) \(r.hollow)")
            #expect(Self.reaches(r, at: 0, left: 0, right: 1), "\(range), \(samples): \(r.segments.map { [$0.first, $0.last] })")
        }
    }

    @Test("a step at 0.1, which no double equals: the dots sit at 0.1, on the side the formula takes")
    func stepAtOneTenth() {
        for (range, samples) in Self.grids {
            let closed = Self.sampled({ $0 - 0.1 >= 0 ? 1 : 0 }, range: range, samples: samples)
            #expect(closed.filled == [Point(0.1, 1)] && closed.hollow == [Point(0.1, 0)], "\(range), \(samples): \(closed.filled)")
            #expect(Self.reaches(closed, at: 0.1, left: 0, right: 1))
            let open = Self.sampled({ $0 > 0.1 ? 1 : 0 }, range: range, samples: samples)
            #expect(open.filled == [Point(0.1, 0)] && open.hollow == [Point(0.1, 1)], "\(range), \(samples): \(open.filled)")
            #expect(Self.reaches(open, at: 0.1, left: 0, right: 1))
        }
    }

    @Test("left limit 0, value 0.5, right limit 1: one filled dot and two hollow")
    func threeValues() {
        for (range, samples) in Self.grids {
            let r = Self.sampled({ $0 < 0 ? 0 : $0 == 0 ? 0.5 : 1 }, range: range, samples: samples)
            #expect(r.filled == [Point(0, 0.5)] && r.hollow == [Point(0, 0), Point(0, 1)], "\(range), \(samples): \(r.filled) \(r.hollow)")
            #expect(Self.reaches(r, at: 0, left: 0, right: 1))
        }
    }

    @Test("a jump with no value at the point (x/|x|): both limits hollow, nothing filled")
    func jumpWithoutValue() {
        for (range, samples) in Self.grids {
            let r = Self.sampled({ $0 / abs($0) }, range: range, samples: samples)
            #expect(r.filled.isEmpty && r.hollow == [Point(0, -1), Point(0, 1)], "\(range), \(samples): \(r.filled) \(r.hollow)")
            #expect(Self.reaches(r, at: 0, left: -1, right: 1))
        }
    }

    @Test("a jump on sloped pieces: the limits are exact, not a step's width off")
    func slopedJump() {
        let r = Self.sampled({ $0 + ($0 >= 0.25 ? 2 : 0) })
        #expect(r.filled == [Point(0.25, 2.25)] && r.hollow == [Point(0.25, 0.25)], "\(r.filled) \(r.hollow)")
        #expect(Self.reaches(r, at: 0.25, left: 0.25, right: 2.25))
    }

    @Test(
        "poles and holes in the domain get no dots",
        arguments: JumpDetectorTests.discontinuous.keys.sorted().filter { $0 != "sign" && $0 != "step of 0.05" })
    func poles(name: String) throws {
        let f = try #require(JumpDetectorTests.discontinuous[name])
        for (range, samples) in Self.grids + [(-1.0...1.0, 21)] {
            let r = Self.sampled(f, range: range, samples: samples)
            #expect(r.filled.isEmpty && r.hollow.isEmpty, "\(name) on \(range) with \(samples): \(r.filled) \(r.hollow)")
            #expect(r.segments.count == 2)
            // The curve stops at the last sample, not at a "limit" taken a hair from the pole.
            for segment in r.segments { #expect(segment.allSatisfy { $0.x != 0 }, "\(name): a segment is carried on to the pole") }
        }
    }

    @Test("a removable singularity (sin x / x at 0): one hollow dot at the limit, nothing filled")
    func removable() {
        // 1000 samples on [-5, 5] put 0 halfway between two; 1001 put a sample on it.
        for samples in [1000, 1001] {
            let r = Self.sampled({ sin($0) / $0 }, range: -5...5, samples: samples)
            #expect(r.filled.isEmpty && r.hollow == [Point(0, 1)], "\(samples): \(r.filled) \(r.hollow)")
            #expect(Self.reaches(r, at: 0, left: 1, right: 1))
        }
    }

    @Test("a formula that cancels to nothing near its hole gets no false limit: (1 − cos x)/x²")
    func cancellation() {
        for samples in [1000, 1001] {
            let r = Self.sampled({ (1 - cos($0)) / ($0 * $0) }, range: -5...5, samples: samples)
            #expect(!r.hollow.contains { abs($0.y) < 0.4 }, "\(samples): hollow dots \(r.hollow) are not at the limit 1/2")
            #expect(r.filled.isEmpty)
        }
    }

    @Test("smooth and steep continuous curves get no dots", arguments: JumpDetectorTests.continuous.keys.sorted())
    func smooth(name: String) throws {
        let f = try #require(JumpDetectorTests.continuous[name])
        for (range, samples) in Self.grids {
            let r = Self.sampled(f, range: range, samples: samples)
            #expect(r.filled.isEmpty && r.hollow.isEmpty && r.segments.count == 1, "\(name) on \(range) with \(samples)")
        }
    }

    @Test("two neighbouring doubles are bisected over their order, and the shorter decimal wins")
    func locating() {
        #expect(JumpLocator.between(0.1.nextDown, 0.1) == nil)
        #expect(JumpLocator.between(-1e-300, 1e-300) == 0)
        #expect(JumpLocator.between(-.leastNonzeroMagnitude, 0) == nil)
        #expect(JumpLocator.significantDigits(0.1) == 1 && JumpLocator.significantDigits(0.1.nextDown) == 16)
        #expect(JumpLocator.significantDigits(0) == 0 && JumpLocator.significantDigits(1e-5) == 1 && JumpLocator.significantDigits(120) == 2)
    }

    @Test("a formula's derivative breaks where the formula jumps, with hollow dots at its limits")
    func derivativeOfStep() throws {
        let sampler = CurveSampler(range: -3...3, samples: 1000)
        for (source, x, limits) in [("step(x)", 0.0, [0.0]), ("hardshrink(x)", 0.5, [0, 1]), ("x + heaviside(x - 0.1)", 0.1, [1])] {
            let formula = ExpressionActivation(try MathExpression(source))
            let f = sampler.sample(formula, formula.defaultParameters)
            let d = sampler.sample(formula, formula.defaultParameters, derivative: true)
            #expect(f.filled.contains { $0.x == x }, "\(source): \(f.filled)")
            #expect(d.filled.allSatisfy { $0.x != x }, "\(source)′ takes a value where \(source) jumps: \(d.filled)")
            #expect(d.hollow.filter { $0.x == x }.map(\.y) == limits, "\(source)′: \(d.hollow)")
            #expect(!d.segments.contains { s in zip(s, s.dropFirst()).contains { $0.x < x && $1.x > x } }, "\(source)′ is joined across \(x)")
        }
        // A pole in f′ beside nothing in f: no dot at the infinite spike.
        let root = ExpressionActivation(try MathExpression("sqrt(abs(x))"))
        let d = sampler.sample(root, root.defaultParameters, derivative: true)
        #expect(d.filled.isEmpty && d.hollow.isEmpty, "\(d.filled) \(d.hollow)")
    }
}
