import ActivationMath
import Charts

/// What a catalogue activation's own figure shows besides its curves, where the plain curves
/// would mislead: RReLU draws its evaluation-time line, but trains with a random slope, so the
/// band of slopes it draws from is shaded on both panels.
enum CatalogueOverlays {
    /// The overlays of `activation`'s figure over `range` with `parameters`.
    static func of(_ activation: any Activation, parameters: ParameterValues, range: ClosedRange<Double>, strings: Strings) -> ActivationOverlays {
        var overlays = ActivationOverlays()
        guard activation.id == RReLU().id else { return overlays }
        let lower = parameters[RReLU.lower], upper = parameters[RReLU.upper]
        guard lower.isFinite, upper.isFinite, lower < upper, range.lowerBound < 0 else { return overlays }
        let label = strings("figure.rrelu.band")
        // Straight lines on the negative half: their two ends describe them exactly.
        let xs = [range.lowerBound, min(0, range.upperBound)]
        overlays.functionBands = [
            BandSeries(x: xs, lower: xs.map { upper * $0 }, upper: xs.map { lower * $0 }, slot: Theme.functionSlot, label: label)
        ]
        overlays.derivativeBands = [
            BandSeries(x: xs, lower: xs.map { _ in lower }, upper: xs.map { _ in upper }, slot: Theme.derivativeSlot, label: label)
        ]
        return overlays
    }
}
