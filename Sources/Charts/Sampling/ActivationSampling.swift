import ActivationMath

extension CurveSampler {
    /// f or f′ of `activation` with its breakpoints' one-sided limits, so every figure that
    /// draws an activation breaks and marks its jumps the same way.
    public func sample(_ activation: any Activation, _ parameters: ParameterValues, derivative: Bool = false) -> Result {
        let breaks = activation.breakpoints(parameters).map { ($0.x, derivative ? $0.derivative : $0.value) }
        return derivative
            ? sample({ activation.derivative($0, parameters) }, breaks: breaks, complete: activation.declaresEveryBreak)
            : sample({ activation.value($0, parameters) }, breaks: breaks, complete: activation.declaresEveryBreak)
    }
}
