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
        let breaks = declared.map { b in
            guard derivative else { return (b.x, b.value) }
            let d = b.derivative
            return (b.x, b.value.isJump ? Breakpoint.Limits(left: d.left, right: d.right, at: .nan) : d)
        }
        let value: (Double) -> Double = { activation.value($0, parameters) }
        guard derivative else { return sample(value, breaks: breaks, complete: activation.declaresEveryBreak) }
        let slope: (Double) -> Double = { activation.derivative($0, parameters) }
        guard !activation.declaresEveryBreak else { return sample(slope, breaks: breaks, complete: true) }
        let jumps = markedBreaks(value, breaks: declared.map { ($0.x, $0.value) })
        return sample(slope, breaks: breaks, complete: false, undefinedAt: jumps)
    }
}
