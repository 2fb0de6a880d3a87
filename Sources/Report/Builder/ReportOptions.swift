import ActivationMath
import Charts
import Foundation

/// Everything a run needs to know: what to draw, how, and where to put it.
public struct ReportOptions: Sendable {
    /// The folder written into; created if missing.
    public var outputFolder: URL
    /// The activations that get a function | derivative figure.
    public var activations: [any Activation]
    /// Parameters per activation id, where the user overrode the defaults.
    public var parameters: [String: ParameterValues]
    /// Formats written for every figure.
    public var formats: [FigureFormat]
    /// Language of figures and page.
    public var language: Language
    /// The look.
    public var theme: Theme.Name
    /// Scale and background.
    public var render: RenderOptions
    /// Figure size at scale 1, in pixels.
    public var size: Size
    /// Multiplies every text size in the figures, for slides (1.5) or dense pages.
    public var textScale: Double = 1
    /// Samples per curve.
    public var samples: Int
    /// The x range, or nil for each activation's own.
    public var range: ClosedRange<Double>?
    /// Page templates.
    public var templates: TemplateSet
    /// Whether to write index.html (and its stylesheet) besides the figures.
    public var writePage: Bool
    /// Whether to add the report's own figures and tables (R2–R13), as `--all` does.
    public var includeReportFigures: Bool
    /// Report sections drawn besides the activations when `includeReportFigures` is off, by id:
    /// `softmax` for `actplot softmax`, a vector function with no function | derivative pair.
    public var sectionIDs: [String] = []
    /// The font families the run's figures set text in (`figure.font-family` of its language's
    /// catalogue), for starting fontconfig early with only those (`FontSetup.start`); nil when
    /// the catalogue cannot be read, whose error the run itself then reports.
    public var fontFamily: String? {
        (try? templates.strings(for: language)).map { $0("figure.font-family") }
    }

    /// Whether index.html carries its stylesheet and figures inline (data URIs), so the one file
    /// can be mailed or uploaded alone; the figure files are still written beside it.
    public var selfContained = false
    /// Whether to start the folder's page and manifest afresh, listing only this run's figures,
    /// instead of keeping the figures earlier runs left; files of the same name are then
    /// overwritten whatever wrote them (other files are still left alone).
    public var replace = false
    /// Where the page's math font is looked for (`MathFont.searchPaths`); the first file found
    /// is used, and with none the page is written without it.
    public var mathFontPaths: [String] = MathFont.searchPaths
    /// Figures drawn at once; the output is the same bytes whatever the number.
    public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    /// Options with the documents' defaults: PNG and SVG, English, light theme, 1200×480.
    public init(
        outputFolder: URL, activations: [any Activation], templates: TemplateSet,
        parameters: [String: ParameterValues] = [:], formats: [FigureFormat] = [.png, .svg],
        language: Language = .en, theme: Theme.Name = .light, render: RenderOptions = RenderOptions(),
        size: Size = Size(width: 1200, height: 480), samples: Int = 1000, range: ClosedRange<Double>? = nil,
        writePage: Bool = true, includeReportFigures: Bool = false
    ) {
        self.outputFolder = outputFolder
        self.activations = activations
        self.templates = templates
        self.parameters = parameters
        self.formats = formats
        self.language = language
        self.theme = theme
        self.render = render
        self.size = size
        self.samples = samples
        self.range = range
        self.writePage = writePage
        self.includeReportFigures = includeReportFigures
    }
}
