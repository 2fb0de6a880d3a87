/// A vector path, recorded as elements so any canvas can replay it.
public struct Path: Sendable, Hashable {
    /// One drawing step.
    public enum Element: Sendable, Hashable {
        /// Starts a new subpath.
        case move(Point)
        /// A straight segment from the current point.
        case line(Point)
        /// A full circle as its own closed subpath.
        case circle(center: Point, radius: Double)
        /// Closes the current subpath.
        case close
    }

    /// The steps in order.
    public private(set) var elements: [Element] = []

    /// An empty path.
    public init() {}

    /// Starts a subpath at `p`.
    public mutating func move(to p: Point) { elements.append(.move(p)) }
    /// Adds a segment to `p`.
    public mutating func line(to p: Point) { elements.append(.line(p)) }
    /// Adds a circle.
    public mutating func circle(center: Point, radius: Double) {
        elements.append(.circle(center: center, radius: radius))
    }
    /// Closes the current subpath.
    public mutating func close() { elements.append(.close) }

    /// Whether every coordinate is finite: Cairo stops drawing for good after a non-finite one, so
    /// canvases skip paths that fail this.
    public var isFinite: Bool {
        elements.allSatisfy { element in
            switch element {
            case .move(let p), .line(let p): return p.x.isFinite && p.y.isFinite
            case .circle(let c, let r): return c.x.isFinite && c.y.isFinite && r.isFinite
            case .close: return true
            }
        }
    }

    /// A polyline through `points`, as one subpath.
    public static func polyline(_ points: [Point]) -> Path {
        var path = Path()
        guard let first = points.first else { return path }
        path.move(to: first)
        for p in points.dropFirst() { path.line(to: p) }
        return path
    }

    /// A closed rectangle.
    public static func rectangle(_ r: Rect) -> Path {
        var path = Path()
        path.move(to: Point(r.x, r.y))
        path.line(to: Point(r.maxX, r.y))
        path.line(to: Point(r.maxX, r.maxY))
        path.line(to: Point(r.x, r.maxY))
        path.close()
        return path
    }
}
