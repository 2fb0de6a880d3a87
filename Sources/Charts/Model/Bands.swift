/// A shaded x interval over the panel's full height: a saturation zone, an effective range.
public struct XBand: Sendable {
    /// The interval shaded; may reach beyond the axis limits (it is clipped).
    public var range: ClosedRange<Double>
    /// Palette slot whose colour tints the band; nil uses the theme's neutral shade.
    public var slot: Int?
    /// Text at the top of the band (Pango markup) and its legend entry.
    public var label: String?

    /// A band over `range`.
    public init(_ range: ClosedRange<Double>, slot: Int? = nil, label: String? = nil) {
        self.range = range
        self.slot = slot
        self.label = label
    }
}

/// The region between two curves sampled at the same x values, filled in a translucent tint.
public struct BandSeries: Sendable {
    /// Sample positions, ascending.
    public var x: [Double]
    /// Lower curve at each x.
    public var lower: [Double]
    /// Upper curve at each x.
    public var upper: [Double]
    /// Palette slot of the tint; nil uses the theme's neutral shade.
    public var slot: Int?
    /// Legend text, Pango markup.
    public var label: String?

    /// A band; a non-finite value in either curve leaves a gap there. Extra values in the longer
    /// arrays are ignored.
    public init(x: [Double], lower: [Double], upper: [Double], slot: Int? = nil, label: String? = nil) {
        self.x = x
        self.lower = lower
        self.upper = upper
        self.slot = slot
        self.label = label
    }

    /// The pieces with every value finite, as (x, lower, upper) triples.
    var finiteRuns: [[(x: Double, lo: Double, hi: Double)]] {
        var runs: [[(x: Double, lo: Double, hi: Double)]] = [[]]
        for i in 0..<min(x.count, lower.count, upper.count) {
            if x[i].isFinite, lower[i].isFinite, upper[i].isFinite {
                runs[runs.count - 1].append((x[i], lower[i], upper[i]))
            } else if !(runs.last?.isEmpty ?? true) {
                runs.append([])
            }
        }
        return runs.filter { $0.count > 1 }
    }
}
