import Charts

/// Draws a figure onto a fresh Cairo surface of the requested format and returns the file's bytes.
///
/// Each call makes its own surface, context and Pango context, so calls on different tasks
/// never share Cairo or Pango state.
public struct FigureEncoder: Sendable {
    /// The look.
    public let theme: Theme
    /// Scale and background.
    public let options: RenderOptions

    /// An encoder for `theme` with `options`.
    public init(theme: Theme, options: RenderOptions = RenderOptions()) {
        self.theme = theme
        self.options = options
    }

    /// Figure units are CSS pixels; PDF measures in points (1 px = 0.75 pt), which makes it
    /// the same size as the SVG (in pixels) and the PNG at scale 1.
    static let pointsPerUnit = 0.75

    /// The encoded file.
    public func encode(_ figure: Figure, as format: FigureFormat) throws -> [UInt8] {
        let w = figure.size.width, h = figure.size.height
        switch format {
        case .png:
            let surface = try CairoSurface.image(
                width: Int((w * options.scale).rounded()), height: Int((h * options.scale).rounded()),
                transparent: options.transparent)
            try draw(figure, on: surface, scale: options.scale, resolution: 1 / options.scale)
            return try PNGWriter.encode(surface)
        case .svg:
            let surface = try CairoSurface.svg(widthPixels: w, heightPixels: h)
            try draw(figure, on: surface, scale: 1, resolution: 1)
            return CompactSVG.compact(StableSVG.normalize(try surface.finishVector()))
        case .pdf:
            let surface = try CairoSurface.pdf(widthPoints: w * Self.pointsPerUnit, heightPoints: h * Self.pointsPerUnit)
            try draw(figure, on: surface, scale: Self.pointsPerUnit, resolution: 1)
            return try surface.finishVector()
        }
    }

    func draw(_ figure: Figure, on surface: CairoSurface, scale: Double, resolution: Double) throws {
        let canvas = try CairoCanvas(surface: surface, scale: scale, resolution: resolution, fontFamily: theme.fontFamily)
        FigureRenderer(theme: theme).draw(figure, on: canvas, transparent: options.transparent)
        try canvas.finish()
    }
}
