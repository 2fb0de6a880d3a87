import Charts

/// Writes SVG path data compactly: the first point absolute, every later one relative to the
/// one before, in hundredths of a unit, with a command letter only where it changes.
///
/// Relative steps along a sampled curve or a glyph outline are short numbers ("2.4-.35"
/// against "287.4 392.83"), which makes path data about a third smaller. Each step is the
/// difference of the two points already rounded to hundredths, so rounding never accumulates:
/// every point lands where its absolute coordinates, rounded, would put it. Horizontal and
/// vertical steps are written "h" and "v", and a quadratic whose control point is the mirror
/// of the last one, after rounding, as "t" (TrueType's implied on-curve points make a fifth of
/// the bench figures' glyph curves such): the same points, one or two numbers fewer.
struct SVGPathData {
    private var out: [UInt8] = []
    /// The current point and the start of the current subpath, in hundredths.
    private var current = (x: 0, y: 0)
    private var start = (x: 0, y: 0)
    /// The current point and subpath start as given, before rounding.
    private var exact = (x: 0.0, y: 0.0)
    private var exactStart = (x: 0.0, y: 0.0)
    private var last: UInt8 = 0
    private var started = false
    private var lastHadPoint = false
    /// The control point of the last quadratic, in hundredths, while it can be mirrored.
    private var lastControl: (x: Int, y: Int)?
    /// Coordinates are multiples of this many hundredths.
    private let quantum: Int
    /// Numbers are written as whole multiples of `quantum` (see `init`).
    private let inQuanta: Bool

    /// Path data with coordinates rounded to `quantum` hundredths of a unit: 1 for curves and
    /// lines, which a zoomed slide shows at their exact place; 10 for glyph outlines, whose
    /// 0.05-unit error is a thirtieth of a stroke of 14-unit text, and whose defs are half of
    /// a figure's file at hundredths. With `inQuanta`, numbers are written as whole quanta
    /// ("12" for 1.2 at 10 hundredths), for a path drawn scaled by `quantum / 100`: without
    /// decimal points glyph outlines are 4 % shorter, after the scale each one then needs.
    init(quantum: Int = 1, inQuanta: Bool = false) {
        self.quantum = max(1, quantum)
        self.inQuanta = inQuanta && self.quantum > 1
    }

    private func rounded(_ value: Double) -> Int {
        quantum == 1 ? SVGNumber.hundredths(value) : SVGNumber.hundredths(value / Double(quantum)) * quantum
    }

    /// The data written so far.
    var bytes: [UInt8] { out }

    /// Starts a subpath at (x, y).
    mutating func move(_ x: Double, _ y: Double) {
        let p = (x: rounded(x), y: rounded(y))
        if started {
            command(UInt8(ascii: "m"), repeatable: false, before: 0)
            pair(p.x - current.x, p.y - current.y)
        } else {
            command(UInt8(ascii: "M"), repeatable: false, before: 0)
            pair(p.x, p.y)
            started = true
        }
        current = p
        start = p
        exact = (x, y)
        exactStart = exact
        lastControl = nil
        // Points after a move are implicit line-tos in SVG, but they would be relative to this
        // point only after an "m"; an explicit "l" keeps the reading unambiguous.
        last = 0
    }

    /// A straight segment to (x, y).
    mutating func line(_ x: Double, _ y: Double) {
        let p = (x: rounded(x), y: rounded(y))
        let dx = p.x - current.x, dy = p.y - current.y
        if dy == 0, dx != 0 {
            command(UInt8(ascii: "h"), repeatable: true, before: dx)
            number(dx)
        } else if dx == 0, dy != 0 {
            command(UInt8(ascii: "v"), repeatable: true, before: dy)
            number(dy)
        } else {
            command(UInt8(ascii: "l"), repeatable: true, before: dx)
            pair(dx, dy)
        }
        current = p
        exact = (x, y)
        lastControl = nil
    }

