/// Building blocks written in forms that keep full precision over the whole double range.
/// Each says which naive form it replaces and why that one fails.
public enum StableForms {
    /// σ(x) = 1 / (1 + e⁻ˣ). For x < 0 the naive form computes e⁻ˣ, which overflows below
    /// x ≈ −709; eˣ / (1 + eˣ) there underflows gracefully instead.
    @inlinable public static func sigmoid<T: ActivationScalar>(_ x: T) -> T {
        if x.primal >= 0 { return 1 / (1 + T.exp(-x)) }
        let e = T.exp(x)
        return e / (1 + e)
    }

    /// σ′(x) = σ(x)·σ(−x). The usual σ(x)(1 − σ(x)) rounds 1 − σ(x) to 0 beyond x ≈ 37
    /// (true σ′(40) = 4.2e-18); both factors here are computed without cancellation.
    @inlinable public static func sigmoidSlope<T: ActivationScalar>(_ x: T) -> T {
        sigmoid(x) * sigmoid(-x)
    }

    /// log(1 + eˣ). The naive form overflows for x > 709 and loses everything for x < −37;
    /// x + log1p(e⁻ˣ) and log1p(eˣ) are exact on their halves, with no threshold switch.
    @inlinable public static func softplus<T: ActivationScalar>(_ x: T) -> T {
        if x.primal > 0 { return x + T.log(onePlus: T.exp(-x)) }
        return T.log(onePlus: T.exp(x))
    }

    /// sech²(x) = 1 − tanh²(x), which is 0 in double beyond |x| ≈ 19 (true sech²(20) = 1.7e-17).
    /// With e = e^(−2|x|): sech²(x) = 4e / (1 + e)², exact to a few ulp everywhere.
    @inlinable public static func sechSquared<T: ActivationScalar>(_ x: T) -> T {
        let e = T.exp(-2 * T.magnitude(x))
        let d = 1 + e
        return 4 * e / (d * d)
    }
}
