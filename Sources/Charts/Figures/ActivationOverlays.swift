/// Marks that help the text around an activation figure: dashed asymptotes, shaded saturation
/// zones, and marked points such as the derivative's maximum.
public struct ActivationOverlays: Sendable {
    /// Which of the two panels a mark belongs to.
    public enum Target: Sendable, Hashable {
        /// The function panel (left).
        case function
        /// The derivative panel (right).
        case derivative
    }

    /// A point of the curve marked with a dot and a note with an arrow.
    public struct Mark: Sendable {
        /// Where on the curve.
        public var x: Double
        /// Which curve.
        public var panel: Target
        /// The note, Pango markup; nil prints the coordinates "(x, y)".
        public var label: String?
        /// Where the note sits relative to the point (figure units, y up).
        public var offset: Offset

        /// A mark at `x` on `panel`'s curve.
        public init(x: Double, on panel: Target, label: String? = nil, offset: Offset = Offset(40, 24)) {
            self.x = x
            self.panel = panel
            self.label = label
            self.offset = offset
        }
    }

    /// Dashed horizontal lines on the function panel, e.g. y = 0 and y = 1 for sigmoid.
    public var functionAsymptotes: [ReferenceLine]
    /// Dashed lines on the derivative panel.
    public var derivativeAsymptotes: [ReferenceLine]
    /// Shaded x intervals on both panels: where the function saturates.
    public var zones: [XBand]
    /// Marked points with notes.
    public var marks: [Mark]
    /// x values that get a labelled tick on both panels besides the breakpoints: the edges
    /// of the zones the text names (sigmoid's ±3 and ±6).
    public var ticks: [Double] = []
    /// Shaded regions between two curves, per panel: the range of slopes RReLU draws from in
    /// training, around the mean slope it uses at evaluation.
    public var functionBands: [BandSeries] = []
    /// Shaded regions on the derivative panel.
    public var derivativeBands: [BandSeries] = []

    /// Overlays; none by default.
    public init(
        functionAsymptotes: [ReferenceLine] = [], derivativeAsymptotes: [ReferenceLine] = [], zones: [XBand] = [],
        marks: [Mark] = []
    ) {
        self.functionAsymptotes = functionAsymptotes
        self.derivativeAsymptotes = derivativeAsymptotes
        self.zones = zones
        self.marks = marks
    }

    /// Zones and asymptotes for one panel, to go behind its curve.
    func underlay(for target: Target) -> [Series] {
        zones.map(Series.xBand) + (target == .function ? functionBands : derivativeBands).map(Series.band)
            + (target == .function ? functionAsymptotes : derivativeAsymptotes).map(Series.reference)
    }
}
