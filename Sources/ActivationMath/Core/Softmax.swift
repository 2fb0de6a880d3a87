/// Softmax, the output layer of a multi-class classifier: a vector function, so it stands beside
/// the scalar catalogue rather than in it. Its "derivative" is the Jacobian diag(s) − s sᵀ.
///
/// Every entry is computed from the shifted exponentials e_i = e^(x_i − max x) in double words and
/// rounded once, so inputs such as [1000, 1000, −1000] neither overflow nor lose the small entries.
public enum Softmax {
    /// The id used on the command line and in the report.
    public static let id = "softmax"
    /// Other spellings.
    public static let aliases = ["softargmax", "normalized-exponential"]
    /// The set of values: each in (0, 1), and together they sum to 1.
    public static let range = "(0, 1)ⁿ, Σ = 1"

    /// Whether a name typed on the command line means softmax, matched as catalogue names are.
    public static func matches(_ name: String) -> Bool {
        Catalogue.matches(name, [id] + aliases)
    }
    /// s_i and ∂s_i/∂x_j, for the report.
    public static let formula: Formula = {
        let (s, x) = (M.i("s"), M.x)
        let (i, j) = (M.i("i"), M.i("j"))
        return Formula(
            value: M.sub(s, i) + M.o("=") + M.frac(M.exp(M.sub(x, i)), M.row(M.under(M.o("∑"), j), M.exp(M.sub(x, j)))),
            derivative: M.frac(M.row(M.o("∂"), M.sub(s, i)), M.row(M.o("∂"), M.sub(x, j))) + M.o("=") + M.sub(s, i)
                + M.paren(M.sub(M.i("δ"), M.row(i, j)), M.minus, M.sub(s, j)))
    }()

    /// The probabilities s_i = e^(x_i) / Σ_j e^(x_j); they sum to 1 up to rounding.
    public static func values<T: ActivationScalar>(_ x: [T]) -> [T] {
        guard let e = shifted(x) else { return x.map { _ in T(Double.nan) } }
        let total = e.reduce(DoubleWord(T(0)), +)
        return e.map { ($0 / total).rounded }
    }

    /// log s_i = (x_i − max x) − log Σ_j e_j, without forming s_i, so tiny probabilities keep their
    /// logarithms (log-softmax of [1000, −1000] is [0, −2000], not [0, −∞]).
    public static func logValues<T: ActivationScalar>(_ x: [T]) -> [T] {
        guard let top = x.max(by: { $0.primal < $1.primal }), top.primal.isFinite, let e = shifted(x) else {
            return x.map { _ in T(Double.nan) }
        }
        // The largest e_j is 1, so the sum is at least 1 and log(1 + (sum − 1)) keeps it precise.
        let logTotal = DoubleWord.logOnePlus(e.reduce(DoubleWord(T(0)), +) - T(1))
        return x.map { (DoubleWord.exactSum($0, -top) - logTotal).rounded }
    }

    /// The Jacobian J_ij = ∂s_i/∂x_j = s_i(δ_ij − s_j), row-major. Each row sums to 0. The diagonal
    /// s_i(1 − s_i) takes 1 − s_i as the sum of the other exponentials, which does not cancel when
    /// s_i is close to 1.
    public static func jacobian<T: ActivationScalar>(_ x: [T]) -> [[T]] {
        guard let e = shifted(x) else { return x.map { _ in x.map { _ in T(Double.nan) } } }
        let total = e.reduce(DoubleWord(T(0)), +)
        let s = e.map { $0 / total }
        return s.indices.map { i in
            s.indices.map { j in
                if i != j { return (-(s[i] * s[j])).rounded }
                let others = e.indices.filter { $0 != i }.reduce(DoubleWord(T(0))) { $0 + e[$1] }
                return (s[i] * (others / total)).rounded
            }
        }
    }

    /// e^(x_i − max x) as double words, nil for NaN inputs or none. +∞ entries share the whole
    /// probability: their shifted exponentials are 1 and every other one is 0. When every entry
    /// is −∞ they are all equal, and softmax of equal entries is uniform whatever their value, so
    /// each shifted exponential is 1, as for +∞ entries.
    static func shifted<T: ActivationScalar>(_ x: [T]) -> [DoubleWord<T>]? {
        guard !x.contains(where: \.isNaN), let top = x.max(by: { $0.primal < $1.primal }) else { return nil }
        if top.primal == .infinity { return x.map { DoubleWord(T($0.primal == .infinity ? 1 : 0)) } }
        if top.primal == -.infinity { return x.map { _ in DoubleWord(T(1)) } }
        guard top.primal.isFinite else { return nil }
        return x.map { DoubleWord.exp(DoubleWord.exactSum($0, -top)) }
    }
}
