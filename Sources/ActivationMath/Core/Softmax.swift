import RealModule

/// Softmax turns a vector of scores into probabilities; unlike the catalogue's scalar entries it
/// maps a vector to a vector, so its derivative is a matrix: the Jacobian diag(s) − s sᵀ.
public enum Softmax {
    /// sᵢ = e^(xᵢ) / Σⱼ e^(xⱼ). The naive form overflows as soon as one score passes 709; shifting
    /// every score by the largest makes the largest term e⁰ = 1, so nothing overflows and
    /// [1000, 1000, −1000] gives [0.5, 0.5, 0].
    public static func values(_ x: [Double]) -> [Double] {
        guard let m = x.max() else { return [] }
        let e = x.map { Double.exp($0 - m) }
        let total = e.reduce(0, +)
        return e.map { $0 / total }
    }

    /// log sᵢ = xᵢ − m − log Σⱼ e^(xⱼ − m), without taking the log of a rounded-to-zero sᵢ
    /// (log(values) gives −∞ where this gives −2000 for [1000, −1000]).
    public static func logValues(_ x: [Double]) -> [Double] {
        guard let m = x.max() else { return [] }
        let logTotal = Double.log(x.map { Double.exp($0 - m) }.reduce(0, +))
        return x.map { $0 - m - logTotal }
    }

    /// ∂sᵢ/∂xⱼ = sᵢ(δᵢⱼ − sⱼ). The diagonal sᵢ(1 − sᵢ) is computed as sᵢ · Σ_{k≠i} sₖ, because
    /// 1 − sᵢ cancels to 0 when one score dominates while the true value is tiny but not zero.
    public static func jacobian(_ x: [Double]) -> [[Double]] {
        let s = values(x)
        return s.indices.map { i in
            s.indices.map { j in
                guard i == j else { return -s[i] * s[j] }
                let others = s.indices.lazy.filter { $0 != i }.map { s[$0] }.reduce(0, +)
                return s[i] * others
            }
        }
    }
}
