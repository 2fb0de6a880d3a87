/// Building blocks that activations share, each rounded once from a double-word evaluation.
/// Each says which naive form it replaces and why that one fails.
public enum StableForms {
    /// σ(x) = 1 / (1 + e⁻ˣ). For x < 0 the naive form computes e⁻ˣ, which overflows below
    /// x ≈ −709; eˣ / (1 + eˣ) there underflows gracefully instead.
    @_specialize(where T == Double)
    public static func sigmoid<T: ActivationScalar>(_ x: T) -> T {
        DoubleWord.logistic(DoubleWord(x)).positive.rounded
    }

    /// σ′(x) = σ(x)·σ(−x). The usual σ(x)(1 − σ(x)) rounds 1 − σ(x) to 0 beyond x ≈ 37
    /// (true σ′(40) = 4.2e-18); both factors here are computed without cancellation.
    @_specialize(where T == Double)
    public static func sigmoidSlope<T: ActivationScalar>(_ x: T) -> T {
        let s = DoubleWord.logistic(DoubleWord(x))
        return (s.positive * s.negative).rounded
    }

    /// log(1 + eˣ). The naive form overflows for x > 709 and loses everything for x < −37;
    /// x + log1p(e⁻ˣ) and log1p(eˣ) are exact on their halves, with no threshold switch.
    @_specialize(where T == Double)
    public static func softplus<T: ActivationScalar>(_ x: T) -> T {
        DoubleWord.softplus(DoubleWord(x)).rounded
    }

    /// sech²(x) = 1 − tanh²(x), which is 0 in double beyond |x| ≈ 19 (true sech²(20) = 1.7e-17).
    /// With e = e^(−2|x|): sech²(x) = 4e / (1 + e)², exact to a few ulp everywhere.
    @_specialize(where T == Double)
    public static func sechSquared<T: ActivationScalar>(_ x: T) -> T {
        DoubleWord.sechSquared(DoubleWord(x)).rounded
    }

    /// tanh(x), to half an ulp where the platform's is up to 2 ulp off (near x = 0.25).
    @_specialize(where T == Double)
    public static func tanh<T: ActivationScalar>(_ x: T) -> T {
        DoubleWord.tanh(DoubleWord(x)).rounded
    }
}
