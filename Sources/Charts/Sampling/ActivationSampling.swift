import ActivationMath

extension CurveSampler {
    /// f or f′ of `activation` with its breakpoints' one-sided limits, so every figure that
    /// draws an activation breaks and marks its jumps the same way.
    public func sample(_ activation: any Activation, _ parameters: ParameterValues, derivative: Bool = false) -> Result {
        let breaks = activation.breakpoints(parameters).map { ($0.x, derivative ? $0.derivative : $0.value) }
        let f: (Double) -> Double = derivative ? { activation.derivative($0, parameters) } : { activation.value($0, parameters) }
        return sample(f, breaks: breaks, complete: activation.declaresEveryBreak)
    }
}
