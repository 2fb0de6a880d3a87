import Foundation
import Testing

@testable import Charts

/// One row of the tick-placement table.
struct TickRangeCase: Sendable, CustomTestStringConvertible {
    let lo: Double
    let hi: Double
    let target: Int
    var testDescription: String { "(\(lo), \(hi), m=\(target))" }
    /// Zero width, or narrower than float noise (1e-12 of the magnitude): the locator widens these.
    var isDegenerate: Bool { abs(hi - lo) <= max(abs(lo), abs(hi)) * 1e-12 }
}

/// Step mantissas the locator may use: Q = {1, 5, 2, 2.5, 4, 3} (j = 1), times a power of ten.
private func hasNiceMantissa(_ step: Double) -> Bool {
    let mantissa = step / pow(10, log10(step).rounded(.down))
    return [1, 2, 2.5, 3, 4, 5, 10].contains { abs(mantissa - $0) < 1e-9 * $0 }
}

struct TickLocatorTests {
    static let ranges: [TickRangeCase] = [
        .init(lo: 0, hi: 1, target: 5), .init(lo: -20, hi: 20, target: 5), .init(lo: -1, hi: 1, target: 5),
        .init(lo: 0, hi: 0.25, target: 5), .init(lo: -3, hi: 3, target: 5), .init(lo: 0, hi: 6, target: 5),
        .init(lo: -0.05, hi: 1.05, target: 5), .init(lo: -7.3, hi: 12.9, target: 5),
        .init(lo: -1000, hi: 1000, target: 5), .init(lo: 1e-9, hi: 1.000000001e-9, target: 5),
        .init(lo: 0, hi: 1e300, target: 5), .init(lo: -50, hi: -3, target: 5), .init(lo: 0, hi: 0, target: 5),
        .init(lo: 5, hi: 5, target: 5), .init(lo: 1, hi: 0, target: 5), .init(lo: 0.1, hi: 0.95, target: 2),
        .init(lo: -7.3, hi: 12.9, target: 10), .init(lo: 1000, hi: 1000 + 1e-12, target: 5),
        .init(lo: 1e-9, hi: 1e-9 + 1e-12, target: 5), .init(lo: -1e300, hi: -1e299, target: 4),
        .init(lo: -1e308, hi: 1e308, target: 5), .init(lo: 0, hi: 1, target: 10), .init(lo: 0, hi: 1, target: 2),
    ]

