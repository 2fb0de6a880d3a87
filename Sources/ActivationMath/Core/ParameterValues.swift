/// Parameter values for one evaluation: the defaults of an activation's specs, with the user's
/// overrides applied.
///
/// The values are only ever built from the activation's own specs, so they hold exactly the
/// parameters it declares. Formulas read them by the typed keys declared beside those specs;
/// text from the command line or a reference file goes through `ParameterValues.resolving`,
/// which checks each name, or through `value(named:)`, which answers nil rather than guessing.
public struct ParameterValues: Sendable, Hashable {
    /// Values by parameter name.
    public private(set) var values: [String: Double]

    /// The defaults of `specs`.
    public init(specs: [ParameterSpec]) {
        values = Dictionary(uniqueKeysWithValues: specs.map { ($0.name, $0.defaultValue) })
    }

    /// The value of a parameter the activation declares.
    ///
    /// A key the activation does not declare is a mistake in the code, which no input can
    /// cause. It reads NaN rather than trapping, since formulas run on the path user input
    /// takes, and rather than 0, which would pass for a plausible slope or threshold: NaN spoils
    /// every value computed from it, so the catalogue's accuracy tests fail at once. Setting it
    /// changes nothing, for the same reason: the values stay those of the activation's specs.
    public subscript(key: ParameterKey) -> Double {
        get { values[key.name] ?? .nan }
        set { if values[key.name] != nil { values[key.name] = newValue } }
    }

    /// The value of the parameter called exactly `name` (not an alias), or nil if the
    /// activation has none: for code that holds names as text and must say which is unknown.
    public func value(named name: String) -> Double? {
        values[name]
    }
}
