/// The titles of a function | derivative figure's two panels, as Pango markup in the reader's
/// language (the report fills them in from its string catalogues, "Sigmoid function" in English):
/// the figure model draws words it is given and holds none of its own.
public struct PanelTitles: Sendable, Hashable {
    /// Above the function's panel.
    public var function: String
    /// Above the derivative's panel.
    public var derivative: String

    /// Both titles; untitled panels by default.
    public init(function: String = "", derivative: String = "") {
        self.function = function
        self.derivative = derivative
    }
}
