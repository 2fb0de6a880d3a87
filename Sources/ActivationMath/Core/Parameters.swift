/// A tunable parameter of an activation, such as Leaky ReLU's negative slope.
public struct ParameterSpec: Sendable, Hashable {
    /// The key the formulas read the value by.
    public var key: ParameterKey
    /// Value used when the user gives none (PyTorch's default unless stated).
    public var defaultValue: Double
    /// Values the formula is defined for.
    public var domain: ParameterDomain
    /// Other spellings accepted for the name, such as PyTorch's `negative_slope` for `alpha`.
    public var aliases: [String]

    /// A parameter with its default and domain.
    public init(_ key: ParameterKey, default defaultValue: Double, domain: ParameterDomain = .any, aliases: [String] = []) {
        self.key = key
        self.defaultValue = defaultValue
        self.domain = domain
        self.aliases = aliases
    }

    /// Name as typed on the command line (`--param alpha=0.1`).
    public var name: String { key.name }
}

/// Where a parameter is valid: formulas divide by some (softplus β) or need a sign (shrink λ).
public enum ParameterDomain: Sendable, Hashable {
    /// Any finite number.
    case any
    /// Finite and strictly positive.
    case positive
    /// Finite and at least zero.
    case nonNegative
    /// Finite and not zero.
    case nonZero
    /// Finite and within the closed interval, such as a slope between 0 and 1.
    case interval(ClosedRange<Double>)

    /// Whether `value` lies in the domain.
    public func contains(_ value: Double) -> Bool {
        guard value.isFinite else { return false }
        switch self {
        case .any: return true
        case .positive: return value > 0
        case .nonNegative: return value >= 0
        case .nonZero: return value != 0
        case .interval(let range): return range.contains(value)
        }
    }

    /// How the domain reads in an error message ("a number > 0").
    public var description: String {
        switch self {
        case .any: "a finite number"
        case .positive: "a finite number > 0"
        case .nonNegative: "a finite number ≥ 0"
        case .nonZero: "a finite number other than 0"
        case .interval(let range): "a number from \(range.lowerBound.shortText) to \(range.upperBound.shortText)"
        }
    }
}

extension Double {
    /// Shortest round-trip text, without a trailing ".0" on whole numbers ("1", "0.5").
    public var shortText: String {
        rounded() == self && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
