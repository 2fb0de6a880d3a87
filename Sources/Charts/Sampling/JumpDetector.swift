/// Decides whether two neighbouring samples may be joined by a line, or whether the curve has a
/// pole (1/x at 0), a point where it is not finite (log|x| at 0) or a jump between them: places
/// a user's formula can have that no declared breakpoint marks. Drawn joined, a pole becomes a
/// vertical line from the bottom of the plot to the top, which is not part of the function.
///
/// The search bisects pieces across which the curve moves more than a pixel on the page, the
/// most suspicious piece first. On a continuous stretch the movement shrinks with the piece and
/// the search dies out; across a pole or a jump it does not, down to the narrowest piece the
/// numbers can tell apart, which settles the question. A non-finite value settles it at once.
/// Either way the detector says where it settled it (`Gap`), so `JumpLocator` can find the
/// point and its one-sided limits without searching the whole interval again.
struct JumpDetector {
    /// Where a search settled that the curve breaks.
    enum Gap: Equatable {
        /// f is not finite at this x (a pole hit exactly, a hole in the domain, 0/0).
        case nonFinite(Double)
        /// The curve still moves more than the threshold across this piece, the narrowest the
        /// search may take: the break lies between its ends, both finite.
        case narrow(Point, Point)
    }

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
        gap(a, b, f) != nil
    }

    /// Where the curve breaks between the finite samples `a` and `b` (a.x < b.x), or nil when
    /// they may be joined.
    func gap(_ a: Point, _ b: Point, _ f: (Double) -> Double) -> Gap? {
        // The first midpoint is taken even between equal samples (-1/x² is equal either side of
        // its pole), unless they are so close on the page that a gap between them cannot show.
        let always = (b.x - a.x) * scale.x >= 0.5
        // The common case, a dense grid on a calm curve, returns before the search is set up.
        if !always, movement(a, b) <= threshold { return nil }
        var evaluations = 0
        // Pieces still to examine, each with its midpoint on the curve; the one whose midpoint
        // strays furthest from its chord last. Near a pole or jump that distance stays large as
        // pieces shrink; on a smooth stretch it falls with the square of the width.
        var pieces: [(left: Point, middle: Point, right: Point, stray: Double)] = []
        func examine(_ left: Point, _ right: Point, always: Bool = false) -> Gap? {
            guard always || movement(left, right) > threshold else { return nil }
            let x = left.x / 2 + right.x / 2
            guard x > left.x, x < right.x, right.x - left.x > narrowest else {
                return movement(left, right) > threshold ? .narrow(left, right) : nil
            }
            guard evaluations < budget else { return nil }
            evaluations += 1
            let y = f(x)
            guard y.isFinite else { return .nonFinite(x) }
            let chord = left.y / 2 + right.y / 2
            let stray = abs(y - chord) * scale.y
            let index = pieces.firstIndex { $0.stray > stray } ?? pieces.endIndex
            pieces.insert((left, Point(x, y), right, stray), at: index)
            return nil
        }
        if let gap = examine(a, b, always: always) { return gap }
        while let piece = pieces.popLast() {
            if let gap = examine(piece.left, piece.middle) ?? examine(piece.middle, piece.right) { return gap }
            if evaluations >= budget { return nil }
        }
        return nil
    }

    /// How far the curve moves vertically on the page between two points.
    private func movement(_ p: Point, _ q: Point) -> Double {
        abs(q.y - p.y) * scale.y
    }
}
