/// A drawn figure checked against its own layout rules, from the geometry it was painted with:
/// no text over other text, a curve, a marker, an axis line or the frame; no legend over data.
///
/// Placement code tries hard to avoid collisions, but it works from estimates (candidate
/// spots, costs); this reads what was actually painted — the recorded canvas calls with each
/// text's measured box — so a collision cannot hide behind a heuristic. The tests run it on
/// every figure actplot ships, and the encoder runs it to shrink text that does not fit.
///
/// Roles come from the groups the painters open (`panel1-series`, `panel1-zero`, …): the
/// grid and shaded bands are meant to lie under text and are not obstacles.
public struct LayoutAudit: Sendable {
    /// A text as painted: its markup, the group it was painted in, and its page rectangle.
    public struct PlacedText: Sendable {
        /// The Pango markup drawn.
        public let markup: String
        /// The innermost group's id ("panel2-axes"), empty for the figure's own title.
        public let group: String
        /// The logical box on the page (rotated text already turned).
        public let rect: Rect
    }

    /// One broken rule, in words that name what collides and where.
    public struct Problem: Sendable, CustomStringConvertible, Hashable {
        /// What kind of collision.
        public enum Kind: Sendable, Hashable {
            /// Two texts overlap.
            case textOnText
            /// A text lies on a curve, a reference line, an axis line or the frame.
            case textOnLine
            /// A text covers a marker.
            case textOnMarker
            /// A legend box covers a curve, a marker or an axis line.
            case legendOnData
            /// A plot is too small to show its curve (text took the room).
            case plotTooSmall
        }
        /// What kind of collision.
        public let kind: Kind
        /// Which texts or items, and where.
        public let description: String
    }

    /// Every text drawn, in drawing order.
    public let texts: [PlacedText]
    /// What collides.
    public let problems: [Problem]

    /// A line piece as painted, with its pen's half width.
    struct Segment {
        let a: Point
        let b: Point
        let halfWidth: Double
        let group: String
    }

    /// Audits `drawing`.
    public init(_ drawing: FigureDrawing) {
        var texts: [PlacedText] = []
        var lines: [Segment] = []
        var markers: [(center: Point, radius: Double, group: String)] = []
        var legends: [(rect: Rect, group: String)] = []
        var frames: [(rect: Rect, group: String)] = []
        var groups: [String] = []
        var clips: [Rect] = []
        for command in drawing.commands {
            let group = groups.last ?? ""
            switch command {
            case .beginGroup(let id): groups.append(id)
            case .endGroup: _ = groups.popLast()
            case .beginClip(let rect): clips.append(clips.last.map { Self.intersection($0, rect) } ?? rect)
            case .endClip: _ = clips.popLast()
            case .text(let run, let origin, let rotated, let m):
                let rect =
                    rotated
                    ? Rect(x: origin.x, y: origin.y - m.width, width: m.height, height: m.width)
                    : Rect(x: origin.x, y: origin.y, width: m.width, height: m.height)
                texts.append(PlacedText(markup: run.markup, group: group, rect: rect))
            case .stroke(let path, let style):
                if group.hasSuffix("-frame"), let box = Self.bounds(path) { frames.append((box, group)) }
                guard Self.isObstacle(group) else { continue }
                for (a, b) in Self.segments(path) {
                    if let clip = clips.last {
                        guard let (p, q) = PolylineClipper.clipSegment(a, b, clip) else { continue }
                        lines.append(Segment(a: p, b: q, halfWidth: style.width / 2, group: group))
                    } else {
                        lines.append(Segment(a: a, b: b, halfWidth: style.width / 2, group: group))
                    }
                }
            case .fill(let path, _):
                // The legend's box is the first fill of its group.
                if group.hasSuffix("-legend"), legends.last?.group != group, let box = Self.bounds(path) {
                    legends.append((box, group))
                }
            case .markers(let centers, let radius, _, let outline):
                markers += centers.map { ($0, radius + outline.width / 2, group) }
            }
        }
        var problems: [Problem] = []
        func name(_ t: PlacedText) -> String { "'\(t.markup)' (\(t.group.isEmpty ? "title" : t.group))" }
        for i in texts.indices {
            let a = Self.core(texts[i].rect)
            for j in texts.indices where j > i && Self.core(texts[j].rect).intersects(a) {
                problems.append(Problem(kind: .textOnText, description: "\(name(texts[i])) overlaps \(name(texts[j]))"))
            }
            for line in lines where Self.crosses(line, a) {
                let what = line.group.hasSuffix("-series") ? "a curve" : line.group.hasSuffix("-zero") ? "an axis line" : "the frame"
                problems.append(Problem(kind: .textOnLine, description: "\(name(texts[i])) lies on \(what) (\(line.group))"))
            }
            for m in markers where Self.distance(m.center, a) < m.radius {
                problems.append(Problem(kind: .textOnMarker, description: "\(name(texts[i])) covers a marker at \(Self.short(m.center))"))
            }
        }
        for legend in legends {
            let box = legend.rect.inset(top: 0.5, left: 0.5, bottom: 0.5, right: 0.5)
            if let line = lines.first(where: { !$0.group.hasSuffix("-frame") && Self.crosses($0, box) }) {
                problems.append(Problem(kind: .legendOnData, description: "the legend of \(legend.group) covers \(line.group)"))
            }
            // The legend's own keys are markers too.
            if let m = markers.first(where: { $0.group != legend.group && Self.distance($0.center, box) < $0.radius }) {
                problems.append(Problem(kind: .legendOnData, description: "the legend of \(legend.group) covers a marker at \(Self.short(m.center))"))
            }
            for t in texts where t.group != legend.group && Self.core(t.rect).intersects(box) {
                problems.append(Problem(kind: .textOnText, description: "the legend of \(legend.group) covers \(name(t))"))
            }
        }
        // A plot narrower or shorter than a few lines of its own tick labels shows no curve.
        let tickHeight = texts.first { $0.group.hasSuffix("ticks") }.map(\.rect.height) ?? 12
        for frame in frames where min(frame.rect.width, frame.rect.height) < 3 * tickHeight {
            problems.append(
                Problem(kind: .plotTooSmall, description: "the plot of \(frame.group) is \(Self.short(Point(frame.rect.width, frame.rect.height)))"))
        }
        self.texts = texts
        self.problems = problems
    }

