/// Decides whether two neighbouring samples may be joined by a line, or whether the curve has a
/// pole (1/x at 0), a point where it is not finite (log|x| at 0) or a jump between them: places
/// a user's formula can have that no declared breakpoint marks. Drawn joined, a pole becomes a
/// vertical line from the bottom of the plot to the top, which is not part of the function.
///
/// The search bisects, always examining next the piece across which the curve moves most on the
/// page. On a continuous stretch the movement shrinks with the piece and the search dies out;
/// across a pole it grows, and across a jump it stays, down to the narrowest piece the numbers
/// can tell apart, which settles the question. A non-finite value on the way settles it at once.
struct JumpDetector {
    /// Page units per data unit, as the refiner uses.
    let scale: (x: Double, y: Double)
    /// Movement in page units below which a piece counts as joined: one pixel at scale 1.
    let threshold: Double
    /// Pieces narrower than this (data units) that still move are a jump.
    let narrowest: Double
    /// Most evaluations spent on one pair of samples; a steep but continuous stretch that uses
    /// them all is drawn joined.
    let budget: Int

    /// A detector for curves over `range` drawn at `scale`.
    init(range: ClosedRange<Double>, scale: (x: Double, y: Double), threshold: Double = 1, budget: Int = 256) {
        self.scale = scale
        self.threshold = threshold
        // 2^-40 of the range: far below a pixel of any figure actplot draws.
        narrowest = (range.upperBound - range.lowerBound) * 0x1p-40
        self.budget = budget
    }

    /// Whether the curve must break between the finite samples `a` and `b` (a.x < b.x).
    func separates(_ a: Point, _ b: Point, _ f: (Double) -> Double) -> Bool {
        // Pieces still to examine, the one moving most last.
        var pieces = [(a, b)]
        var evaluations = 0
        while let (left, right) = pieces.popLast() {
            let x = left.x / 2 + right.x / 2
            let splittable = x > left.x && x < right.x && right.x - left.x > narrowest
            guard splittable else {
                if movement(left, right) > threshold { return true }
                continue
            }
            guard evaluations < budget else { return false }
            evaluations += 1
            let y = f(x)
            guard y.isFinite else { return true }
            let middle = Point(x, y)
            for piece in [(left, middle), (middle, right)] where movement(piece.0, piece.1) > threshold {
                let index = pieces.firstIndex { movement($0.0, $0.1) > movement(piece.0, piece.1) } ?? pieces.endIndex
                pieces.insert(piece, at: index)
            }
        }
        return false
    }

    /// How far the curve moves vertically on the page between two points.
    private func movement(_ p: Point, _ q: Point) -> Double {
        abs(q.y - p.y) * scale.y
    }
}
