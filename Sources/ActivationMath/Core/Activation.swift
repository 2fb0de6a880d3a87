/// One entry of the catalogue: the mathematics (`ActivationFunction`) plus what the command
/// line, the tables and the page need to find, name and describe it.
public protocol Activation: ActivationFunction {
    /// Canonical id, kebab-case: used in file names, the command line and the report's anchors.
    var id: String { get }
    /// The name a user gave a formula of their own, shown as typed in every language; nil for
    /// the catalogue's entries, whose names live in the report's per-language catalogues under
    /// `activation.<id>.name`.
    var displayName: String? { get }
    /// Other names users type (PyTorch, Keras, JAX spellings); matched after
    /// `Catalogue.normalized`.
    var aliases: [String] { get }
    /// Facts for the properties table, true for the default parameters.
    var properties: ActivationProperties { get }
    /// Formula and derivative as trees, for the report.
    var formula: Formula { get }
}

extension Activation {
    /// Most activations have no other name.
    public var aliases: [String] { [] }
    /// The catalogue's entries are named by the report's string catalogues.
    public var displayName: String? { nil }
}
