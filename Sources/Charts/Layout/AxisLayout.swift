import Foundation

/// One axis after layout: its limits, ticks, tick labels and the data-to-page mapping.
struct AxisLayout {
    let scale: Axis.Scale
    /// Data limits shown.
    let lo: Double
    let hi: Double
    /// High values at the start (top or left) instead of the end.
    let reversed: Bool
    /// Positions 0…n−1 carry text labels; no grid runs across categories.
    let isCategory: Bool
    private(set) var ticks: [Double]
    /// Tick labels as Pango markup.
    private(set) var labels: [String]
    /// Which ticks are the axis's marked values (breakpoints): they keep their labels when
    /// ordinary ticks make way.
    private(set) var isMark: [Bool]
    /// Unlabelled grid positions between decades of a log axis (2…9 × 10^k).
    let minor: [Double]
    /// The step of the ordinary linear ticks (0 where there is none: log, categories, fixed).
    private(set) var step = 0.0
    /// Whether the x tick labels alternate between two rows: breakpoints too close for one row
    /// (softshrink's ±0.5 on a small figure) keep their labels that way.
    var staggered = false

    /// Lays out `axis` over `lo…hi` with about `target` ticks.
    /// `stretchToTicks` is for value axes: x shows the range the user asked for, exactly.
    init(axis: Axis, lo: Double, hi: Double, target: Int, stretchToTicks: Bool = false) {
        scale = axis.scale
        var low = lo, high = hi
        reversed = axis.reversed
        var minor: [Double] = []
        if let categories = axis.categories {
            isCategory = true
            ticks = categories.indices.map(Double.init)
            labels = categories
            isMark = ticks.map { _ in false }
        } else if let fixed = axis.ticks {
            isCategory = false
            let inside = fixed.filter { $0.isFinite && $0 >= Swift.min(lo, hi) && $0 <= Swift.max(lo, hi) }.sorted()
            ticks = inside
            labels = Self.labels(inside, scale: axis.scale, step: 0)
            isMark = ticks.map { _ in false }
        } else {
            isCategory = false
            switch axis.scale {
            case .linear where axis.tickUnit == .pi:
                let (values, markup) = Self.piTicks(lo: lo, hi: hi, target: target)
                (ticks, labels, isMark) = (values, markup, values.map { _ in false })
                step = values.count > 1 ? values[1] - values[0] : 0
            case .linear:
                var t = TickLocator.linear(lo: lo, hi: hi, target: target)
                // Automatic limits stretch to a tick just beyond the padded data (within a third
                // of a step), so a curve peaking at 1.13 gets a 1.2 at the top, not a bare edge.
                if stretchToTicks, axis.limits == nil, t.step > 0, hi > lo, let first = t.values.first, let last = t.values.last {
                    var values = t.values
                    let above = last + t.step, below = first - t.step
                    if above > hi, above - hi <= t.step / 3 { values.append(above); high = above }
                    if below < lo, lo - below <= t.step / 3 { values.insert(below, at: 0); low = below }
                    t = Ticks(values: values, step: t.step)
                }
                (ticks, labels, isMark) = Self.merging(marks: axis.marked, into: t, lo: low, hi: high)
                step = t.step
            case .log:
                let t = Self.logTicks(lo: lo, hi: hi, target: target)
                ticks = t.values
                labels = Self.labels(t.values, scale: .log, step: t.step)
                isMark = ticks.map { _ in false }
                if t.step == 1, t.values.count >= 2, t.values.count <= 8 { minor = Self.minorDecades(lo: lo, hi: hi) }
            }
        }
        self.minor = minor
        self.lo = low
        self.hi = high
    }

    /// `ticks` with `marks` (those inside lo…hi) added, each labelled in its own shortest exact
    /// form; an ordinary tick closer than 0.35 of a step to a mark is dropped, so their labels do
    /// not collide and a mark never stands beside a near-copy of itself.
    static func merging(
        marks: [Double], into ticks: Ticks, lo: Double, hi: Double
    ) -> (ticks: [Double], labels: [String], isMark: [Bool]) {
        let ordinary = TickFormatter.labels(for: ticks)
        let inside = Array(Set(marks.filter { $0.isFinite && $0 >= Swift.min(lo, hi) && $0 <= Swift.max(lo, hi) })).sorted()
        guard !inside.isEmpty else { return (ticks.values, ordinary, ticks.values.map { _ in false }) }
        let gap = 0.35 * (ticks.step > 0 ? ticks.step : TickFormatter.effectiveStep(ticks))
        // Zero stays whatever is near it: it is where a student reads the sign change.
        var merged = zip(ticks.values, ordinary).filter { value, _ in value == 0 || inside.allSatisfy { abs(value - $0) >= gap } }
            .map { ($0, $1, false) }
        merged += inside.map { ($0, TickFormatter.labels(for: Ticks(values: [$0], step: 0))[0], true) }
        merged.sort { $0.0 < $1.0 }
        return (merged.map(\.0), merged.map(\.1), merged.map(\.2))
    }

