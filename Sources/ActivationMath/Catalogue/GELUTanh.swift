/// GELU's tanh approximation, x/2·(1 + tanh(√(2/π)(x + 0.044715x³))), from the original paper;
/// GPT-2 was trained with it and JAX uses it by default.
///
/// The constants are the doubles nearest 0.044715 and √(2/π), as every double implementation
/// uses them; the function computed is exactly the one those constants define.
public struct GELUTanh: Activation {
    /// Creates the catalogue entry.
    public init() {}
    public var id: String { "gelu-tanh" }
    public var aliases: [String] { ["gelu-approximate", "approximate-gelu", "gelu-new"] }
    public var properties: ActivationProperties {
        ActivationProperties(
            range: "[−0.1700, ∞)", derivativeRange: "[−0.1290, 1.1290]", monotonic: false,
            saturatesLeft: true, saturatesRight: false, continuity: .smooth,
            pytorch: "torch.nn.functional.gelu(x, approximate='tanh')", keras: "keras.activations.gelu(x, approximate=True)",
            jax: "jax.nn.gelu")
    }
    public var formula: Formula {
        let u = M.i("u")
        return Formula(
            value: M.value() + M.frac(M.x, M.n("2")) + M.paren(M.n("1"), M.o("+"), M.apply("tanh", u)) + M.o(",")
                + u + M.o("=") + M.sqrt(M.frac(M.n("2"), M.i("π"))) + M.paren(M.x, M.o("+"), M.n("0.044715"), M.sup(M.x, M.n("3"))),
            derivative: M.slope() + M.frac(M.n("1"), M.n("2")) + M.paren(M.n("1"), M.o("+"), M.apply("tanh", u))
                + M.o("+") + M.frac(M.x, M.n("2")) + M.sup(M.i("sech"), M.n("2")) + u
                + M.sqrt(M.frac(M.n("2"), M.i("π"))) + M.paren(M.n("1"), M.o("+"), M.n("0.134145"), M.sup(M.x, M.n("2"))))
    }
    /// The two constants as double words, so that `Float` evaluates the same function as `Double`
    /// instead of one with its constants rounded to 24 bits.
    static func c<T>() -> DoubleWord<T> { DoubleWord(constant: 0.044715, 0) }
    static func k<T>() -> DoubleWord<T> { DoubleWord(constant: 0.7978845608028654, 0) }

    /// u = √(2/π)(x + c·x³) as a double word: σ(2u) magnifies u's rounding error by |2u|, which
    /// is 600 at x = −20.
    static func inner<T: ActivationScalar>(_ x: T) -> (u: DoubleWord<T>, square: DoubleWord<T>) {
        let square = DoubleWord.exactProduct(x, x)
        return ((square * x * c() + x) * k(), square)
    }

    /// x·σ(2u), since (1 + tanh u)/2 = σ(2u) without cancellation. Beyond |x| = 100 the result is
    /// x or 0 in any precision (|2u| > 7000).
    @_specialize(where T == Double)
    public func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN || x.primal > 100 { return x }
        if x.primal < -100 { return 0 }
        return (DoubleWord.logistic(Self.inner(x).u * T(2)).positive * x).rounded
    }
    @_specialize(where T == Double)
    public func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        if x.isNaN { return x }
        if x.primal > 100 { return 1 }
        if x.primal < -100 { return 0 }
        let (u, square) = Self.inner(x)
        let slopeOfU = (square * Self.c() * T(3) + T(1)) * Self.k()
        let second = DoubleWord.sechSquared(u) * x * slopeOfU * T(0.5)
        return (DoubleWord.logistic(u * T(2)).positive + second).rounded
    }
    /// Both from one u and σ(2u).
    public func valueAndDerivative(_ x: Double, _ parameters: ParameterValues) -> (value: Double, derivative: Double) {
        guard !x.isNaN, abs(x) <= 100 else { return (value(x, parameters), derivative(x, parameters)) }
        let (u, square) = Self.inner(x)
        let s = DoubleWord.logistic(u * 2).positive
        let slopeOfU = (square * Self.c() * 3 + 1) * Self.k()
        let second = DoubleWord.sechSquared(u) * x * slopeOfU * 0.5
        return ((s * x).rounded, (s + second).rounded)
    }
}