    @Test("tick placement invariants", arguments: ranges)
    func invariants(_ range: TickRangeCase) throws {
        let ticks = TickLocator.linear(lo: range.lo, hi: range.hi, target: range.target)
        let values = ticks.values
        #expect(values.count >= 2 && values.count <= range.target + 3, "count \(values.count): \(values)")
        #expect(ticks.step > 0 && ticks.step.isFinite)
        #expect(hasNiceMantissa(ticks.step), "step \(ticks.step)")
        #expect(zip(values, values.dropFirst()).allSatisfy { $0 < $1 }, "sorted, no duplicates: \(values)")
        for (a, b) in zip(values, values.dropFirst()) {
            #expect(abs((b - a) - ticks.step) <= 1e-6 * ticks.step, "even spacing: \(values)")
        }
        for value in values {  // integer multiples of the step, computed without accumulation
            let multiple = value / ticks.step
            #expect(abs(multiple - multiple.rounded()) < 1e-6, "\(value) is not k·\(ticks.step)")
        }
        let lo = min(range.lo, range.hi), hi = max(range.lo, range.hi)
        if range.isDegenerate {
            let first = try #require(values.first), last = try #require(values.last)
            #expect(first < lo && hi < last, "zero width widened around the value: \(values)")
        } else {
            let tolerance = 1e-9 * ticks.step
            #expect(values.allSatisfy { $0 >= lo - tolerance && $0 <= hi + tolerance }, "inside: \(values)")
            if lo <= 0, hi >= 0 { #expect(values.contains(0), "zero in range: \(values)") }
        }
    }

    /// Outputs of R's labeling::extended(dmin, dmax, m), restricted to [dmin, dmax].
    /// (−20, 20, 5) scores the maximum possible 1.0 (q = 1, zero included, full coverage, exact density);
    /// (0, 1, 5) with q = 2.5 scores 0.85 against 0.775 for step 0.2 and 0.45 for step 0.5;
    /// (8.1, 14.1, 4) → 8 10 12 14 is the example in the package's own documentation.
    static let known: [(lo: Double, hi: Double, m: Int, expected: [Double])] = [
        (-20, 20, 5, [-20, -10, 0, 10, 20]),
        (0, 1, 5, [0, 0.25, 0.5, 0.75, 1]),
        (8.1, 14.1, 4, [10, 12, 14]),  // R: 8 10 12 14; 8 lies below 8.1
        (-1, 1, 5, [-1, -0.5, 0, 0.5, 1]),
        (0, 0.25, 5, [0, 0.05, 0.1, 0.15, 0.2, 0.25]),
        (-3, 3, 5, [-3, -2, -1, 0, 1, 2, 3]),
        (-0.05, 1.05, 5, [0, 0.25, 0.5, 0.75, 1]),
        (-7.3, 12.9, 5, [-5, 0, 5, 10]),  // R: −5 0 5 10 15
        (-1000, 1000, 5, [-1000, -500, 0, 500, 1000]),
        (-50, -3, 5, [-50, -40, -30, -20, -10]),  // R: −50 … 0
        (0, 1, 10, [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]),
    ]

    @Test("matches labeling::extended", arguments: known.indices)
    func matchesR(_ index: Int) {
        let row = Self.known[index]
        let ticks = TickLocator.linear(lo: row.lo, hi: row.hi, target: row.m)
        #expect(ticks.values == row.expected)  // exact: 0.3 must be 0.3, not 0.30000000000000004
    }

    @Test func zeroWidthAndReversed() {
        #expect(TickLocator.linear(lo: 0, hi: 0, target: 5).values == [-1, -0.5, 0, 0.5, 1])
        #expect(TickLocator.linear(lo: 5, hi: 5, target: 5).values == [4.5, 4.75, 5, 5.25, 5.5])
        #expect(TickLocator.linear(lo: 1, hi: 0, target: 5) == TickLocator.linear(lo: 0, hi: 1, target: 5))
    }

    @Test(arguments: [Double.nan, .infinity, -.infinity])
    func nonFiniteGivesEmpty(_ bad: Double) {
        #expect(TickLocator.linear(lo: bad, hi: 1, target: 5) == .empty)
        #expect(TickLocator.linear(lo: 0, hi: bad, target: 5) == .empty)
        #expect(TickLocator.log(lo: bad, hi: 10, maxCount: 5) == .empty)
    }

    @Test func extremeTargetsTerminate() {
        #expect(TickLocator.linear(lo: 0, hi: 1, target: 0).values == [0, 1])
        #expect(TickLocator.linear(lo: 0, hi: 1, target: .max).values.count == 101)
        #expect(TickLocator.linear(lo: 0, hi: 1, target: .min).values.count >= 2)
    }

    /// Sweeps every scale from 1e-290 to 1e300 so no magnitude crashes, loops or loses zero.
    @Test func sweepAcrossScales() {
        for exponent in stride(from: -290, through: 300, by: 7) {
            let scale = pow(10.0, Double(exponent))
            for (a, b) in [(0.0, 1.37), (-2.2, 0.4), (3.1, 3.9), (-9.0, -8.9)] {
                let ticks = TickLocator.linear(lo: a * scale, hi: b * scale, target: 6)
                #expect(ticks.values.count >= 2, "\(a * scale)…\(b * scale): \(ticks.values)")
                if a <= 0, b >= 0 { #expect(ticks.values.contains(0)) }
            }
        }
    }

    static let logCases: [(lo: Double, hi: Double, max: Int, expected: [Double], step: Double)] = [
        (1, 1000, 10, [1, 10, 100, 1000], 1),
        (0.002, 5000, 10, [0.01, 0.1, 1, 10, 100, 1000], 1),
        (1e-10, 1e10, 5, [1e-10, 1e-5, 1, 1e5, 1e10], 5),
        (1e-6, 1e6, 5, [1e-6, 1e-3, 1, 1e3, 1e6], 3),
        (1000, 1, 10, [1, 10, 100, 1000], 1),
        (2, 8, 5, [], 1),
        (0, 10, 5, [], 0),
        (-5, 10, 5, [], 0),
    ]

    @Test("log decades", arguments: logCases.indices)
    func logTicks(_ index: Int) {
        let row = Self.logCases[index]
        let ticks = TickLocator.log(lo: row.lo, hi: row.hi, maxCount: row.max)
        #expect(ticks.values == row.expected)
        #expect(ticks.step == row.step)
        #expect(ticks.values.count <= max(row.max, 1))
    }

    @Test func logThinningNeverExceedsMaxCount() {
        for maxCount in 0...12 {
            for (lo, hi) in [(1e-300, 1e300), (1e-3, 1e4), (0.5, 2e7)] {
                let ticks = TickLocator.log(lo: lo, hi: hi, maxCount: maxCount)
                #expect(!ticks.values.isEmpty && ticks.values.count <= max(maxCount, 1))
            }
        }
    }

    @Test(arguments: [
        (400.0, 40.0, 5), (0.0, 40.0, 2), (60.0, 40.0, 2), (1e6, 10.0, 10), (300.0, 12.0, 8),
        (.nan, 40.0, 2), (400.0, .nan, 10), (-100.0, 10.0, 2),
    ])
    func targetCount(length: Double, labelExtent: Double, expected: Int) {
        #expect(TickLocator.targetCount(length: length, labelExtent: labelExtent) == expected)
    }
}

@Suite("Log axes inside one decade")
struct LogAxisFallbackTests {
    @Test("decades when two fit, 1-2-5 or single digits inside a decade, linear ticks in a narrow range")
    func fallback() {
        #expect(AxisLayout.logTicks(lo: 1e-6, hi: 2, target: 8).values == [1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 0.1, 1])
        let within = AxisLayout.logTicks(lo: 0.15, hi: 0.95, target: 8).values
        #expect(within.count >= 3 && within.allSatisfy { $0 >= 0.15 && $0 <= 0.95 }, "\(within)")
        #expect(AxisLayout.logTicks(lo: 0.15, hi: 0.95, target: 4).values.map { ($0 * 10).rounded() } == [2, 5])
        let narrow = AxisLayout.logTicks(lo: 2.1, hi: 2.9, target: 5)
        #expect(narrow.values.count >= 2 && narrow.values.allSatisfy { $0 >= 2.1 && $0 <= 2.9 })
        #expect(AxisLayout.logTicks(lo: -1, hi: 5, target: 5) == .empty)
    }

    @Test("decade ticks are labelled 10^k with a true minus; others as plain numbers")
    func labels() {
        let axis = AxisLayout(axis: .log(), lo: 1e-4, hi: 1.5, target: 6)
        #expect(axis.labels.first == "10<sup>\u{2212}4</sup>")
        #expect(axis.labels.last == "1")
        #expect(!axis.minor.isEmpty)
        let inside = AxisLayout(axis: .log(), lo: 0.15, hi: 0.95, target: 4)
        #expect(inside.labels == ["0.2", "0.5"])
    }
}
