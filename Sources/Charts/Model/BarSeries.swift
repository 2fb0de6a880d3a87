/// Bars from zero to each value, with the values printed on them (softmax probabilities).
///
/// Put the categories on the x axis with `Axis(categories:)`; several bar series in one panel
/// stand side by side within each category.
public struct BarSeries: Sendable {
    /// How the printed values are written.
    public enum ValueLabels: Sendable, Hashable {
        /// No values printed.
        case none
        /// Fixed decimals with a true minus: `.decimals(2)` prints 0.24, −1.50.
        case decimals(Int)
    }

    /// Bar heights.
    public var values: [Double]
    /// Bar centres; nil puts bar i at i (category i).
    public var positions: [Double]?
    /// Palette slot of the fill.
    public var slot: Int
    /// Legend text, Pango markup.
    public var label: String?
    /// The printed values.
    public var valueLabels: ValueLabels
    /// Width of one category's group of bars, as a fraction of the category spacing.
    public var width: Double

    /// A bar series.
    public init(
        values: [Double], positions: [Double]? = nil, slot: Int = 0, label: String? = nil,
        valueLabels: ValueLabels = .decimals(2), width: Double = 0.72
    ) {
        self.values = values
        self.positions = positions
        self.slot = slot
        self.label = label
        self.valueLabels = valueLabels
        self.width = width
    }

    /// Centre of bar `i` before side-by-side offsets.
    func position(_ i: Int) -> Double {
        if let positions, i < positions.count { return positions[i] }
        return Double(i)
    }

    /// The printed text for `value`, or nil.
    func text(for value: Double) -> String? {
        switch valueLabels {
        case .none: return nil
        case .decimals(let d): return value.isFinite ? TickFormatter.fixedLabel(value, max(0, min(d, 12))) : nil
        }
    }
}