    /// Curves and reference lines, the zero lines and the frame: what text must keep off.
    static func isObstacle(_ group: String) -> Bool {
        group.hasSuffix("-series") || group.hasSuffix("-zero") || group.hasSuffix("-frame")
    }

    /// The part of a text's logical box that ink can reach: Pango's box includes the line's
    /// leading above and below, which may touch a neighbour without anything showing.
    static func core(_ r: Rect) -> Rect {
        let v = min(r.width, r.height) * 0.14
        return r.inset(top: v, left: 0.5, bottom: v, right: 0.5)
    }

    /// Whether the stroked segment (its pen's width included) reaches into `rect`.
    static func crosses(_ s: Segment, _ rect: Rect) -> Bool {
        let grown = rect.inset(top: -s.halfWidth, left: -s.halfWidth, bottom: -s.halfWidth, right: -s.halfWidth)
        return PolylineClipper.clipSegment(s.a, s.b, grown) != nil
    }

    /// Distance from `p` to the nearest point of `rect` (0 inside).
    static func distance(_ p: Point, _ rect: Rect) -> Double {
        let dx = max(rect.x - p.x, 0, p.x - rect.maxX), dy = max(rect.y - p.y, 0, p.y - rect.maxY)
        return (dx * dx + dy * dy).squareRoot()
    }

    /// The straight pieces of a path (circles are markers' business, and none are stroked here).
    static func segments(_ path: Path) -> [(Point, Point)] {
        var out: [(Point, Point)] = []
        var start: Point?, current: Point?
        for element in path.elements {
            switch element {
            case .move(let p): (start, current) = (p, p)
            case .line(let p):
                if let c = current { out.append((c, p)) }
                current = p
            case .close:
                if let c = current, let s = start { out.append((c, s)) }
                current = start
            case .circle: continue
            }
        }
        return out
    }

    /// The bounding box of a path's points.
    static func bounds(_ path: Path) -> Rect? {
        let points = path.elements.compactMap { e -> Point? in
            switch e {
            case .move(let p), .line(let p): return p
            default: return nil
            }
        }
        guard let x0 = points.map(\.x).min(), let x1 = points.map(\.x).max(), let y0 = points.map(\.y).min(),
            let y1 = points.map(\.y).max()
        else { return nil }
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    static func intersection(_ a: Rect, _ b: Rect) -> Rect {
        let x = max(a.x, b.x), y = max(a.y, b.y)
        return Rect(x: x, y: y, width: max(0, min(a.maxX, b.maxX) - x), height: max(0, min(a.maxY, b.maxY) - y))
    }

    static func short(_ p: Point) -> String { "(\(Int(p.x.rounded())), \(Int(p.y.rounded())))" }
}
