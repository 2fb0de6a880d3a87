/// Facts about an activation that are computed from its formulas rather than written by hand,
/// so that the report can print numbers a reader can check instead of claims.
///
/// The moments are taken under a standard normal input Z ~ N(0, 1), the distribution a unit
/// sees after a normalisation layer or at a well-scaled initialisation: E[f(Z)] says how far
/// the outputs are from centred, E[f′(Z)] how much gradient passes on average, and E[f(Z)²]
/// whether the scale is kept (1 for the identity; SELU was built to keep both 0 and 1).
public struct ComputedProperties: Sendable, Hashable {
    /// E[f(Z)], the mean output; nil when the quadrature could not vouch for it (f not finite
    /// everywhere, or growing so fast the mean may not exist). Exactly 0 for an odd f, where
    /// the quadrature would leave rounding noise of order 1e-17 of either sign.
    public var meanOutput: Double?
    /// E[f′(Z)] with f′ as autograd computes it: the Dirac masses of jumps are not included,
    /// since no gradient flows through them (0 for the binary step). The masses are in
    /// `Breakpoint.derivativeAtPoint` for a page that wants the distributional mean.
    public var meanGradient: Double?
    /// E[f(Z)²], the second moment; nil as for `meanOutput`.
    public var meanSquare: Double?
    /// Whether f(−x) = −f(x) for all x (see `OddSymmetry` for how it is decided).
    public var isOdd: Bool
    /// f(0), as the catalogue computes it (the value used at a jump).
    public var valueAtZero: Double
    /// f′ at 0: its value, or the convention the catalogue uses when it does not exist.
    public var derivativeAtZero: DerivativeAtPoint
    /// Whether f(0) = 0 and f′(0) = 1 with f differentiable at 0, so that f(x) ≈ x for small x
    /// (tanh, softsign; not SELU, whose slope at 0 is λ, nor ReLU, which has a corner there).
    public var isIdentityNearOrigin: Bool

    /// The facts for `activation` at `parameters`.
    ///
    /// Cheap enough to call per page, so nothing is cached: the whole catalogue at its
    /// defaults takes 7.5 ms in a release build (fastest of 20 runs on one core; GELU, whose
    /// erfc is summed in double words, is 1.7 ms of it). Each entry costs f and f′ at about
    /// 600 quadrature points and f and f′ at about 1000 points for the odd test.
    public static func compute(for activation: any ActivationFunction, parameters: ParameterValues) -> ComputedProperties {
        let breaks = activation.breakpoints(parameters)
        let odd = OddSymmetry.isOdd(activation, parameters)
        // One pass evaluates f and f′ at the same nodes; the panels split at every breakpoint,
        // joins included, since a change in a higher derivative also slows Gauss–Legendre.
        let moments = GaussianExpectation.expectation(
            of: { x -> SIMD4<Double> in
                let f = activation.value(x, parameters)
                return SIMD4(f, activation.derivative(x, parameters), f * f, 0)
            },
            splittingAt: breaks.map(\.x))
        let valueAtZero = activation.value(0.0, parameters)
        let slopeAtZero = breaks.first { $0.x == 0 }?.derivativeAtPoint ?? .defined(activation.derivative(0.0, parameters))
        let mean = moments.converged ? moments.value : nil
        return ComputedProperties(
            meanOutput: mean.map { odd ? 0 : $0[0] },
            meanGradient: mean?[1],
            meanSquare: mean?[2],
            isOdd: odd,
            valueAtZero: valueAtZero,
            derivativeAtZero: slopeAtZero,
            isIdentityNearOrigin: valueAtZero == 0 && slopeAtZero == .defined(1))
    }

    /// The facts for `activation` at its default parameters.
    public static func compute(for activation: any ActivationFunction) -> ComputedProperties {
        compute(for: activation, parameters: activation.defaultParameters)
    }
}
