import ActivationMath

extension CurveSampler {
    /// f or f′ of `activation` with its breakpoints' one-sided limits, so every figure that
    /// draws an activation breaks and marks its jumps the same way. Where f itself jumps, f′ does
    /// not exist at the point (a Dirac delta, in the sense of distributions), whatever value a
    /// framework uses there: the derivative's curve breaks and both limits get hollow dots.
    ///
    /// A user's formula declares nothing, so its jumps are found: f′ breaks the same way wherever
    /// the function's own figure marks a jump or a point with no value, whatever automatic
    /// differentiation gives there (0 on both sides of a step, which alone would draw a line).
    public func sample(_ activation: any ActivationFunction, _ parameters: ParameterValues, derivative: Bool = false) -> Result {
        let declared = activation.breakpoints(parameters)
        let breaks = Self.limits(declared, derivative: derivative)
        let value: (Double) -> Double = { activation.value($0, parameters) }
        guard derivative else { return sample(value, breaks: breaks, complete: activation.declaresEveryBreak) }
        let slope: (Double) -> Double = { activation.derivative($0, parameters) }
        guard !activation.declaresEveryBreak else { return sample(slope, breaks: breaks, complete: true) }
        let jumps = markedBreaks(value, breaks: declared.map { ($0.x, $0.value) })
        return sample(slope, breaks: breaks, complete: false, undefinedAt: jumps)
    }

    /// f and f′ of `activation`, the very curves `sample(_:_:derivative:)` draws, with the grid
    /// points the two share computed together (`ActivationFunction.valueAndDerivative`): sigmoid's
    /// σ(x), GELU's Φ(x) and ELU's eˣ then serve both curves. Done for a function that declares
    /// every break, whose grid is thinned to what the page resolves; a user's formula is
    /// evaluated apart, grid point by grid point, as its curves are searched.
    public func sampleBoth(_ activation: any ActivationFunction, _ parameters: ParameterValues) -> (function: Result, derivative: Result) {
        guard activation.declaresEveryBreak else {
            return (sample(activation, parameters), sample(activation, parameters, derivative: true))
        }
        let both = Array(evaluatedGrid(stride: gridStride)).map { activation.valueAndDerivative($0, parameters) }
        let declared = activation.breakpoints(parameters)
        return (
            sample(
                { activation.value($0, parameters) }, breaks: Self.limits(declared, derivative: false), complete: true, undefinedAt: [],
                known: both.map(\.value)),
            sample(
                { activation.derivative($0, parameters) }, breaks: Self.limits(declared, derivative: true), complete: true,
                undefinedAt: [], known: both.map(\.derivative))
        )
    }

    /// The one-sided limits of f or f′ at the breakpoints; f′ has no value where f jumps.
    private static func limits(_ declared: [Breakpoint], derivative: Bool) -> [(x: Double, limits: Breakpoint.Limits)] {
        declared.map { b in
            guard derivative else { return (b.x, b.value) }
            let d = b.derivative
            return (b.x, b.value.isJump ? Breakpoint.Limits(left: d.left, right: d.right, at: .nan) : d)
        }
    }
}
