/// How a line is drawn.
public struct StrokeStyle: Sendable, Hashable {
    /// Line colour.
    public var color: Color
    /// Line width in figure units.
    public var width: Double
    /// Dash pattern (on, off, …) in figure units; empty for a solid line.
    public var dash: [Double]
    /// Round joins and caps keep sharp kinks of a curve from spiking at thick widths.
    public var round: Bool

    /// A pen.
    public init(color: Color, width: Double, dash: [Double] = [], round: Bool = true) {
        self.color = color
        self.width = width
        self.dash = dash
        self.round = round
    }
}
