import ActivationMath

/// Samples a piecewise function for drawing: breakpoints exactly, more samples where the curve
/// bends, a break at every jump, pole and non-finite value (declared or found by
/// `JumpDetector`), and the dots that show which value a jump takes.
///
/// A jump found between samples is located and measured by `JumpLocator` and then drawn as a
/// declared one is: the curve reaches the one-sided limits from both sides, a filled dot marks
/// the formula's own value at the point and hollow dots the limits it does not take. A pole or
/// a hole in the domain gets neither: its curve stops at the last sample that settles.
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
        sample(f, breaks: breaks, complete: complete, undefinedAt: [])
    }

    /// `sample(_:breaks:complete:)`, with `f` also undefined at `undefinedAt`: f′ of a formula
    /// where f was found to jump. Its one-sided limits there are read off `f` as for a found
    /// break, and the curve breaks with hollow dots at them, as at a declared jump of f.
    ///
    /// `known`, when given, holds f at the grid points this sampling evaluates, in order
    /// (`evaluatedGrid(stride:)` with the stride `complete` gives), computed ahead together
    /// with another curve's.
    func sample(
        _ f: (Double) -> Double, breaks: [(x: Double, limits: Breakpoint.Limits)], complete: Bool, undefinedAt: [Double],
        known: [Double]? = nil
    ) -> Result {
        var inside = self.inside(breaks)
        let stride = complete ? gridStride : 1
        var pieces = self.pieces(f, inside, stride: stride, known: known)
        if !undefinedAt.isEmpty {
            // The limits are judged on the page, so the grid is sampled once to learn its scale,
            // then again with the new breaks in it.
            let locator = JumpLocator(detector: JumpDetector(range: range, scale: scale(of: pieces)))
            let grid = pieces.joined().filter(\.y.isFinite)
            let added = Set(undefinedAt).filter { x in range.contains(x) && !inside.contains { $0.x == x } }.map { x in
                let before = grid.last { $0.x < x }, after = grid.first { $0.x > x }
                let found = locator.examine(x, value: .nan, width: 0, between: before, after, f)
                let (left, right) = (found.left ?? .nan, found.right ?? .nan)
                // One hollow dot where the limits agree on the page.
                let agreeing = left.isFinite && right.isFinite && locator.same(left, right)
                return (x: x, limits: Breakpoint.Limits(left: left, right: agreeing ? left : right, at: .nan))
            }
            inside = (inside + added).sorted { $0.x < $1.x }
            pieces = self.pieces(f, inside, stride: stride)
        }
        var refiner = Refiner(sampler: self, scale: scale(of: pieces))
        let detector = complete ? nil : JumpDetector(range: range, scale: refiner.scale)
        var result = Result(segments: [], filled: [], hollow: [])
        let (runs, found) = self.runs(pieces, f, detector)
        for run in runs { result.segments.append(refiner.refine(run, f)) }
        for b in inside where b.limits.breaksCurve {
            // A value of NaN at the point: nothing is taken there, both limits are hollow. A limit
            // that is NaN (f′ beside a pole, where f jumps) gets no dot.
            if !b.limits.at.isNaN { result.filled.append(Point(b.x, b.limits.at)) }
            for limit in Set([b.limits.left, b.limits.right].filter(\.isFinite)).sorted() where limit != b.limits.at {
                result.hollow.append(Point(b.x, limit))
            }
        }
        for b in found {
            result.filled += b.filled
            result.hollow += b.hollow
        }
        return result
    }

    /// Where `f` has a jump, or a point with no value of its own, that `sample` finds between
    /// samples and marks with dots: f′ has no value there.
    func markedBreaks(_ f: (Double) -> Double, breaks: [(x: Double, limits: Breakpoint.Limits)]) -> [Double] {
        let pieces = self.pieces(f, inside(breaks))
        let detector = JumpDetector(range: range, scale: scale(of: pieces))
        return runs(pieces, f, detector).found.filter(\.isMarked).map(\.x)
    }

    /// The breaks within the range, in order.
    private func inside(_ breaks: [(x: Double, limits: Breakpoint.Limits)]) -> [(x: Double, limits: Breakpoint.Limits)] {
        breaks.filter { range.contains($0.x) && $0.x.isFinite }.sorted { $0.x < $1.x }
    }

    /// The polylines to draw, before refinement: `pieces` cut wherever a value is not finite and,
    /// with a `detector`, wherever it finds a break between neighbouring samples, with those
    /// breaks located.
    ///
    /// Non-finite values, poles and undeclared jumps end a polyline: never draw a line to infinity
    /// or across a gap. Where a found break's one-sided limit exists the polyline goes on to it,
    /// as it does to a declared jump's, instead of stopping a grid step short. A single
    /// non-finite sample between finite ones is looked at the same way: sin(x)/x at 0 on a grid
    /// that has 0.
    func runs(_ pieces: [[Point]], _ f: (Double) -> Double, _ detector: JumpDetector?) -> (runs: [[Point]], found: [FoundBreak]) {
        var runs: [[Point]] = [], found: [FoundBreak] = []
        let locator = detector.map { JumpLocator(detector: $0) }
        for piece in pieces {
            var run: [Point] = []
            // Ends the run at a break at `x`, reaching `limit` when there is one.
            func end(at x: Double, _ limit: Double?) {
                if let limit {
                    // A sample at the point itself gives way to the limit.
                    while let last = run.last, last.x >= x { run.removeLast() }
                    run.append(Point(x, limit))
                }
                if run.count > 1 { runs.append(run) }
                run = []
            }
            for (i, p) in piece.enumerated() {
                if p.y.isFinite {
                    guard let last = run.last, let detector, let locator, let gap = detector.gap(last, p, f) else {
                        run.append(p)
                        continue
                    }
                    let b = locator.locate(gap, between: last, p, f)
                    found.append(b)
                    end(at: b.x, b.left)
                    if let right = b.right { run = [Point(b.x, right)] }
                    if p.x > b.x || b.right == nil { run.append(p) }
                } else if let locator, let last = run.last, i + 1 < piece.count, piece[i + 1].y.isFinite {
                    let b = locator.examine(p.x, value: p.y, width: 0, between: last, piece[i + 1], f)
                    found.append(b)
                    end(at: b.x, b.left)
                    if let right = b.right { run = [Point(b.x, right)] }
                } else {
                    end(at: p.x, nil)
                }
            }
            if run.count > 1 { runs.append(run) }
        }
        return (runs, found)
    }

    /// The grid points `pieces` evaluates, in order: every `stride`-th and the last.
    func evaluatedGrid(stride: Int) -> LazyMapSequence<UnfoldSequence<Int, (Int?, Bool)>, Double> {
        let last = samples - 1, step = max(1, stride)
        return sequence(first: 0) { $0 < last ? Swift.min($0 + step, last) : nil }
            .lazy.map { SampleGrid.point($0, of: self.samples, in: self.range) }
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
    /// `known` holds f at those grid points, in order, where it was computed ahead.
    func pieces(
        _ f: (Double) -> Double, _ inside: [(x: Double, limits: Breakpoint.Limits)], stride: Int = 1, known: [Double]? = nil
    ) -> [[Point]] {
        var pieces: [[Point]] = [[]]
        var next = 0
        for (k, x) in evaluatedGrid(stride: stride).enumerated() {
            while next < inside.count, inside[next].x <= x {
                let b = inside[next]
                next += 1
                pieces[pieces.count - 1].append(Point(b.x, b.limits.breaksCurve ? b.limits.left : b.limits.at))
                if b.limits.breaksCurve {
                    pieces.append([Point(b.x, b.limits.right)])
                }
            }
            if inside.contains(where: { $0.x == x }) { continue }
            let y = known.map { $0[k] } ?? f(x)
            pieces[pieces.count - 1].append(Point(x, y))
        }
        // A jump at the range's start leaves a piece with just its left limit: nothing to draw.
        return pieces.filter { $0.count > 1 }
    }

    /// Page units per data unit along x and y, from the range and the sampled y extent.
    func scale(of pieces: [[Point]]) -> (x: Double, y: Double) {
        // One pass, with no arrays: the joined, mapped and filtered copies cost 87 000
        // instructions a curve (callgrind).
        var low = Double.infinity, high = -Double.infinity
        for piece in pieces {
            for point in piece where point.y.isFinite {
                low = min(low, point.y)
                high = max(high, point.y)
            }
        }
        let span = low <= high ? high - low : 1
        let width = range.upperBound - range.lowerBound
        return (width > 0 ? pageSize.width / width : 1, span > 0 ? pageSize.height / span : 1)
    }
}

extension Breakpoint.Limits {
    /// Whether a curve must break here: its one-sided limits differ, or it has no value at the
    /// point (NaN, f′ where f jumps) even though the limits agree.
    var breaksCurve: Bool { isJump || at.isNaN }
}
