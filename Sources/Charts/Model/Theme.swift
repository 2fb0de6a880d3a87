/// Colours, pens and type sizes shared by every figure, so a set of figures reads as one.
public struct Theme: Sendable, Hashable {
    /// The built-in looks.
    public enum Name: String, Sendable, CaseIterable {
        /// Dark text on white: slides and web pages.
        case light
        /// Light text on a dark background: dark slides.
        case dark
        /// Black and greys with dash patterns: readable when printed in grayscale.
        case print
    }

    /// Page background.
    public var background: Color
    /// Titles, tick labels and axis labels.
    public var text: Color
    /// Grid lines: present but quiet.
    public var grid: Color
    /// The x = 0 and y = 0 lines and the frame, slightly stronger than the grid.
    public var axis: Color
    /// Shading for saturation zones and bands.
    public var shade: Color
    /// Series colours: [0] a figure's function, [1] its derivative (in every figure, so the
    /// colour keeps its meaning), then [2…6] the curves of multi-curve figures (`seriesSlot`).
    /// Okabe–Ito hues, darkened or lightened so that neighbours differ by ΔL* ≥ 15 and by
    /// CIEDE2000 ≥ 10 under deuteranopia and protanopia (checked by the colour tests).
    public var palette: [Color]
    /// Dash patterns matching `palette`, all solid except in the print theme.
    public var dashes: [[Double]]
    /// Width of data curves.
    public var curveWidth: Double
    /// Font family list for Pango. Each language's catalogue names its own (`figure.font-family`):
    /// English sets Latin first, so no CJK face is loaded or embedded in a PDF for it; Chinese
    /// sets Noto Sans CJK, which covers Latin, Greek and Chinese in one face, and DejaVu Sans
    /// after it for the superscript letters it lacks (ᵀ, ⁿ). Naming a family for every character
    /// drawn keeps a run on fontconfig's lean configuration (`FontSetup`), which needs no aliases.
    public var fontFamily: String
    /// Tick label size in figure units (CSS px; × 0.75 for points): 14.5 px is 10.9 pt, readable
    /// on a projected slide at 1200 × 480.
    public var tickSize: Double
    /// Axis label, legend and annotation size in figure units (16 px = 12 pt).
    public var labelSize: Double
    /// Panel title size in figure units (19 px = 14.25 pt).
    public var titleSize: Double
    /// Colours of heat maps: diverging about zero in colour themes, one-way greys in print.
    public var heatMap: ColorMap
    /// Multiplies gaps, margins, grid and frame pens and marker sizes; `scaled(by:)` sets it
    /// together with the type sizes for small multiples.
    public var unit: Double = 1
    /// Share of the tick labels an axis would otherwise get (1 all, 0.5 about half): set by
    /// `FigureDrawing.fitted` for figures too small for their text.
    var tickDensity: Double = 1

    /// The built-in theme `name`.
    public static func named(_ name: Name) -> Theme {
        switch name {
        case .light: return light
        case .dark: return dark
        case .print: return print
        }
    }

    /// Palette slot of a figure's function curve.
    public static let functionSlot = 0
    /// Palette slot of a figure's derivative curve: no other curve is drawn in its colour.
    public static let derivativeSlot = 1
    /// Palette slot of curve `index` of a figure that compares several curves: five slots
    /// that never use the function's or the derivative's colour, each with its own dash.
    /// The fifth differs from the second in hue and dash but not in lightness, and is drawn
    /// thinner by the figures that use it.
    public static func seriesSlot(_ index: Int) -> Int { 2 + ((index % 5) + 5) % 5 }

