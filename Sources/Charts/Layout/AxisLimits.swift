import Foundation

/// Chooses the limits of a panel's axes from the data its series reach.
enum AxisLimits {
    /// The smallest and largest finite value (positive, for a log axis), without copying.
    static func extent<S: Sequence<Double>>(of values: S, scale: Axis.Scale) -> (Double, Double)? {
        var lo = Double.infinity, hi = -Double.infinity
        for v in values where v.isFinite && (scale == .linear || v > 0) {
            lo = Swift.min(lo, v)
            hi = Swift.max(hi, v)
        }
        return lo <= hi ? (lo, hi) : nil
    }

    /// `extent` grown to cover `include` (its finite ends, positive ones on a log axis).
    static func covering(_ extent: (Double, Double)?, _ include: ClosedRange<Double>?, scale: Axis.Scale) -> (Double, Double)? {
        guard let include, let ends = Self.extent(of: [include.lowerBound, include.upperBound], scale: scale) else {
            return extent
        }
        guard let extent else { return ends }
        return (Swift.min(extent.0, ends.0), Swift.max(extent.1, ends.1))
    }

    /// Limits for `axis` when the data span `extent` (nil: no usable data): the fixed ones, the
    /// categories' −0.5 … n − 0.5, or the data's extent with padding. A flat series
    /// (identity′ = 1) still gets a span so it is not drawn on the frame; bars start at zero
    /// without padding below (above for all-negative bars).
    static func limits(for axis: Axis, extent: (Double, Double)?, anchoredAtZero: Bool = false) -> (Double, Double) {
        var extent = extent
        if let fixed = axis.limits, fixed.lowerBound.isFinite, fixed.upperBound.isFinite,
            axis.scale == .linear || fixed.lowerBound > 0
        {
            if fixed.upperBound > fixed.lowerBound { return (fixed.lowerBound, fixed.upperBound) }
            // Zero-width limits cannot map anything: treat them as data at that one value.
            extent = (fixed.lowerBound, fixed.upperBound)
        }
        if let categories = axis.categories { return (-0.5, Double(Swift.max(categories.count, 1)) - 0.5) }
        guard var (lo, hi) = extent else {
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
        // Near the ends of Double's range padding overflows: show the data edge to edge instead.
        guard (lo - pad).isFinite, (hi + pad).isFinite else { return (lo, hi) }
        let low = anchoredAtZero && lo == 0 ? 0 : lo - pad
        let high = (anchoredAtZero && hi == 0 ? 0 : hi + pad) + (hi - lo + 2 * pad) * axis.headroom
        return (low, high)
    }
}

/// A panel's data limits on both axes, found once per drawing because curves can be long.
struct DataLimits {
    let x: (Double, Double)
    let y: (Double, Double)
}

extension Panel {
    /// The automatic (or fixed) limits of both axes.
    var dataLimits: DataLimits {
        var e = extent(x: x.scale, y: y.scale)
        e.x = AxisLimits.covering(e.x, x.include, scale: x.scale)
        e.y = AxisLimits.covering(e.y, y.include, scale: y.scale)
        return DataLimits(
            x: AxisLimits.limits(for: x, extent: e.x), y: AxisLimits.limits(for: y, extent: e.y, anchoredAtZero: hasBars))
    }

    /// The data extent along x and y for `scale`s; curves are scanned in place, since a curve may
    /// hold a million samples.
    func extent(x xScale: Axis.Scale, y yScale: Axis.Scale) -> (x: (Double, Double)?, y: (Double, Double)?) {
        var x = AxisLimits.extent(of: dataXs, scale: xScale), y = AxisLimits.extent(of: dataYs, scale: yScale)
        func merge(_ a: (Double, Double)?, _ b: (Double, Double)?) -> (Double, Double)? {
            guard let a else { return b }
            guard let b else { return a }
            return (Swift.min(a.0, b.0), Swift.max(a.1, b.1))
        }
        for case .line(let l) in series {
            for segment in l.segments {
                x = merge(x, AxisLimits.extent(of: segment.lazy.map(\.x), scale: xScale))
                y = merge(y, AxisLimits.extent(of: segment.lazy.map(\.y), scale: yScale))
            }
        }
        return (x, y)
    }

    /// Every x value the panel's series other than curves reach, for automatic limits.
    var dataXs: [Double] {
        series.flatMap { s -> [Double] in
            switch s {
            case .line: return []
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

    /// Every y value the panel's series other than curves reach, for automatic limits.
    var dataYs: [Double] {
        series.flatMap { s -> [Double] in
            switch s {
            case .line: return []
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
            case .line(let l): return l.label.map { LegendEntry(label: $0, key: .line(slot: l.slot, weight: l.weight, dashed: l.dashed)) }
            case .markers(let m): return m.label.map { LegendEntry(label: $0, key: .marker(slot: m.slot, filled: m.filled)) }
            // Reference lines and x bands carry their labels on the plot itself, unless layout
            // found no room for a band's there.
            case .reference: return nil
            case .xBand(let b): return bandsInLegend ? b.label.map { LegendEntry(label: $0, key: .swatch(slot: b.slot, translucent: true)) } : nil
            case .band(let b): return b.label.map { LegendEntry(label: $0, key: .swatch(slot: b.slot, translucent: true)) }
            case .bars(let b): return b.label.map { LegendEntry(label: $0, key: .swatch(slot: b.slot, translucent: false)) }
            case .heatMap: return nil
            }
        }
    }
}
