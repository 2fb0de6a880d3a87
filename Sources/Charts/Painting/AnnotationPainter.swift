import Foundation

/// Draws annotations: text on a soft halo, kept inside the plot, with an optional arrow.
struct AnnotationPainter {
    let theme: Theme
    let canvas: Canvas
    let layout: PanelLayout

    static func textSize(_ theme: Theme) -> Double { theme.labelSize * 0.9 }

    /// Where the text box of `note` goes: on the side its offset points to, inside the plot.
    func box(_ note: Annotation, size: TextMetrics) -> Rect? {
        let target = layout.page(note.at)
        guard target.x.isFinite, target.y.isFinite else { return nil }
        let rx = target.x + note.offset.dx, ry = target.y - note.offset.dy
        let x = note.offset.dx > 0 ? rx : (note.offset.dx < 0 ? rx - size.width : rx - size.width / 2)
        let y = note.offset.dy > 0 ? ry - size.height : (note.offset.dy < 0 ? ry : ry - size.height / 2)
        let plot = layout.plot, pad = 3 * theme.unit
        let cx = min(max(x, plot.x + pad), max(plot.x + pad, plot.maxX - pad - size.width))
        let cy = min(max(y, plot.y + pad), max(plot.y + pad, plot.maxY - pad - size.height))
        return Rect(x: cx, y: cy, width: size.width, height: size.height)
    }

    /// The text boxes of `notes`, for the legend to avoid.
    func boxes(_ notes: [Annotation]) -> [Rect] {
        notes.compactMap { note in
            box(note, size: canvas.measure(TextRun(markup: note.text, size: Self.textSize(theme), color: theme.text)))
        }
    }

    /// Draws every note of the panel.
    func paint(_ notes: [Annotation]) {
        for note in notes {
            let color = note.slot.map(theme.color) ?? theme.text
            let run = TextRun(markup: note.text, size: Self.textSize(theme), color: color)
            let m = canvas.measure(run)
            guard let box = box(note, size: m) else { continue }
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
