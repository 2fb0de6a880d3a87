/// The names an expression may use, for lookups and for "did you mean" hints.
enum ExpressionNames {
    /// Whether `key` (lower case) names a function: elementary or from the catalogue.
    static func isFunction(_ key: String) -> Bool {
        UnaryFunction(rawValue: key) != nil || PairFunction(rawValue: key) != nil || Catalogue.find(key) != nil
    }

    /// A catalogue id as it must be typed in an expression, where `-` means minus: `leaky_relu`.
    static func typed(_ id: String) -> String {
        String(id.map { $0 == "-" ? "_" : $0 })
    }

    /// "did you mean …?" with the nearest names, or where to find them all.
    static func hint(for key: String, variables: Bool) -> String {
        var candidates: [(id: String, names: [String])] =
            UnaryFunction.allCases.map { ($0.rawValue, [$0.rawValue]) }
            + PairFunction.allCases.map { ($0.rawValue, [$0.rawValue]) }
            + Catalogue.all.map { (typed($0.id), [$0.id] + $0.aliases.map(Catalogue.normalized)) }
        if variables {
            candidates += [("x", ["x"])] + MathConstant.allCases.map { ($0.rawValue, [$0.rawValue]) }
        }
        let near = Catalogue.nearest(to: Catalogue.normalized(key), among: candidates, limit: 3)
        if !near.isEmpty { return "did you mean \(near.joined(separator: ", "))?" }
        let elementary = (UnaryFunction.allCases.map(\.rawValue) + PairFunction.allCases.map(\.rawValue)).joined(separator: ", ")
        let prefix = variables ? "the variable is x, the constants pi and e; " : ""
        return prefix + "functions are \(elementary) and the catalogue's ids ('actplot list')"
    }
}