    /// A cubic Bézier segment through control points 1 and 2 to (x, y).
    mutating func curve(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ x: Double, _ y: Double) {
        let c1 = (x: rounded(x1), y: rounded(y1))
        let c2 = (x: rounded(x2), y: rounded(y2))
        let p = (x: rounded(x), y: rounded(y))
        // TrueType outlines are quadratic; Cairo hands them over raised to cubics, whose two
        // control points both derive from one quadratic control point q. Written back as "q"
        // they take four numbers instead of six, and draw the same curve.
        let from = exact
        exact = (x, y)
        let q1 = (x: (3 * x1 - from.x) / 2, y: (3 * y1 - from.y) / 2)
        let q2 = (x: (3 * x2 - x) / 2, y: (3 * y2 - y) / 2)
        if abs(q1.x - q2.x) <= 0.02, abs(q1.y - q2.y) <= 0.02 {
            let q = (x: rounded((q1.x + q2.x) / 2), y: rounded((q1.y + q2.y) / 2))
            if let c = lastControl, q.x == 2 * current.x - c.x, q.y == 2 * current.y - c.y {
                command(UInt8(ascii: "t"), repeatable: true, before: p.x - current.x)
            } else {
                command(UInt8(ascii: "q"), repeatable: true, before: q.x - current.x)
                pair(q.x - current.x, q.y - current.y)
                separate(p.x - current.x)
            }
            pair(p.x - current.x, p.y - current.y)
            current = p
            lastControl = q
            return
        }
        lastControl = nil
        command(UInt8(ascii: "c"), repeatable: true, before: c1.x - current.x)
        pair(c1.x - current.x, c1.y - current.y)
        separate(c2.x - current.x)
        pair(c2.x - current.x, c2.y - current.y)
        separate(p.x - current.x)
        pair(p.x - current.x, p.y - current.y)
        current = p
    }

    /// Closes the subpath; the current point returns to its start.
    mutating func close() {
        out.append(UInt8(ascii: "z"))
        last = UInt8(ascii: "z")
        lastControl = nil
        current = start
        exact = exactStart
    }

    /// A full circle as its own subpath: two half-circle arcs.
    mutating func circle(_ cx: Double, _ cy: Double, _ r: Double) {
        move(cx + r, cy)
        let radius = rounded(r)
        for sign in [-2, 2] {
            out.append(UInt8(ascii: "a"))
            pair(radius, radius)
            out.append(contentsOf: " 0 1 0 ".utf8)
            pair(sign * radius, 0)
        }
        last = 0
        current.x = start.x
        close()
    }

    /// The data of `path`.
    static func of(_ path: Path) -> [UInt8] {
        var data = SVGPathData()
        data.append(path)
        return data.out
    }

    /// Adds the subpaths of `path`.
    mutating func append(_ path: Path) {
        for element in path.elements {
            switch element {
            case .move(let p): move(p.x, p.y)
            case .line(let p): line(p.x, p.y)
            case .circle(let c, let r): circle(c.x, c.y, r)
            case .close: close()
            }
        }
    }

    /// The command letter, or for a repeat of the last command only a separator before the
    /// number `before` that follows.
    private mutating func command(_ letter: UInt8, repeatable: Bool, before: Int) {
        if letter == last && repeatable {
            separate(before)
        } else {
            out.append(letter)
        }
        last = letter
    }

    /// A space before the next number unless it starts with a minus sign, or with a decimal
    /// point after a number that already has one ("1.5.25" reads as 1.5 and .25 in SVG's path
    /// grammar).
    private mutating func separate(_ next: Int) {
        if next < 0 { return }
        if !inQuanta, next.magnitude < 100, next != 0, lastHadPoint { return }
        out.append(UInt8(ascii: " "))
    }

    /// Appends a number in hundredths (in quanta with `inQuanta`) and remembers whether it was
    /// written with a point.
    private mutating func number(_ h: Int) {
        if inQuanta {
            SVGNumber.appendHundredths(h / quantum * 100, to: &out)
            lastHadPoint = false
            return
        }
        SVGNumber.appendHundredths(h, to: &out)
        lastHadPoint = h % 100 != 0
    }

    private mutating func pair(_ x: Int, _ y: Int) {
        number(x)
        separate(y)
        number(y)
    }
}
