import ActivationMath

extension CurveSampler {
    /// f or f′ of `activation` with its breakpoints' one-sided limits, so every figure that
    /// draws an activation breaks and marks its jumps the same way. Where f itself jumps, f′ does
    /// not exist at the point (a Dirac delta, in the sense of distributions), whatever value a
    /// framework uses there: the derivative's curve breaks and both limits get hollow dots.
    public func sample(_ activation: any ActivationFunction, _ parameters: ParameterValues, derivative: Bool = false) -> Result {
        let breaks = activation.breakpoints(parameters).map { b in
            guard derivative else { return (b.x, b.value) }
            let d = b.derivative
            return (b.x, b.value.isJump ? Breakpoint.Limits(left: d.left, right: d.right, at: .nan) : d)
        }
        let f: (Double) -> Double = derivative ? { activation.derivative($0, parameters) } : { activation.value($0, parameters) }
        return sample(f, breaks: breaks, complete: activation.declaresEveryBreak)
    }
}
