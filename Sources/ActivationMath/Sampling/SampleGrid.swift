/// Evenly spaced sample points, shared by the figures and by `actplot data`.
public enum SampleGrid {
    /// `count` points from `range.lowerBound` to `range.upperBound`, both ends included exactly.
    ///
    /// Point i is computed as (a·(n−1−i) + b·i) / (n−1) rather than a + (b−a)·i/(n−1): for whole
    /// a and b the numerator is exact, so each point is the double nearest the true one and prints
    /// as the short decimal a reader expects (−4.95, not −4.949999999999999). Where that numerator
    /// would overflow (|a|, |b| near the largest double) the blend a(1−t) + bt is used instead.
    public static func evenlySpaced(_ range: ClosedRange<Double>, count: Int) -> [Double] {
        guard count > 1 else { return [range.lowerBound] }
        return (0..<count).map { point($0, of: count, in: range) }
    }

    /// Point `i` of the `count` that `evenlySpaced` returns, without building the others: a
    /// figure that needs every k-th point of a million-point grid computes just those.
    public static func point(_ i: Int, of count: Int, in range: ClosedRange<Double>) -> Double {
        let a = range.lowerBound, b = range.upperBound
        if i <= 0 || count < 2 { return a }
        if i >= count - 1 { return b }
        let steps = Double(count - 1), k = Double(i)
        let exact = (a * (steps - k) + b * k) / steps
        if exact.isFinite { return exact }
        let t = k / steps
        return a * (1 - t) + b * t
    }
}

/// One row of a sampled activation: the point, f and f′ there.
public struct ActivationSample: Sendable, Hashable {
    /// The point.
    public var x: Double
    /// f(x); at a breakpoint, the value the function takes there.
    public var value: Double
    /// f′(x); at a breakpoint, the framework's convention (PyTorch's autograd).
    public var derivative: Double

    /// A row from its three numbers.
    public init(x: Double, value: Double, derivative: Double) {
        self.x = x
        self.value = value
        self.derivative = derivative
    }
}

extension ActivationFunction {
    /// f and f′ on `count` evenly spaced points of `range`, with every breakpoint inside the range
    /// added at its exact position, sorted by x: a table a plotting tool can draw without
    /// rounding a corner off. At a jump the row holds the value taken at the point; the
    /// one-sided limits are in `breakpoints(_:)`.
    public func samples(in range: ClosedRange<Double>, count: Int, _ parameters: ParameterValues) -> [ActivationSample] {
        let breaks = breakpoints(parameters).filter { range.contains($0.x) }
        let atBreak = Dictionary(breaks.map { ($0.x, $0) }, uniquingKeysWith: { first, _ in first })
        var xs = SampleGrid.evenlySpaced(range, count: count)
        for x in atBreak.keys where !xs.contains(x) { xs.append(x) }
        if xs.count > count { xs.sort() }
        return xs.map { x in
            if let b = atBreak[x] { return ActivationSample(x: x, value: b.value.at, derivative: b.derivative.at) }
            return ActivationSample(x: x, value: value(x, parameters), derivative: derivative(x, parameters))
        }
    }
}
