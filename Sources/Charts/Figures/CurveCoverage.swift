import ActivationMath

/// How much of the x range a curve is drawn on.
public enum CurveCoverage: Sendable, Equatable {
    /// From end to end, broken only at the activation's declared jumps.
    case whole
    /// With breaks where the curve is not finite or jumps undeclared (log(x) left of 0, 1/x at 0).
    case broken
    /// Nowhere: the curve is not finite on any stretch of the range.
    case empty
}

extension ActivationFigure {
    /// How the function and the derivative are drawn: the command line warns about a user's
    /// formula that the figure draws with breaks.
    public func coverage() -> (function: CurveCoverage, derivative: CurveCoverage) {
        coverage(of: curves())
    }

    /// The coverage of curves already sampled for this figure, so a check before drawing and
    /// the drawing itself share one sampling.
    public func coverage(of sampled: SampledCurves) -> (function: CurveCoverage, derivative: CurveCoverage) {
        let (f, d) = (sampled.function, sampled.derivative)
        let jumps = activation.breakpoints(parameters).filter { range.contains($0.x) }
        let declared = { (breaks: (Breakpoint) -> Bool) in
            jumps.filter { $0.x > range.lowerBound && $0.x < range.upperBound && breaks($0) }.count
        }
        // f′ breaks where it jumps, and where f jumps (it has no value there).
        return (
            coverage(of: f, declaredJumps: declared { $0.value.isJump }),
            coverage(of: d, declaredJumps: declared { $0.derivative.isJump || $0.value.isJump })
        )
    }

    private func coverage(of curve: CurveSampler.Result, declaredJumps: Int) -> CurveCoverage {
        guard let first = curve.segments.first?.first, let last = curve.segments.last?.last else { return .empty }
        let whole = curve.segments.count == declaredJumps + 1 && first.x == range.lowerBound && last.x == range.upperBound
        return whole ? .whole : .broken
    }

    /// The function and its derivative, sampled for drawing.
    public func curves() -> SampledCurves {
        // Each panel takes about half the width; refinement only needs the order of magnitude.
        let sampler = CurveSampler(range: range, samples: samples, pageSize: Size(width: size.width / 2, height: size.height))
        let (function, derivative) = sampler.sampleBoth(activation, parameters)
        return SampledCurves(function: function, derivative: derivative)
    }
}

/// A figure's two curves as sampled, kept so that checking a user's formula before anything is
/// written and drawing it afterwards sample it once.
public struct SampledCurves: Sendable {
    /// f, sampled.
    public var function: CurveSampler.Result
    /// f′, sampled.
    public var derivative: CurveSampler.Result
}
