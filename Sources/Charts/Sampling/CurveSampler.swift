import ActivationMath

/// Samples a piecewise function for drawing: breakpoints exactly, more samples where the curve
/// bends, a break at every jump, pole and non-finite value (declared or found by
/// `JumpDetector`), and the dots that show which value a declared jump takes.
///
/// A uniform grid alone either facets a sharp bend or wastes points on straight stretches. After
/// the grid, each interval is halved while its midpoint lies more than `tolerance` page units off
/// the chord, measured at the size the curve will be drawn (`pageSize` spans the x range and the
/// sampled y extent), up to `maxDepth` halvings and `maxAddedPoints` extra points in all.
///
/// When the breaks given are all the curve has (`complete`), it is smooth between them: grid
/// points closer than 1/`maxGridDensity` page units cannot change the drawing, so a denser grid
/// is thinned to every k-th point and refinement adds points only where the curve bends. A
/// million samples then cost what a thousand do; without that promise every grid point is
/// evaluated, because a user's formula may hide a spike between any two of them.
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
    /// Grid points per page unit beyond which a smooth curve's grid is thinned.
    public var maxGridDensity: Double

    /// A sampler over `range` with `samples` evenly spaced points, refined for a plot of `pageSize`.
    public init(
        range: ClosedRange<Double>, samples: Int, pageSize: Size = Size(width: 600, height: 400),
        tolerance: Double = 0.1, maxDepth: Int = 12, maxAddedPoints: Int = 100_000, maxGridDensity: Double = 2
    ) {
        self.range = range
        self.samples = max(2, samples)
        self.pageSize = pageSize
        self.tolerance = tolerance > 0 ? tolerance : 0.1
        self.maxDepth = max(0, maxDepth)
        self.maxAddedPoints = max(0, maxAddedPoints)
        self.maxGridDensity = maxGridDensity > 0 ? maxGridDensity : 2
    }

    /// Samples `f`, whose one-sided limits at `breaks` are given as (x, limits); `complete` says
    /// that `f` is smooth and finite between them (`Activation.declaresEveryBreak`).
    public func sample(
        _ f: (Double) -> Double, breaks: [(x: Double, limits: Breakpoint.Limits)], complete: Bool = false
    ) -> Result {
        let inside = breaks.filter { range.contains($0.x) && $0.x.isFinite }.sorted { $0.x < $1.x }
        let pieces = self.pieces(f, inside, stride: complete ? gridStride : 1)
        var refiner = Refiner(sampler: self, scale: scale(of: pieces))
        let detector = complete ? nil : JumpDetector(range: range, scale: refiner.scale)
        var result = Result(segments: [], filled: [], hollow: [])
        for piece in pieces {
            // Non-finite values, poles and undeclared jumps end a polyline: never draw a line to
            // infinity or across a gap.
            var run: [Point] = []
            for p in piece {
                if p.y.isFinite, run.last.map({ detector?.separates($0, p, f) != true }) ?? true {
                    run.append(p)
                } else {
                    if run.count > 1 { result.segments.append(refiner.refine(run, f)) }
                    run = p.y.isFinite ? [p] : []
                }
            }
            if run.count > 1 { result.segments.append(refiner.refine(run, f)) }
        }
        for b in inside where b.limits.breaksCurve {
            // A value of NaN at the point: nothing is taken there, both limits are hollow.
            if !b.limits.at.isNaN { result.filled.append(Point(b.x, b.limits.at)) }
            for limit in Set([b.limits.left, b.limits.right]).sorted() where limit != b.limits.at {
                result.hollow.append(Point(b.x, limit))
            }
        }
        return result
    }

    /// How many grid points apart the evaluated ones are when the grid may be thinned: the
    /// largest whole step that keeps at least `maxGridDensity` points per page unit.
    var gridStride: Int {
        let wanted = maxGridDensity * pageSize.width
        guard wanted >= 1, Double(samples - 1) > wanted else { return 1 }
        return Int(Double(samples - 1) / wanted)
    }

    /// The grid (every `stride`-th point, and the last) split at breakpoints: each piece ends at
    /// a breakpoint's left limit and the next starts at its right limit, so no segment ever
    /// spans a jump.
    func pieces(_ f: (Double) -> Double, _ inside: [(x: Double, limits: Breakpoint.Limits)], stride: Int = 1) -> [[Point]] {
        var pieces: [[Point]] = [[]]
        var next = 0
        let last = samples - 1, step = max(1, stride)
        let indices = sequence(first: 0) { $0 < last ? Swift.min($0 + step, last) : nil }
        for x in indices.lazy.map({ SampleGrid.point($0, of: self.samples, in: self.range) }) {
            while next < inside.count, inside[next].x <= x {
                let b = inside[next]
                next += 1
                pieces[pieces.count - 1].append(Point(b.x, b.limits.breaksCurve ? b.limits.left : b.limits.at))
                if b.limits.breaksCurve {
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

extension Breakpoint.Limits {
    /// Whether a curve must break here: its one-sided limits differ, or it has no value at the
    /// point (NaN, f′ where f jumps) even though the limits agree.
    var breaksCurve: Bool { isJump || at.isNaN }
}
