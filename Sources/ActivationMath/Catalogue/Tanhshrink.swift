/// x − tanh x: zero slope at the origin and slope 1 far out, the reverse of tanh.
public struct Tanhshrink: Activation {
    /// Creates the catalogue entry.
    public init() {}
    public var id: String { "tanhshrink" }
    public var aliases: [String] { ["tanh-shrink"] }
    public var properties: ActivationProperties {
        ActivationProperties(
            range: "(−∞, ∞)", derivativeRange: "[0, 1)", monotonic: true,
            saturatesLeft: false, saturatesRight: false, continuity: .smooth,
            pytorch: "torch.nn.functional.tanhshrink", keras: "keras.activations.tanh_shrink", jax: nil)
    }
    public var formula: Formula {
        Formula(
            value: M.value() + M.x + M.minus + M.apply("tanh", M.x),
            derivative: M.slope() + M.sup(M.i("tanh"), M.n("2")) + M.x)
    }
    /// Near 0, x − tanh x ≈ x³/3 loses every digit to cancellation (at x = 1e-8 all of them), so
    /// below |x| = 0.1 it is the Taylor series x³(1/3 − x²Q(x²)); the terms of Q fall by a factor
    /// of 250 each, and its seventh is below 1e-20 of the result. From 0.1 on, x − tanh x is
    /// taken in double words, which lose at most 9 of their ~100 bits there.
    @_specialize(where T == Double)
    public func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN { return x }
        if abs(x.primal) >= 0.1 {
            return (DoubleWord(x) - DoubleWord.tanh(DoubleWord(x))).rounded
        }
        let y = x * x
        var q = T(6404582.0 / 10854718875)
        for c in [-929569.0 / 638512875, 21844.0 / 6081075, -1382.0 / 155925, 62.0 / 2835, -17.0 / 315, 2.0 / 15] {
            q = q * y + T(c)
        }
        let cube = DoubleWord.exactProduct(x, x) * x
        return (cube * (DoubleWord(T(1)) / T(3) - q * y)).rounded
    }
    /// tanh² x from the double-word tanh: the platform's tanh is up to 2 ulp off near x = 0.25,
    /// which squaring would double.
    @_specialize(where T == Double)
    public func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN { return x }
        let t = DoubleWord.tanh(DoubleWord(x))
        return (t * t).rounded
    }
    /// Both from one tanh x where the value uses it (|x| ≥ 0.1).
    public func valueAndDerivative(_ x: Double, _ parameters: ParameterValues) -> (value: Double, derivative: Double) {
        guard abs(x) >= 0.1 else { return (value(x, parameters), derivative(x, parameters)) }
        let t = DoubleWord.tanh(DoubleWord(x))
        return ((DoubleWord(x) - t).rounded, (t * t).rounded)
    }
}
