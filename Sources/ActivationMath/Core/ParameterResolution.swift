/// An order two parameters must keep, such as RReLU's lower ≤ upper slope.
public struct ParameterConstraint: Sendable, Hashable {
    /// The parameter that must be the smaller.
    public var lower: ParameterKey
    /// The parameter that must be the larger.
    public var upper: ParameterKey
    /// Whether the two may be equal (RReLU's band may shrink to one slope; hard tanh's interval
    /// may not shrink to a point).
    public var allowsEqual: Bool

    /// `lower` ≤ `upper`, or `lower` < `upper` when `allowsEqual` is false.
    public init(_ lower: ParameterKey, below upper: ParameterKey, allowsEqual: Bool) {
        self.lower = lower
        self.upper = upper
        self.allowsEqual = allowsEqual
    }

    /// Whether `values` keep the order.
    public func holds(for values: ParameterValues) -> Bool {
        allowsEqual ? values[lower] <= values[upper] : values[lower] < values[upper]
    }
}

/// A parameter the user gave that an activation cannot take.
public enum ParameterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No parameter of that name (or alias); `known` lists the names the activation has.
    case unknown(name: String, owner: String, known: [String], suggestion: String?)
    /// The value lies outside the parameter's domain.
    case outsideDomain(name: String, value: Double, owner: String, domain: ParameterDomain)
    /// Two values break an order the formula needs.
    case brokenConstraint(ParameterConstraint, values: ParameterValues, owner: String)

    /// One line naming the bad key or value and what is accepted.
    public var description: String {
        switch self {
        case let .unknown(name, owner, known, suggestion):
            if known.isEmpty { return "unknown parameter '\(name)': \(owner) takes no parameters" }
            let hint = suggestion.map { "; did you mean '\($0)'?" } ?? ""
            return "unknown parameter '\(name)' for \(owner)\(hint) (it takes: \(known.joined(separator: ", ")))"
        case let .outsideDomain(name, value, owner, domain):
            return "\(name)=\(value.shortText) is outside the domain of \(owner); use \(domain.description)"
        case let .brokenConstraint(c, values, owner):
            let relation = c.allowsEqual ? "≤" : "<"
            return
                "\(owner) needs \(c.lower) \(relation) \(c.upper), got \(c.lower)=\(values[c.lower].shortText) and \(c.upper)=\(values[c.upper].shortText)"
        }
    }
}

extension ParameterValues {
    /// The defaults of `specs` with `overrides` applied, after checking every name, value and
    /// order. Names match case-insensitively, by a spec's name or any of its aliases, with `_`
    /// and `-` interchangeable; overrides are checked in name order so the error is reproducible.
    public static func resolving(
        specs: [ParameterSpec], overrides: [String: Double],
        constraints: [ParameterConstraint] = [], owner: String = "this function"
    ) throws(ParameterError) -> ParameterValues {
        var values = ParameterValues(specs: specs)
        for (given, value) in overrides.sorted(by: { $0.key < $1.key }) {
            let key = Catalogue.normalized(given)
            guard let spec = specs.first(where: { Catalogue.matches(given, [$0.name] + $0.aliases) }) else {
                let names = specs.map(\.name)
                let nearest = names.min { Catalogue.editDistance($0, key) < Catalogue.editDistance($1, key) }
                let suggestion = nearest.flatMap { Catalogue.editDistance($0, key) <= max(2, key.count / 3) ? $0 : nil }
                throw .unknown(name: given, owner: owner, known: names, suggestion: suggestion)
            }
            guard spec.domain.contains(value) else {
                throw .outsideDomain(name: spec.name, value: value, owner: owner, domain: spec.domain)
            }
            values[spec.key] = value
        }
        if let broken = constraints.first(where: { !$0.holds(for: values) }) {
            throw .brokenConstraint(broken, values: values, owner: owner)
        }
        return values
    }
}

extension Activation {
    /// The defaults with `overrides` applied and checked (see `ParameterValues.resolving`).
    public func resolveParameters(_ overrides: [String: Double]) throws(ParameterError) -> ParameterValues {
        try ParameterValues.resolving(specs: parameters, overrides: overrides, constraints: parameterConstraints, owner: id)
    }
}
