/// How one axis maps data to the panel.
public struct Axis: Sendable, Hashable {
    /// Linear or logarithmic mapping.
    public enum Scale: Sendable, Hashable {
        /// Equal steps for equal differences.
        case linear
        /// Equal steps for equal ratios; decades labelled 10<sup>k</sup>.
        case log
    }
    /// The mapping. On a log axis values ≤ 0 cannot be shown and break a curve.
    public var scale: Scale
    /// Fixed limits; nil takes the data's extent with a little padding.
    public var limits: ClosedRange<Double>?
    /// Fraction of the data span added on each side when limits come from the data.
    public var padding: Double
    /// Text labels for positions 0, 1, 2, … (bars, heat map cells): the axis then shows exactly
    /// these, at limits −0.5 … n − 0.5, without grid lines across the categories.
    public var categories: [String]?
    /// Tick positions chosen by hand (for example whole layer counts 1…10); nil places them by
    /// extended Wilkinson (linear) or decades (log).
    public var ticks: [Double]?
    /// Runs high to low: a matrix's row 0 at the top.
    public var reversed: Bool
    /// Values automatic limits cover even where no series reaches them: the x range a figure
    /// was asked for, when its curve is undefined on part of it (log x left of 0).
    public var include: ClosedRange<Double>?
    /// Values that must get a labelled tick on a linear axis, such as an activation's
    /// breakpoints (ReLU6's 6, hard-sigmoid's ±3): a student asks about them first. Ordinary
    /// ticks too close to one make way for it.
    public var marked: [Double] = []
    /// What the ticks count in: plain numbers, or multiples of π for a periodic function, so
    /// sin x gets −2π … 2π and not −5, 0, 5.
    public var tickUnit: TickUnit = .plain
    /// Room added above automatic limits, as a fraction of the data span: layout sets it when
    /// a legend finds no clear spot among the curves.
    var headroom = 0.0

    /// The quantity ticks are whole or half multiples of.
    public enum TickUnit: Sendable, Hashable {
        /// Numbers, by extended Wilkinson.
        case plain
        /// Multiples of π (or of π/2 where those fit), labelled "π/2", "π", "3π/2", "2π".
        case pi
    }

    /// An axis.
    public init(
        scale: Scale = .linear, limits: ClosedRange<Double>? = nil, padding: Double = 0.05,
        categories: [String]? = nil, ticks: [Double]? = nil, reversed: Bool = false
    ) {
        self.scale = scale
        self.limits = limits
        self.padding = padding
        self.categories = categories
        self.ticks = ticks
        self.reversed = reversed
    }

    /// A logarithmic axis; decades are labelled 10<sup>k</sup>.
    public static func log(limits: ClosedRange<Double>? = nil) -> Axis { Axis(scale: .log, limits: limits) }
}
