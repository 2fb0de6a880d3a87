/// The fixed distances of a layout, in figure units, scaled with the theme's `unit` so small
/// multiples keep their proportions.
struct Spacing {
    /// The basic gap between neighbouring parts (a tick label and the frame).
    let gap: Double
    /// Around the whole figure.
    let margin: Double
    /// Between the cells of neighbouring panels in a row.
    let columnGap: Double
    /// Between rows of panels.
    let rowGap: Double
    /// Radius of jump dots and markers.
    let markerRadius: Double
    /// Width of a colour bar.
    let colorBarWidth: Double

    /// The spacing for `theme`.
    init(_ theme: Theme) {
        let u = theme.unit
        gap = 8 * u
        margin = 16 * u
        columnGap = 40 * u
        rowGap = 22 * u
        markerRadius = 4.6 * u
        colorBarWidth = 16 * u
    }
}
