/// Measures text without drawing it.
///
/// Layout needs every label's size before anything is placed. A figure is laid out once, with
/// one measurer, and the result is then drawn on each format's canvas; a measurer shared by the
/// whole run (and its workers) measures each distinct text once, however many figures and
/// formats repeat it.
public protocol TextMeasurer: Sendable {
    /// The size of `text` when drawn.
    func measure(_ text: TextRun) -> TextMetrics
}
