/// Parameter values for one evaluation: the defaults of an activation's specs, with the user's
/// overrides applied.
///
/// The values are only ever built from the activation's own specs, so they hold exactly the
/// parameters it declares. Formulas read them by the typed keys declared beside those specs;
/// text from the command line or a reference file goes through `ParameterValues.resolving`,
/// which checks each name, or through `value(named:)`, which answers nil rather than guessing.
public struct ParameterValues: Sendable, Hashable {
    /// One parameter's name and value.
    private struct Entry: Sendable, Hashable {
        let name: String
        var value: Double
    }

    /// The parameters in the order of the activation's specs. A formula reads its parameters on
    /// every evaluation, and an activation has at most a few: comparing short names is cheaper
    /// than hashing one, which made the 23 000 reads of the 16-figure benchmark cost 12 million
    /// instructions (callgrind) as a dictionary.
    private var entries: [Entry]

    /// Values by parameter name.
    public var values: [String: Double] {
        Dictionary(uniqueKeysWithValues: entries.map { ($0.name, $0.value) })
    }

    /// The defaults of `specs`.
    public init(specs: [ParameterSpec]) {
        entries = specs.map { Entry(name: $0.name, value: $0.defaultValue) }
    }

    /// The value of a parameter the activation declares.
    ///
    /// A key the activation does not declare is a mistake in the code, which no input can
    /// cause. It reads NaN rather than trapping, since formulas run on the path user input
    /// takes, and rather than 0, which would pass for a plausible slope or threshold: NaN spoils
    /// every value computed from it, so the catalogue's accuracy tests fail at once. Setting it
    /// changes nothing, for the same reason: the values stay those of the activation's specs.
    public subscript(key: ParameterKey) -> Double {
        get { value(named: key.name) ?? .nan }
        set { if let i = entries.firstIndex(where: { $0.name == key.name }) { entries[i].value = newValue } }
    }

    /// The value of the parameter called exactly `name` (not an alias), or nil if the
    /// activation has none: for code that holds names as text and must say which is unknown.
    public func value(named name: String) -> Double? {
        entries.first { $0.name == name }?.value
    }
}