    /// Multiples of π/2, π, 2π, … over lo…hi: the finest step that gives at most `target` + 1
    /// ticks, labelled as a teacher writes them ("−π", "π/2", "3π/2", "2π").
    static func piTicks(lo: Double, hi: Double, target: Int) -> (values: [Double], labels: [String]) {
        let a = Swift.min(lo, hi) / Double.pi, b = Swift.max(lo, hi) / Double.pi
        guard a.isFinite, b.isFinite, b - a < 1e6 else { return ([], []) }
        // Steps in units of π: halves, then whole and doubling multiples.
        var step = 0.5
        while Int((b / step).rounded(.down) - (a / step).rounded(.up)) + 1 > Swift.max(target, 2) + 1 { step *= 2 }
        let first = Int((a / step - 1e-9).rounded(.up)), last = Int((b / step + 1e-9).rounded(.down))
        guard first <= last else { return ([], []) }
        let halves = (first...last).map { Int((Double($0) * step * 2).rounded()) }
        return (halves.map { Double($0) / 2 * Double.pi }, halves.map(piLabel))
    }

    /// "0", "π", "−π", "2π", "π/2", "−3π/2" for `halves` halves of π.
    static func piLabel(halves: Int) -> String {
        guard halves != 0 else { return "0" }
        let sign = halves < 0 ? TickFormatter.minus : ""
        let n = halves.magnitude
        if n % 2 == 0 { return sign + (n == 2 ? "π" : "\(n / 2)π") }
        return sign + (n == 1 ? "π/2" : "\(n)π/2")
    }

    /// Decades when at least two fit; inside one decade, 1-2-5 or 1…9 multiples; failing those,
    /// linear ticks (a range like 2.1…2.9 on a log axis still gets labels).
    static func logTicks(lo: Double, hi: Double, target: Int) -> Ticks {
        let decades = TickLocator.log(lo: lo, hi: hi, maxCount: target)
        if decades.values.count >= 2 { return decades }
        let a = Swift.min(lo, hi), b = Swift.max(lo, hi)
        guard a > 0, b.isFinite else { return .empty }
        // 1-2-5 reads best; every digit when 1-2-5 leaves the axis nearly bare and the rest fit.
        let coarse = multiples(of: [1, 2, 5], from: a, to: b)
        let fine = multiples(of: [1, 2, 3, 4, 5, 6, 7, 8, 9], from: a, to: b)
        if coarse.count >= 3 || (coarse.count == 2 && fine.count > Swift.max(target, 2) + 1) {
            return Ticks(values: coarse, step: 0)
        }
        if fine.count >= 2, fine.count <= Swift.max(target, 2) + 1 { return Ticks(values: fine, step: 0) }
        return TickLocator.linear(lo: a, hi: b, target: Swift.min(target, 5))
    }

    /// m × 10^k inside a…b for every mantissa m, ascending.
    static func multiples(of mantissas: [Double], from a: Double, to b: Double) -> [Double] {
        let first = Int(log10(a).rounded(.down)), last = Int(log10(b).rounded(.down))
        guard last - first < 400 else { return [] }
        var values: [Double] = []
        for k in first...last {
            for m in mantissas {
                let v = m * pow(10, Double(k))
                if v >= a * (1 - 1e-12), v <= b * (1 + 1e-12) { values.append(v) }
            }
        }
        return values
    }

    /// 2…9 × 10^k over the range, for a faint grid that shows the axis is logarithmic.
    static func minorDecades(lo: Double, hi: Double) -> [Double] {
        let a = Swift.min(lo, hi), b = Swift.max(lo, hi)
        return multiples(of: [2, 3, 4, 5, 6, 7, 8, 9], from: a, to: b)
    }

    /// Labels for ticks: decades as 10<sup>k</sup> on a log axis, plain numbers otherwise.
    static func labels(_ values: [Double], scale: Axis.Scale, step: Double) -> [String] {
        let decades = values.map { log10($0) }
        if scale == .log, !values.isEmpty, decades.allSatisfy({ abs($0 - $0.rounded()) < 1e-9 }) {
            return decades.map { TickFormatter.decadeMarkup(Int($0.rounded())) }
        }
        return TickFormatter.labels(for: Ticks(values: values, step: step))
    }

    /// The same axis with only the ticks at `indices`: labels that do not fit are dropped, not squeezed.
    func keeping(_ indices: [Int]) -> AxisLayout {
        var copy = self
        copy.ticks = indices.map { ticks[$0] }
        copy.labels = indices.map { labels[$0] }
        copy.isMark = indices.map { isMark[$0] }
        return copy
    }

    /// The fraction 0...1 of the way along the axis (left to right, bottom to top) that `value` lies at.
    func fraction(_ value: Double) -> Double {
        let f: Double
        switch scale {
        // Halves first, so limits near ±Double.greatestFiniteMagnitude do not overflow the span.
        case .linear: f = (value / 2 - lo / 2) / (hi / 2 - lo / 2)
        case .log: f = value > 0 ? (log10(value) - log10(lo)) / (log10(hi) - log10(lo)) : -.infinity
        }
        return reversed ? 1 - f : f
    }

    /// Whether every marked tick lies on the ordinary ticks' grid (6 on a step of 2, not of
    /// 2.5), so the labels read as one regular scale with the breakpoints on it.
    var marksOnGrid: Bool {
        guard step > 0 else { return false }
        return ticks.indices.filter { isMark[$0] }.allSatisfy { i in
            let k = ticks[i] / step
            return abs(k - k.rounded()) < 1e-9 * Swift.max(1, abs(k))
        }
    }

    /// Whether the zero line of this axis is in view and worth drawing stronger than the grid.
    var showsZero: Bool { scale == .linear && !isCategory && lo < 0 && hi > 0 }
}
