/// Axis layouts already made while one figure is laid out.
///
/// Fitting a panel tries the same axis several times: two passes for the insets, fewer and
/// fewer x ticks until the labels fit, the shared insets of panels side by side, then the final
/// layout. Each try places ticks and formats their labels, which cost more than the rest of
/// the layout together; the answer depends only on the axis and its arguments, so each is
/// computed once per figure.
final class AxisLayoutCache {
    private struct Key: Hashable {
        let axis: Axis
        let lo: Double
        let hi: Double
        let target: Int
        let stretchToTicks: Bool
    }

    private var layouts: [Key: AxisLayout] = [:]

    /// `AxisLayout(axis:lo:hi:target:stretchToTicks:)`, computed on first request.
    func layout(axis: Axis, lo: Double, hi: Double, target: Int, stretchToTicks: Bool = false) -> AxisLayout {
        let key = Key(axis: axis, lo: lo, hi: hi, target: target, stretchToTicks: stretchToTicks)
        if let known = layouts[key] { return known }
        let made = AxisLayout(axis: axis, lo: lo, hi: hi, target: target, stretchToTicks: stretchToTicks)
        layouts[key] = made
        return made
    }
}
