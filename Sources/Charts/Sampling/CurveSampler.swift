import ActivationMath

/// Samples a piecewise function for drawing: breakpoints exactly, more samples where the curve
/// bends, a break at every jump, pole and non-finite value (declared or found by
/// `JumpDetector`), and the dots that show which value a declared jump takes.
///
/// A uniform grid alone either facets a sharp bend or wastes points on straight stretches. After
/// the grid, each interval is halved while its midpoint lies more than `tolerance` page units off
/// the chord, measured at the size the curve will be drawn (`pageSize` spans the x range and the
/// sampled y extent), up to `maxDepth` halvings and `maxAddedPoints` extra points in all.
public struct CurveSampler: Sendable {
    /// A sampled curve ready to become series (`Series.curve`).
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
    /// Number of evenly spaced samples before breakpoints and refinement are added.
    public var samples: Int
    /// The size of the plot the curve will fill, in figure units.
    public var pageSize: Size
    /// Largest distance, in figure units, the drawn chord may stray from the curve at a midpoint.
    public var tolerance: Double
    /// Most halvings of one grid interval (2^12 = 4096 pieces).
    public var maxDepth: Int
    /// Cap on the points refinement adds over the whole curve.
    public var maxAddedPoints: Int

    /// A sampler over `range` with `samples` evenly spaced points, refined for a plot of `pageSize`.
    public init(
        range: ClosedRange<Double>, samples: Int, pageSize: Size = Size(width: 600, height: 400),
        tolerance: Double = 0.1, maxDepth: Int = 12, maxAddedPoints: Int = 100_000
    ) {
        self.range = range
        self.samples = max(2, samples)
        self.pageSize = pageSize
        self.tolerance = tolerance > 0 ? tolerance : 0.1
        self.maxDepth = max(0, maxDepth)
        self.maxAddedPoints = max(0, maxAddedPoints)
    }

    /// Samples `f`, whose one-sided limits at `breaks` are given as (x, limits).
    public func sample(_ f: (Double) -> Double, breaks: [(x: Double, limits: Breakpoint.Limits)]) -> Result {
        let inside = breaks.filter { range.contains($0.x) && $0.x.isFinite }.sorted { $0.x < $1.x }
        let pieces = self.pieces(f, inside)
        var refiner = Refiner(sampler: self, scale: scale(of: pieces))
        let detector = JumpDetector(range: range, scale: refiner.scale)
        var result = Result(segments: [], filled: [], hollow: [])
        for piece in pieces {
            // Non-finite values, poles and undeclared jumps end a polyline: never draw a line to
            // infinity or across a gap.
            var run: [Point] = []
            for p in piece {
                if p.y.isFinite, run.last.map({ !detector.separates($0, p, f) }) ?? true {
                    run.append(p)
                } else {
                    if run.count > 1 { result.segments.append(refiner.refine(run, f)) }
                    run = p.y.isFinite ? [p] : []
                }
            }
            if run.count > 1 { result.segments.append(refiner.refine(run, f)) }
        }
        for b in inside where b.limits.isJump {
            result.filled.append(Point(b.x, b.limits.at))
            for limit in Set([b.limits.left, b.limits.right]).sorted() where limit != b.limits.at {
                result.hollow.append(Point(b.x, limit))
            }
        }
        return result
    }

    /// The grid split at breakpoints: each piece ends at a breakpoint's left limit and the next
    /// starts at its right limit, so no segment ever spans a jump.
    func pieces(_ f: (Double) -> Double, _ inside: [(x: Double, limits: Breakpoint.Limits)]) -> [[Point]] {
        var pieces: [[Point]] = [[]]
        var next = 0
        for x in SampleGrid.evenlySpaced(range, count: samples) {
            while next < inside.count, inside[next].x <= x {
                let b = inside[next]
                next += 1
                pieces[pieces.count - 1].append(Point(b.x, b.limits.isJump ? b.limits.left : b.limits.at))
                if b.limits.isJump {
                    pieces.append([Point(b.x, b.limits.right)])
                }
            }
            if inside.contains(where: { $0.x == x }) { continue }
            pieces[pieces.count - 1].append(Point(x, f(x)))
        }
        // A jump at the range's start leaves a piece with just its left limit: nothing to draw.
        return pieces.filter { $0.count > 1 }
    }

    /// Page units per data unit along x and y, from the range and the sampled y extent.
    func scale(of pieces: [[Point]]) -> (x: Double, y: Double) {
        let ys = pieces.joined().map(\.y).filter(\.isFinite)
        let span = (ys.max() ?? 1) - (ys.min() ?? 0)
        let width = range.upperBound - range.lowerBound
        return (width > 0 ? pageSize.width / width : 1, span > 0 ? pageSize.height / span : 1)
    }
}
