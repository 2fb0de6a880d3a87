/// Decides whether an activation is odd, f(−x) = −f(x) for every x, from its own formulas.
///
/// No finite set of samples proves a function odd, so the test asks several independent
/// things of it, each at points where a plausible near-miss would show: f(0) = 0; f(x) and
/// −f(−x) agree to 8 ulp (each is within 4 ulp of the truth, `AccuracyTests`) at 0, at every breakpoint and just beside it, on a non-dyadic grid
/// over (0, 10], and far into both tails; f′ is even at the same points (a derivative written
/// by hand must agree with an odd f); and the breakpoints mirror each other, limits and
/// conventions included. A function that is odd only up to a constant (sigmoid − ½) or only on
/// a band (hardshrink's is symmetric, the binary step's is not) fails the part it breaks.
///
/// The answer is about the computed numbers: a user's formula that is odd on paper but
/// cancels badly (σ(x) − ½ near 0, hundreds of ulp off) is reported not odd, since rounding
/// and a real asymmetry cannot be told apart beyond the tolerance; tanh(x/2)/2 is reported odd.
enum OddSymmetry {
    /// Magnitudes at which f and f′ are compared, besides the breakpoints.
    static let magnitudes: [Double] = {
        var points: [Double] = [0, 1e-300, 1e-100, 1e-20, 1e-8, 1e-4, 0.001]
        // 0.05·k is not a dyadic rational for most k: a formula that rounds differently for
        // x and −x has room to show it.
        for k in 1...200 {
            points.append(0.05 * Double(k) + 1e-3 * Double(k % 7))
        }
        points += [12, 15, 20, 30, 37.5, 50, 100, 710, 1e3, 1e6, 1e10, 1e100]
        return points
    }()

    /// Whether `activation` with `parameters` is odd, as far as its formulas show.
    static func isOdd(_ activation: any ActivationFunction, _ parameters: ParameterValues) -> Bool {
        guard activation.value(0.0, parameters) == 0 else { return false }
        let breaks = activation.breakpoints(parameters)
        guard mirrorsItself(breaks) else { return false }
        var points = magnitudes
        for b in breaks.map({ abs($0.x) }) where b.isFinite {
            points += [b, b.nextUp, b.nextDown, b * (1 + 1e-9), b * (1 - 1e-9)]
        }
        for x in points where x >= 0 {
            if !agree(activation.value(x, parameters), -activation.value(-x, parameters)) { return false }
            if !agree(activation.derivative(x, parameters), activation.derivative(-x, parameters)) { return false }
        }
        return true
    }

    /// Whether `a` and `b` agree to 8 ulp of the larger, or are the same infinity.
    static func agree(_ a: Double, _ b: Double) -> Bool {
        if a == b { return true }
        guard a.isFinite, b.isFinite else { return false }
        return abs(a - b) <= 8 * max(abs(a), abs(b)).ulp
    }

    /// Whether every breakpoint at x has a partner at −x whose limits are its mirror image:
    /// f's left limit there is minus f's right limit here, and f′'s limits swap sides.
    static func mirrorsItself(_ breaks: [Breakpoint]) -> Bool {
        breaks.allSatisfy { b in
            breaks.contains { m in
                m.x == -b.x && m.kind == b.kind
                    && agree(m.value.left, -b.value.right) && agree(m.value.right, -b.value.left)
                    && agree(m.value.at, -b.value.at)
                    && agree(m.derivative.left, b.derivative.right) && agree(m.derivative.right, b.derivative.left)
                    && agree(m.derivative.at, b.derivative.at)
            }
        }
    }
}
