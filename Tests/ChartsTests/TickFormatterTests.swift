import Foundation
import Testing

@testable import Charts

struct TickFormatterTests {
    static let minus = "\u{2212}"

    static let linearCases: [(lo: Double, hi: Double, m: Int, expected: [String])] = [
        (0, 1, 5, ["0.00", "0.25", "0.50", "0.75", "1.00"]),
        (-20, 20, 5, ["\(minus)20", "\(minus)10", "0", "10", "20"]),
        (-1, 1, 5, ["\(minus)1.0", "\(minus)0.5", "0.0", "0.5", "1.0"]),
        (0, 0.25, 5, ["0.00", "0.05", "0.10", "0.15", "0.20", "0.25"]),
        (0, 6, 5, ["0", "1", "2", "3", "4", "5", "6"]),
        (0, 1, 10, ["0.0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1.0"]),
        (-50, -3, 5, ["\(minus)50", "\(minus)40", "\(minus)30", "\(minus)20", "\(minus)10"]),
        (5, 5, 5, ["4.50", "4.75", "5.00", "5.25", "5.50"]),
        (0, 1e300, 5, ["0", "2.5×10²⁹⁹", "5.0×10²⁹⁹", "7.5×10²⁹⁹", "1.0×10³⁰⁰"]),
    ]

    @Test("labels for located ticks", arguments: linearCases.indices)
    func labelsForLocatedTicks(_ index: Int) {
        let row = Self.linearCases[index]
        let ticks = TickLocator.linear(lo: row.lo, hi: row.hi, target: row.m)
        #expect(TickFormatter.labels(for: ticks) == row.expected)
    }

    static let handMade: [(values: [Double], step: Double, expected: [String])] = [
        // Float noise prints cleanly.
        ([0.1, 0.2, 0.1 + 0.2], 0.1, ["0.1", "0.2", "0.3"]),
        ([0, 0.1 + 0.2, 0.6000000000000001], 0.30000000000000004, ["0.0", "0.3", "0.6"]),
        // Never "−0", whether -0.0 or a rounding residue.
        ([-0.0, 1], 1, ["0", "1"]),
        ([-1e-17, 0.5, 1], 0.5, ["0.0", "0.5", "1.0"]),
        ([-0.5, -1e-17, 0.5], 0.5, ["\(minus)0.5", "0.0", "0.5"]),
        // Step needs more decimals than the values alone would suggest.
        ([1, 1.5, 2], 0.5, ["1.0", "1.5", "2.0"]),
        ([-2.5, 0, 2.5, 5], 2.5, ["\(minus)2.5", "0.0", "2.5", "5.0"]),
        // Scientific only at |v| ≥ 1e6 or all nonzero |v| < 1e-4.
        ([0, 500_000, 999_999], 499_999.5, ["0.0", "500000.0", "999999.0"]),
        ([0, 5e5, 1e6, 1.5e6, 2e6], 5e5, ["0", "5.0×10⁵", "1.0×10⁶", "1.5×10⁶", "2.0×10⁶"]),
        ([1e-8, 1.5e-8, 2e-8], 5e-9, ["1.0×10⁻⁸", "1.5×10⁻⁸", "2.0×10⁻⁸"]),
        ([-2e-5, 0, 2e-5], 2e-5, ["\(minus)2×10⁻⁵", "0", "2×10⁻⁵"]),
        ([0, 5e-5, 1e-4], 5e-5, ["0.00000", "0.00005", "0.00010"]),
        ([-3e7, 0, 3e7], 3e7, ["\(minus)3×10⁷", "0", "3×10⁷"]),
        // Hand-made ticks without a step still get a common precision.
        ([0, 0.25, 0.5], 0, ["0.00", "0.25", "0.50"]),
        ([], 1, []),
    ]

    @Test("labels for hand-made ticks", arguments: handMade.indices)
    func labelsForHandMadeTicks(_ index: Int) {
        let row = Self.handMade[index]
        #expect(TickFormatter.labels(for: Ticks(values: row.values, step: row.step)) == row.expected)
    }

    /// Every located axis gets distinct, sign-correct labels, whatever its scale.
    @Test(arguments: TickLocatorTests.ranges)
    func labelsAreDistinctAndClean(_ range: TickRangeCase) {
        let ticks = TickLocator.linear(lo: range.lo, hi: range.hi, target: range.target)
        let labels = TickFormatter.labels(for: ticks)
        #expect(labels.count == ticks.values.count)
        #expect(Set(labels).count == labels.count, "\(labels)")
        #expect(labels.allSatisfy { !$0.contains("-") && !$0.hasPrefix("\(Self.minus)0×") }, "\(labels)")
        #expect(labels.allSatisfy { $0.count <= 24 }, "\(labels)")
        for (value, label) in zip(ticks.values, labels) {
            let shown = TickFormatter.parse(label)
            #expect(shown.map { abs($0 - value) <= 1e-6 * ticks.step } == true, "\(label) vs \(value)")
            let isNegativeZero = label.hasPrefix(Self.minus) && shown == 0
            #expect(!isNegativeZero, "\(label)")
        }
    }

    @Test func minusIsUnicode() throws {
        let labels = TickFormatter.labels(for: TickLocator.linear(lo: -20, hi: 20, target: 5))
        let first = try #require(labels.first)
        #expect(first.unicodeScalars.first?.value == 0x2212)
        #expect(first == "\u{2212}20")
    }

    @Test(arguments: [
        (0, "1"), (1, "10"), (2, "10<sup>2</sup>"), (-1, "10<sup>\u{2212}1</sup>"),
        (-3, "10<sup>\u{2212}3</sup>"), (12, "10<sup>12</sup>"), (-300, "10<sup>\u{2212}300</sup>"),
    ])
    func decadeMarkup(exponent: Int, expected: String) {
        #expect(TickFormatter.decadeMarkup(exponent) == expected)
    }

    @Test func decadeMarkupExtremes() {
        #expect(TickFormatter.decadeMarkup(.min).hasPrefix("10<sup>\u{2212}9"))
        #expect(TickFormatter.decadeMarkup(.max).hasSuffix("7</sup>"))
    }
}
