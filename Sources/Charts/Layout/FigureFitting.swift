/// What a figure gave up to fit its size: fewer tick labels, then smaller text.
public struct FigureFit: Sendable, Hashable {
    /// Whether axes show about half their usual tick labels.
    public var fewerTicks = false
    /// The text size drawn, relative to the size asked for (1: as asked).
    public var textScale = 1.0
    /// Whether the figure still breaks a layout rule at the smallest text tried.
    public var stillCrowded = false

    /// A fit that gave up nothing.
    public init() {}

    /// Whether anything was given up (or could not be).
    public var reduced: Bool { fewerTicks || textScale < 1 || stillCrowded }
}

extension FigureDrawing {
    /// The smallest text tried, relative to the size asked for.
    static let smallestTextScale = 0.5

    /// `figure` drawn so that its layout audit finds nothing: as asked when that fits; else with
    /// about half the tick labels; else with, in addition, its text reduced in steps of 15 %
    /// down to half its usual size (half of what was asked, or less for text enlarged above 1). A slide-sized figure never gets here; a 200 × 200 one or `--text-scale 2`
    /// at 400 × 300 does, and `fit` says what it gave up, for the command to warn about.
    /// Where even half-size text does not fit, the last try is returned, marked
    /// `stillCrowded`.
    public static func fitted(
        _ figure: Figure, renderer: FigureRenderer, measurer: TextMeasurer, resolution: Double, transparent: Bool = false
    ) -> FigureDrawing {
        func draw(_ f: Figure) -> FigureDrawing {
            FigureDrawing(f, renderer: renderer, measurer: measurer, resolution: resolution, transparent: transparent)
        }
        let asked = draw(figure)
        guard !LayoutAudit(asked).problems.isEmpty else { return asked }
        var trial = figure
        trial.tickDensity = 0.5
        var fit = FigureFit()
        fit.fewerTicks = true
        var scale = 1.0
        // Text enlarged on purpose (--text-scale 2) may shrink further, down to half the usual size.
        let floor = smallestTextScale / max(1, figure.typeScale)
        while true {
            var drawing = draw(trial)
            let fits = LayoutAudit(drawing).problems.isEmpty
            if fits || scale * 0.85 < floor - 1e-9 {
                fit.textScale = scale
                fit.stillCrowded = !fits
                drawing.fit = fit
                return drawing
            }
            scale *= 0.85
            trial.typeScale = figure.typeScale * scale
        }
    }
}
