import ActivationMath

/// Samples a piecewise function for drawing: breakpoints exactly, a break at every jump and at
/// every non-finite value, and the dots that show which value a jump takes.
public struct CurveSampler: Sendable {
    /// A sampled curve ready to become series.
    public struct Result: Sendable {
        /// Polylines to draw separately.
        public var segments: [[Point]]
        /// Values taken at jumps: drawn as filled dots.
        public var filled: [Point]
        /// One-sided limits not taken at jumps: drawn as hollow dots.
        public var hollow: [Point]
    }

    /// The interval sampled.
    public var range: ClosedRange<Double>
    /// Number of evenly spaced samples before breakpoints are added.
    public var samples: Int

    /// A sampler over `range` with `samples` evenly spaced points.
    public init(range: ClosedRange<Double>, samples: Int) {
        self.range = range
        self.samples = max(2, samples)
    }

    /// Samples `f`, whose one-sided limits at `breaks` are given as (x, limits).
    public func sample(_ f: (Double) -> Double, breaks: [(x: Double, limits: Breakpoint.Limits)]) -> Result {
        let inside = breaks.filter { range.contains($0.x) }.sorted { $0.x < $1.x }
        let xs = SampleGrid.evenlySpaced(range, count: samples)
        var result = Result(segments: [], filled: [], hollow: [])
        var current: [Point] = []
        var next = 0
        func flush() {
            if current.count > 1 { result.segments.append(current) }
            current = []
        }
        func add(_ x: Double, _ y: Double) {
            if y.isFinite { current.append(Point(x, y)) } else { flush() }
        }
        for x in xs {
            while next < inside.count, inside[next].x <= x {
                let b = inside[next]
                next += 1
                if b.limits.isJump {
                    // End the left piece at its limit, start the right piece at its own.
                    add(b.x, b.limits.left)
                    flush()
                    add(b.x, b.limits.right)
                    result.filled.append(Point(b.x, b.limits.at))
                    for limit in Set([b.limits.left, b.limits.right]) where limit != b.limits.at {
                        result.hollow.append(Point(b.x, limit))
                    }
                } else {
                    add(b.x, b.limits.at)
                }
            }
            if let last = current.last, last.x == x { continue }
            if inside.contains(where: { $0.x == x }) { continue }
            add(x, f(x))
        }
        flush()
        return result
    }
}