    /// Light theme: darkened Okabe–Ito blue (function), vermillion (derivative), then blue,
    /// gold, dark green, wine and reddish purple for multi-curve figures.
    static let lightPalette: [Color] = [0x005F96, 0xD55E00, 0x0072B2, 0xC68801, 0x01533B, 0x500036, 0xCC79A7].map { Color(hex: $0) }
    /// Dash patterns of the multi-curve slots, shared by all themes, so a curve keeps its dash
    /// when a slide is printed in grayscale.
    static let seriesDashes: [[Double]] = [[], [9, 5], [2, 4], [12, 4, 2, 4], [6, 3]]

    /// The default look.
    public static let light = Theme(
        background: Color(hex: 0xFFFFFF), text: Color(hex: 0x222222), grid: Color(hex: 0xE3E3E3),
        axis: Color(hex: 0x8A8A8A), shade: Color(hex: 0x9E9E9E, alpha: 0.16), palette: lightPalette,
        dashes: [[], []] + seriesDashes, curveWidth: 2.6,
        fontFamily: "Noto Sans CJK SC, Noto Sans, DejaVu Sans, sans-serif", tickSize: 14.5, labelSize: 16, titleSize: 19,
        heatMap: .blueRed)

    /// For dark slides: sky blue function, vermillion derivative, and multi-curve slots light
    /// enough for 3:1 contrast on the dark background.
    public static let dark = Theme(
        background: Color(hex: 0x15181C), text: Color(hex: 0xE6E6E6), grid: Color(hex: 0x2F343A),
        axis: Color(hex: 0x7C848C), shade: Color(hex: 0xFFFFFF, alpha: 0.09),
        palette: [0x56B4E9, 0xD55E00, 0x62BEF4, 0xFAED4C, 0x009E73, 0x984976, 0xEFA713].map { Color(hex: $0) },
        dashes: [[], []] + seriesDashes, curveWidth: 2.6,
        fontFamily: light.fontFamily, tickSize: light.tickSize, labelSize: light.labelSize, titleSize: light.titleSize,
        heatMap: .blueRed)

    /// Grayscale: curves told apart by dash pattern and grey level, not hue.
    public static let print = Theme(
        background: Color(hex: 0xFFFFFF), text: Color(hex: 0x000000), grid: Color(hex: 0xE0E0E0),
        axis: Color(hex: 0x777777), shade: Color(hex: 0x000000, alpha: 0.10),
        palette: [0x000000, 0x555555, 0x000000, 0x939393, 0x2B2B2B, 0x4D4D4D, 0x737373].map { Color(hex: $0) },
        dashes: [[], [9, 5]] + seriesDashes, curveWidth: 2.4,
        fontFamily: light.fontFamily, tickSize: light.tickSize, labelSize: light.labelSize, titleSize: light.titleSize,
        heatMap: .greys)

    /// The pen for series slot `index`, cycling through the palette; `dashed` replaces the
    /// slot's own pattern with a long dash that no slot uses.
    public func pen(_ index: Int, width: Double? = nil, dashed: Bool = false) -> StrokeStyle {
        let i = ((index % palette.count) + palette.count) % palette.count
        let dash = (dashed ? Self.boundDash : dashes[i % dashes.count]).map { $0 * unit }
        return StrokeStyle(color: palette[i], width: width ?? curveWidth, dash: dash, round: !dashed)
    }

    /// The dash of curves drawn `dashed`: far longer than any slot's pattern in the print theme, so
    /// a bound stays distinct from a dashed data curve in grayscale.
    static let boundDash: [Double] = [16, 6]

    /// The palette colour of slot `index`.
    public func color(_ index: Int) -> Color { palette[((index % palette.count) + palette.count) % palette.count] }

    /// The same look with type, pens and spacing multiplied by `factor`, for figures much smaller or
    /// larger than a slide (a gallery of small multiples uses about 0.6).
    public func scaled(by factor: Double) -> Theme {
        guard factor.isFinite, factor > 0, factor != 1 else { return self }
        var t = self
        t.tickSize *= factor
        t.labelSize *= factor
        t.titleSize *= factor
        t.curveWidth *= factor
        t.unit *= factor
        return t
    }
}
