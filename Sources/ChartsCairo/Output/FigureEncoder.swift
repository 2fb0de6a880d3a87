import Charts

/// Turns figures into file bytes: PNG through Cairo, SVG and PDF written directly.
///
/// A figure is laid out and painted once (`drawing(_:for:)`) and the drawing replayed for each
/// format of the same resolution. Each encode makes its own surface, context and Pango context,
/// so calls on different tasks never share Cairo or Pango state; text is measured and shaped by
/// the encoder's `TextEngine`, shared by all of them.
public struct FigureEncoder: Sendable {
    /// The look.
    public let theme: Theme
    /// Scale and background.
    public let options: RenderOptions
    /// Measures and shapes every text of the run once.
    public let text: TextEngine

    /// An encoder for `theme` with `options`.
    public init(theme: Theme, options: RenderOptions = RenderOptions()) {
        self.theme = theme
        self.options = options
        text = TextEngine(fontFamily: theme.fontFamily)
    }

    /// Figure units are CSS pixels; PDF measures in points (1 px = 0.75 pt), which makes it
    /// the same size as the SVG (in pixels) and the PNG at scale 1.
    static let pointsPerUnit = 0.75

    /// Figure units per device pixel of `format`: a PNG at scale 2 has two pixels per unit, and
    /// curves are simplified and lines snapped to match.
    public func resolution(of format: FigureFormat) -> Double {
        format == .png ? 1 / options.scale : 1
    }

    /// `figure` laid out and painted for `format`; formats of the same resolution can share it.
    /// A figure too small for its text gets fewer tick labels and smaller text
    /// (`FigureDrawing.fitted`); the drawing's `fit` says so.
    public func drawing(_ figure: Figure, for format: FigureFormat) -> FigureDrawing {
        FigureDrawing.fitted(
            figure, renderer: FigureRenderer(theme: theme), measurer: text, resolution: resolution(of: format),
            transparent: options.transparent)
    }

    /// The encoded file.
    public func encode(_ figure: Figure, as format: FigureFormat) throws -> [UInt8] {
        try encode(drawing(figure, for: format), as: format)
    }

    /// The file of a drawing made by `drawing(_:for:)` for a format of the same resolution.
    public func encode(_ drawing: FigureDrawing, as format: FigureFormat) throws -> [UInt8] {
        let w = drawing.size.width, h = drawing.size.height
        switch format {
        case .png:
            // An opaque figure paints every pixel, its background first: the surface need not
            // be cleared beforehand (see `CairoCanvas.paintFirst`).
            let surface = try CairoSurface.image(
                width: Int((w * options.scale).rounded()), height: Int((h * options.scale).rounded()),
                transparent: options.transparent, cleared: options.transparent)
            try replay(drawing, on: surface, scale: options.scale, engine: text, surfaceUnpainted: !options.transparent)
            return try PNGWriter.encode(overwriting: surface)
        case .svg:
            let canvas = SVGCanvas(size: drawing.size, engine: text)
            drawing.replay(on: canvas)
            try canvas.finish()
            return canvas.document(title: drawing.title, description: drawing.description)
        case .pdf:
            let canvas = PDFCanvas(size: drawing.size, engine: text)
            drawing.replay(on: canvas)
            try canvas.finish()
            return canvas.document(title: drawing.title, description: drawing.description)
        }
    }

    /// With `engine`, the canvas draws the glyphs the engine shaped (with their characters,
    /// where the surface keeps text); without, Pango sets the text again.
    func replay(
        _ drawing: FigureDrawing, on surface: CairoSurface, scale: Double, engine: TextEngine? = nil,
        surfaceUnpainted: Bool = false
    ) throws {
        let canvas = try CairoCanvas(
            surface: surface, scale: scale, resolution: drawing.resolution, fontFamily: theme.fontFamily, engine: engine,
            surfaceUnpainted: surfaceUnpainted)
        drawing.replay(on: canvas)
        try canvas.finish()
    }
}
