/// Measured extent of a text run, unrotated.
public struct TextMetrics: Sendable, Hashable {
    /// Advance width.
    public var width: Double
    /// Line height (ascent + descent of the layout).
    public var height: Double
    /// Distance from the top to the baseline.
    public var baseline: Double

    /// Metrics from their parts.
    public init(width: Double, height: Double, baseline: Double) {
        self.width = width
        self.height = height
        self.baseline = baseline
    }
}
