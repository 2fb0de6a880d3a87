/// x·tanh(softplus(x)) (Misra 2019): a smooth, non-monotonic cousin of Swish used in YOLOv4.
public struct Mish: Activation {
    /// Creates the catalogue entry.
    public init() {}
    public var id: String { "mish" }
    public var properties: ActivationProperties {
        ActivationProperties(
            range: "[−0.3088, ∞)", derivativeRange: "[−0.1125, 1.0885]", monotonic: false,
            saturatesLeft: true, saturatesRight: false, continuity: .smooth,
            pytorch: "torch.nn.functional.mish", keras: "keras.activations.mish", jax: "jax.nn.mish")
    }
    public var formula: Formula {
        let sp = M.apply("softplus", M.x)
        return Formula(
            value: M.value() + M.x + M.apply("tanh", sp) + M.o(",") + sp + M.o("=")
                + M.apply("ln", M.n("1"), M.o("+"), M.exp(M.x)),
            derivative: M.slope() + M.apply("tanh", sp) + M.o("+") + M.x + M.sup(M.i("sech"), M.n("2"))
                + M.paren(sp) + M.i("σ") + M.paren(M.x))
    }

    /// t = tanh(softplus x) and its slope g = sech²(softplus x)·σ(x), rational in e = eˣ:
    /// t = e(e + 2)/(e(e + 2) + 2) and g = 4e(1 + e)/(e(e + 2) + 2)², no logarithm and no
    /// cancellation. For x > 0 the same fractions are written in e = e⁻ˣ so nothing overflows.
    static func parts<T: ActivationScalar>(_ x: T) -> (t: DoubleWord<T>, g: DoubleWord<T>) {
        if x.primal <= 0 {
            let e = DoubleWord.exp(DoubleWord(x))
            let d = e * (e + T(2)) + T(2)
            return (e * (e + T(2)) / d, e * (e + T(1)) * T(4) / (d * d))
        }
        let e = DoubleWord.exp(DoubleWord(-x))
        let d = e * (e + T(1)) * T(2) + T(1)
        return ((e * T(2) + T(1)) / d, e * e * (e + T(1)) * T(4) / (d * d))
    }
    /// Beyond |x| = 800 the result is x or 0 in any precision.
    @_specialize(where T == Double)
    public func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN || x.primal > 800 { return x }
        if x.primal < -800 { return 0 }
        return (Self.parts(x).t * x).rounded
    }
    /// t + x·g in double words: the two terms cancel near the root at x ≈ −1.1924.
    @_specialize(where T == Double)
    public func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN { return x }
        if x.primal > 800 { return 1 }
        if x.primal < -800 { return 0 }
        let (t, g) = Self.parts(x)
        return (t + g * x).rounded
    }
    /// Both from one `parts(x)`.
    public func valueAndDerivative(_ x: Double, _ parameters: ParameterValues) -> (value: Double, derivative: Double) {
        guard !x.isNaN, abs(x) <= 800 else { return (value(x, parameters), derivative(x, parameters)) }
        let (t, g) = Self.parts(x)
        return ((t * x).rounded, (t + g * x).rounded)
    }
}
