import Foundation

/// Chooses the limits of a panel's axes from the data its series reach.
enum AxisLimits {
    /// Limits for `axis`: the fixed ones, the categories' −0.5 … n − 0.5, or the data's extent
    /// with padding. A flat series (identity′ = 1) still gets a span so it is not drawn on the
    /// frame; bars start at zero without padding below (above for all-negative bars).
    static func limits(for axis: Axis, data: [Double], anchoredAtZero: Bool = false) -> (Double, Double) {
        if let fixed = axis.limits, fixed.lowerBound.isFinite, fixed.upperBound.isFinite,
            axis.scale == .linear || fixed.lowerBound > 0
        {
            return (fixed.lowerBound, fixed.upperBound)
        }
        if let categories = axis.categories { return (-0.5, Double(Swift.max(categories.count, 1)) - 0.5) }
        let finite = data.filter { $0.isFinite && (axis.scale == .linear || $0 > 0) }
        guard var lo = finite.min(), var hi = finite.max() else {
            return axis.scale == .log ? (1, 10) : (-1, 1)
        }
        if axis.scale == .log {
            let a = log10(lo), b = log10(hi)
            let pad = Swift.max(b - a, 0.3) * axis.padding
            return (pow(10, a - pad), pow(10, b + pad))
        }
        if hi - lo < 1e-12 * Swift.max(1, Swift.abs(lo)) {
            let half = Swift.max(Swift.abs(lo) * 0.5, 0.5)
            lo -= half
            hi += half
        }
        let pad = (hi - lo) * axis.padding
        let low = anchoredAtZero && lo == 0 ? 0 : lo - pad
        let high = anchoredAtZero && hi == 0 ? 0 : hi + pad
        return (low, high)
    }
}

extension Panel {
    /// Every x value the panel's series reach, for automatic limits.
    var dataXs: [Double] {
        series.flatMap { s -> [Double] in
            switch s {
            case .line(let l): return l.segments.flatMap { $0.map(\.x) }
            case .markers(let m): return m.points.map(\.x)
            case .reference(let r): return r.orientation == .vertical ? [r.value] : []
            case .xBand: return []
            case .band(let b): return b.x
            case .bars(let b):
                let half = b.width / 2
                return b.values.indices.flatMap { [b.position($0) - half, b.position($0) + half] }
            case .heatMap(let h): return [-0.5, Double(h.values.map(\.count).max() ?? 0) - 0.5]
            }
        }
    }

    /// Every y value the panel's series reach, for automatic limits.
    var dataYs: [Double] {
        series.flatMap { s -> [Double] in
            switch s {
            case .line(let l): return l.segments.flatMap { $0.map(\.y) }
            case .markers(let m): return m.points.map(\.y)
            case .reference(let r): return r.orientation == .horizontal ? [r.value] : []
            case .xBand: return []
            case .band(let b): return b.lower + b.upper
            case .bars(let b): return b.values + [0]
            case .heatMap(let h): return [-0.5, Double(h.values.count) - 0.5]
            }
        }
    }

    /// Whether bars stand on the y = 0 line, which should then be the plot's edge.
    var hasBars: Bool { series.contains { if case .bars = $0 { true } else { false } } }

    /// The bar series in order, for placing them side by side.
    var barSeries: [BarSeries] { series.compactMap { if case .bars(let b) = $0 { b } else { nil } } }

    /// The first heat map, whose colour bar needs room beside the plot.
    var heatMap: HeatMap? { series.lazy.compactMap { if case .heatMap(let h) = $0 { h } else { nil } }.first }

    /// Legend entries: every labelled series, in order.
    var legendEntries: [LegendEntry] {
        series.compactMap { s -> LegendEntry? in
            switch s {
            case .line(let l): return l.label.map { LegendEntry(label: $0, key: .line(slot: l.slot, weight: l.weight)) }
            case .markers(let m): return m.label.map { LegendEntry(label: $0, key: .marker(slot: m.slot, filled: m.filled)) }
            // Reference lines and x bands carry their labels on the plot itself.
            case .reference, .xBand: return nil
            case .band(let b): return b.label.map { LegendEntry(label: $0, key: .swatch(slot: b.slot, translucent: true)) }
            case .bars(let b): return b.label.map { LegendEntry(label: $0, key: .swatch(slot: b.slot, translucent: false)) }
            case .heatMap: return nil
            }
        }
    }
}
