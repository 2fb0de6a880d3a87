/// The name of one parameter, declared once beside the activation's `ParameterSpec`s
/// (`static let alpha = ParameterKey("alpha")`) so that the formulas read their values by a
/// constant the compiler checks rather than by a string a typo can break.
public struct ParameterKey: Hashable, Sendable, CustomStringConvertible {
    /// Name as typed on the command line (`--param alpha=0.1`).
    public let name: String

    /// The key for the parameter called `name`.
    public init(_ name: String) {
        self.name = name
    }

    /// The name, so that messages read as before.
    public var description: String { name }
}
