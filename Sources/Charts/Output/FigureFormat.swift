/// The file formats a figure can be written in.
public enum FigureFormat: String, Sendable, CaseIterable, Codable {
    /// Raster, for slides and web pages.
    case png
    /// Vector, for web pages and editing.
    case svg
    /// Vector, for LaTeX and print.
    case pdf

    /// The file name extension.
    public var fileExtension: String { rawValue }
}

/// How a figure is turned into bytes.
public struct RenderOptions: Sendable, Hashable {
    /// Pixel density multiplier for PNG at the same layout (2 for high-DPI screens).
    public var scale: Double
    /// A transparent background instead of the theme's.
    public var transparent: Bool

    /// Options; the defaults make an opaque figure at scale 1.
    public init(scale: Double = 1, transparent: Bool = false) {
        self.scale = scale
        self.transparent = transparent
    }
}
