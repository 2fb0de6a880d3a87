/// A matrix drawn as coloured cells (the softmax Jacobian), with a colour bar beside the panel.
///
/// Cell (row r, column c) covers x ∈ c ± 0.5 and y ∈ r ± 0.5; `Panel.heatMap` sets up the
/// category axes, row 0 at the top and square cells.
public struct HeatMap: Sendable {
    /// Rows of values; rows may differ in length, missing or non-finite cells stay blank.
    public var values: [[Double]]
    /// The values mapped to the ends of the colour scale; nil takes ± the largest |value|, so
    /// zero sits at the neutral centre of the diverging map.
    public var range: ClosedRange<Double>?
    /// Print each value in its cell with this many decimals; nil prints nothing.
    public var decimals: Int?
    /// Whether to draw the colour bar.
    public var colorBar: Bool
    /// Label beside the colour bar, Pango markup.
    public var colorBarLabel: String?

    /// A heat map of `values` (rows of columns).
    public init(
        values: [[Double]], range: ClosedRange<Double>? = nil, decimals: Int? = nil, colorBar: Bool = true,
        colorBarLabel: String? = nil
    ) {
        self.values = values
        self.range = range
        self.decimals = decimals
        self.colorBar = colorBar
        self.colorBarLabel = colorBarLabel
    }

    /// The value range the colours span: the given one, or symmetric about zero.
    var colorRange: ClosedRange<Double> {
        if let range, range.upperBound > range.lowerBound, range.lowerBound.isFinite, range.upperBound.isFinite {
            return range
        }
        let largest = values.joined().filter(\.isFinite).map(abs).max() ?? 0
        return largest > 0 ? -largest...largest : -1...1
    }

    /// Where `value` falls on the colour scale, 0…1 (clamped).
    func fraction(_ value: Double) -> Double {
        let r = colorRange
        return min(1, max(0, (value - r.lowerBound) / (r.upperBound - r.lowerBound)))
    }
}
