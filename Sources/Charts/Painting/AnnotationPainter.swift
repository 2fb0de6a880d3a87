import Foundation

/// Draws annotations: text on a soft halo, kept inside the plot, with an optional arrow.
struct AnnotationPainter {
    let theme: Theme
    let canvas: Canvas
    let layout: PanelLayout

    static func textSize(_ theme: Theme) -> Double { theme.labelSize * 0.9 }

    /// Where the text box of `note` goes: on the side its offset points to, inside the plot.
    func box(_ note: Annotation, size: TextMetrics) -> Rect? {
        box(note, offset: note.offset, size: size)
    }

    /// The box with `offset` in place of the note's own.
    func box(_ note: Annotation, offset: Offset, size: TextMetrics) -> Rect? {
        let target = layout.page(note.at)
        guard target.x.isFinite, target.y.isFinite else { return nil }
        let rx = target.x + offset.dx, ry = target.y - offset.dy
        let x = offset.dx > 0 ? rx : (offset.dx < 0 ? rx - size.width : rx - size.width / 2)
        let y = offset.dy > 0 ? ry - size.height : (offset.dy < 0 ? ry : ry - size.height / 2)
        let plot = layout.plot, pad = 3 * theme.unit
        let cx = min(max(x, plot.x + pad), max(plot.x + pad, plot.maxX - pad - size.width))
        let cy = min(max(y, plot.y + pad), max(plot.y + pad, plot.maxY - pad - size.height))
        return Rect(x: cx, y: cy, width: size.width, height: size.height)
    }

    /// The text box of each note: at its own offset when that spot is clear of `obstacles` and
    /// of the notes before it, else at the first clear one of the offset turned about the
    /// point and lengthened; failing all, its own offset.
    func boxes(_ notes: [Annotation], avoiding obstacles: Obstacles) -> [Rect?] {
        var avoid = obstacles
        return notes.map { note in
            let size = canvas.measure(TextRun(markup: note.text, size: Self.textSize(theme), color: theme.text))
            let o = note.offset
            let length = max((o.dx * o.dx + o.dy * o.dy).squareRoot(), 30 * theme.unit)
            let turns = (0..<16).map { Double($0) * Double.pi / 8 }
            let tries =
                [o, Offset(-o.dx, o.dy), Offset(o.dx, -o.dy), Offset(-o.dx, -o.dy)]
                + [1.0, 1.6, 2.3].flatMap { k in turns.map { Offset(cos($0) * length * k, sin($0) * length * k) } }
            let target = layout.page(note.at)
            let candidates = tries.compactMap { box(note, offset: $0, size: size) }
            // The halo must not hide the point the note explains.
            let chosen =
                candidates.first { rect in
                    avoid.isClear(rect) && AnnotationPainter.distance(target, rect) > Spacing(theme).markerRadius + 4 * theme.unit
                } ?? box(note, size: size)
            if let chosen { avoid.texts.append(chosen) }
            return chosen
        }
    }

    static func distance(_ p: Point, _ rect: Rect) -> Double {
        let dx = max(rect.x - p.x, 0, p.x - rect.maxX), dy = max(rect.y - p.y, 0, p.y - rect.maxY)
        return (dx * dx + dy * dy).squareRoot()
    }

    /// Draws every note of the panel in the boxes `boxes(_:avoiding:)` chose.
    func paint(_ notes: [Annotation], in boxes: [Rect?]) {
        for (note, box) in zip(notes, boxes) {
            let color = note.slot.map(theme.color) ?? theme.text
            let run = TextRun(markup: note.text, size: Self.textSize(theme), color: color)
            guard let box else { continue }
            if note.arrow { paintArrow(from: box, to: layout.page(note.at), color: color) }
            let halo = box.inset(top: -2 * theme.unit, left: -3 * theme.unit, bottom: -2 * theme.unit, right: -3 * theme.unit)
            canvas.fill(.rectangle(halo), theme.background.opacity(0.8))
            canvas.draw(run, at: Point(box.x, box.y), rotated: false)
        }
    }

    /// A straight arrow from the edge of `box` to just short of `target` (leaving a marker visible).
    private func paintArrow(from box: Rect, to target: Point, color: Color) {
        let centre = Point(box.x + box.width / 2, box.y + box.height / 2)
        let dx = target.x - centre.x, dy = target.y - centre.y
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 0 else { return }
        let ux = dx / length, uy = dy / length
        // Leave the box where the ray from its centre crosses its edge, plus a small gap.
        let tx = ux != 0 ? (box.width / 2 + 3 * theme.unit) / abs(ux) : .infinity
        let ty = uy != 0 ? (box.height / 2 + 3 * theme.unit) / abs(uy) : .infinity
        let startT = min(tx, ty)
        let endT = length - Spacing(theme).markerRadius - 3 * theme.unit
        guard endT - startT > 6 * theme.unit else { return }
        let start = Point(centre.x + ux * startT, centre.y + uy * startT)
        let tip = Point(centre.x + ux * endT, centre.y + uy * endT)
        let head = 8 * theme.unit, halfWidth = 3.5 * theme.unit
        let base = Point(tip.x - ux * head, tip.y - uy * head)
        canvas.stroke(.polyline([start, base]), StrokeStyle(color: color, width: 1.3 * theme.unit))
        var arrowhead = Path.polyline([
            tip, Point(base.x - uy * halfWidth, base.y + ux * halfWidth), Point(base.x + uy * halfWidth, base.y - ux * halfWidth),
        ])
        arrowhead.close()
        canvas.fill(arrowhead, color)
    }
}
