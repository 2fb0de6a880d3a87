/// One step of a drawn figure, as `RecordingCanvas` keeps it: the calls of `Canvas`, with the
/// measurements text was placed by.
public enum DrawCommand: Sendable, Hashable {
    /// `Canvas.stroke`.
    case stroke(Path, StrokeStyle)
    /// `Canvas.fill`.
    case fill(Path, Color)
    /// `Canvas.draw(_:at:rotated:)`, with the text's measured size (for overlap checks).
    case text(TextRun, at: Point, rotated: Bool, metrics: TextMetrics)
    /// Start of `Canvas.withClip`; drawing up to the matching `endClip` is limited to the rect.
    case beginClip(Rect)
    /// End of the innermost clip.
    case endClip
    /// Start of `Canvas.group`, named by its id.
    case beginGroup(String)
    /// End of the innermost group.
    case endGroup
    /// `Canvas.drawMarkers`.
    case markers([Point], radius: Double, fill: Color, outline: StrokeStyle)
}
