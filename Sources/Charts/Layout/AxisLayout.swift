import Foundation

/// One axis after layout: its limits, ticks, tick labels and the data-to-page mapping.
struct AxisLayout {
    let scale: Axis.Scale
    /// Data limits shown.
    let lo: Double
    let hi: Double
    let ticks: [Double]
    /// Tick labels as Pango markup.
    let labels: [String]

    /// Limits for `axis` from the fixed ones or the data's extent with padding; a flat
    /// series (identity′ = 1) still gets a span so it is not drawn on the frame.
    static func limits(for axis: Axis, data: [Double]) -> (Double, Double) {
        if let fixed = axis.limits { return (fixed.lowerBound, fixed.upperBound) }
        let finite = data.filter { $0.isFinite && (axis.scale == .linear || $0 > 0) }
        guard var lo = finite.min(), var hi = finite.max() else {
            return axis.scale == .log ? (1, 10) : (-1, 1)
        }
        if axis.scale == .log {
            let a = log10(lo), b = log10(hi)
            let pad = Swift.max(b - a, 1) * axis.padding
            return (pow(10, a - pad), pow(10, b + pad))
        }
        if hi - lo < 1e-12 * Swift.max(1, Swift.abs(lo)) {
            let half = Swift.max(Swift.abs(lo) * 0.5, 0.5)
            lo -= half
            hi += half
        }
        let pad = (hi - lo) * axis.padding
        return (lo - pad, hi + pad)
    }

    /// Lays out an axis of `length` page units with labels about `labelExtent` units long.
    init(axis: Axis, lo: Double, hi: Double, length: Double, labelExtent: Double) {
        scale = axis.scale
        self.lo = lo
        self.hi = hi
        let target = TickLocator.targetCount(length: length, labelExtent: labelExtent)
        switch axis.scale {
        case .linear:
            let t = TickLocator.linear(lo: lo, hi: hi, target: target)
            ticks = t.values
            labels = TickFormatter.labels(for: t)
        case .log:
            let t = TickLocator.log(lo: lo, hi: hi, maxCount: target)
            ticks = t.values
            labels = t.values.map { TickFormatter.decadeMarkup(Int(log10($0).rounded())) }
        }
    }

    /// The fraction 0...1 of the way from `lo` to `hi` that `value` lies at.
    func fraction(_ value: Double) -> Double {
        switch scale {
        case .linear: return (value - lo) / (hi - lo)
        case .log: return (log10(value) - log10(lo)) / (log10(hi) - log10(lo))
        }
    }

    /// Whether `value` is inside the limits.
    func contains(_ value: Double) -> Bool { value >= Swift.min(lo, hi) && value <= Swift.max(lo, hi) }
}
