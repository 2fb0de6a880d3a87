import ActivationMath
import Charts
import ChartsCairo
import Foundation

/// Draws the requested figures, writes them, and writes the page and manifest that list them.
public struct ReportBuilder {
    /// What to do.
    public let options: ReportOptions

    /// A builder for `options`.
    public init(options: ReportOptions) { self.options = options }

    /// What a run wrote.
    public struct Summary: Sendable {
        /// The folder's manifest as written: this run's files and those kept from earlier runs.
        public var manifest: Manifest
        /// How many figure files this run wrote.
        public var written: Int
        /// The page, if one was written.
        public var page: URL?
    }

    /// One figure to draw, in every requested format; built on a worker, since sampling and
    /// the report's simulations cost as much as drawing.
    struct FigureJob: Sendable {
        let id: String
        let identity: FigureIdentity
        let title: String
        let alt: String
        let build: @Sendable () -> Figure
    }

    /// Runs the whole job; `progress` hears (done, total, file name) after each file, from
    /// whichever worker wrote it, one call at a time.
    /// `warning` hears, before anything is written, each user formula drawn with breaks.
    public func run(
        warning: (String) -> Void = { _ in }, progress: @escaping @Sendable (Int, Int, String) -> Void = { _, _, _ in }
    ) throws -> Summary {
        let language = options.language
        let strings = try options.templates.strings(for: language)
        let sections = options.includeReportFigures ? FigureSection.all : FigureSection.all.filter { options.sectionIDs.contains($0.id) }
        let jobs = try activationJobs(strings, warning: warning) + reportJobs(sections, strings)
        let seeds = options.includeReportFigures ? try SeedValues.builtIn() : nil
        // Without a font for its text Pango draws blank figures or crashes, and says nothing.
        // Each language names its fonts: Traditional Chinese wants the Taiwan glyph forms.
        var theme = Theme.named(options.theme)
        theme.fontFamily = strings("figure.font-family")
        try FontCoverage.check(
            FontRequirement.needed(theme: theme, texts: jobs.map(\.title) + strings.figureTexts),
            family: theme.fontFamily)
        let planned = plannedFiles(jobs)
        try OutputFolder.check(options.outputFolder, files: planned)
        // What earlier runs left is checked before the folder changes: a refused run writes nothing.
        var history = FolderHistory.empty
        if !options.replace {
            history = try FolderHistory.load(options.outputFolder)
            try history.check(jobs.map { ($0.id, $0.identity) }, files: planned, formats: options.formats, folder: options.outputFolder)
        }
        try OutputFolder.prepare(options.outputFolder, files: planned)
        let encoder = FigureEncoder(theme: theme, options: options.render)
        let formats = options.formats, folder = options.outputFolder
        // Each (figure, format) is drawn and written by a worker; the bytes never depend on
        // which, and the manifest below lists them in a fixed order. Every figure's first
        // format comes before any second one, so workers start on different figures instead
        // of waiting for one model, and the quicker SVGs even out the end.
        let figures = FigureCache(jobs, encoder: encoder)
        let work = formats.flatMap { format in
            jobs.indices.map { (index: $0, format: format, name: Self.fileName(jobs[$0], format)) }
        }
        let counter = ProgressCounter(total: work.count, report: progress)
        let encoded = try ParallelMap.map(work, workers: options.jobs) { item in
            let bytes = try encoder.encode(figures.drawing(item.index, for: item.format), as: item.format)
            try AtomicFile.write(bytes, to: folder.appendingPathComponent(item.name))
            counter.finished(item.name)
            return bytes
        }
        if let message = Self.fitWarning(jobs.indices.flatMap { i in formats.map { (jobs[i].id, figures.drawing(i, for: $0).fit) } }) {
            warning(message)
        }
        var files: [String: [Manifest.File]] = [:]
        var order: [Manifest.File] = []
        for (index, job) in jobs.enumerated() {
            let figure = figures.figure(index)
            for format in formats {
                let name = Self.fileName(job, format)
                let file = Manifest.File(
                    path: name, figure: job.id, identity: job.identity, title: job.title, alt: job.alt, format: format.rawValue,
                    width: Int(figure.size.width), height: Int(figure.size.height))
                files[job.id, default: []].append(file)
                order.append(file)
            }
        }
        let merged = history.merged(order)
        let manifest = Manifest(files: merged.files)
        var page: URL?
        if options.writePage {
            let url = options.outputFolder.appendingPathComponent("index.html")
            let inline =
                options.selfContained
                ? Self.dataURIs(order, bytes: Dictionary(uniqueKeysWithValues: zip(work.map(\.name), encoded)))
                    .merging(Self.dataURIs(earlierImages: merged.earlier, in: folder)) { new, _ in new }
                : [:]
            let context = PageContext(
                strings: strings, activations: options.activations, parameters: options.parameters, files: files,
                sections: sections, seeds: seeds,
                inlineImages: inline, inlineStyle: options.selfContained ? options.templates.stylesheet : nil,
                earlier: merged.earlier
            ).model()
            try AtomicFile.write(options.templates.renderPage(context), to: url)
            if !options.selfContained {
                try AtomicFile.write(options.templates.stylesheet, to: options.outputFolder.appendingPathComponent("style.css"))
            }
            page = url
        }
        let json = JSONEncoder()
        json.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try AtomicFile.write(Array(try json.encode(manifest)) + [10], to: options.outputFolder.appendingPathComponent("manifest.json"))
        return Summary(manifest: manifest, written: order.count, page: page)
    }

    /// One line for every figure drawn smaller than asked (`FigureFit`), or nil: a run warns
    /// once, naming the figures and what they gave up.
    static func fitWarning(_ fits: [(id: String, fit: FigureFit)]) -> String? {
        var ids: [String] = []
        var smallest = 1.0, crowded = false
        for (id, fit) in fits where fit.reduced {
            if !ids.contains(id) { ids.append(id) }
            smallest = min(smallest, fit.textScale)
            crowded = crowded || fit.stillCrowded
        }
        guard !ids.isEmpty else { return nil }
        let shown = ids.count > 4 ? ids.prefix(4).joined(separator: ", ") + " and \(ids.count - 4) more" : ids.joined(separator: ", ")
        let text = smallest < 1 ? "fewer tick labels and text at \(Int((smallest * 100).rounded())) %" : "fewer tick labels"
        let still = crowded ? "; some text still overlaps" : ""
        return "the text of \(shown) did not fit the figure size: drawn with \(text)\(still); a larger --width and --height "
            + "or a smaller --text-scale keeps it as asked"
    }

    /// The activations' figures. A user's formula is sampled here, once: its curves decide
    /// whether there is anything to draw (before any file is written) and are then drawn.
    private func activationJobs(_ strings: Strings, warning: (String) -> Void) throws -> [FigureJob] {
        try options.activations.map { a in
            var drawn = ActivationFigure(
                a, parameters: options.parameters[a.id], range: options.range,
                samples: options.samples, titles: .of(a, strings), size: options.size, typeScale: options.textScale)
            drawn.overlays = CatalogueOverlays.of(a, parameters: drawn.parameters, range: drawn.range, strings: strings)
            let figure = drawn
            var build: @Sendable () -> Figure = figure.figure
            if let custom = a as? ExpressionActivation {
                let sampled = figure.curves()
                if let message = try ExpressionCoverage.check(custom, figure: figure, sampled: sampled) { warning(message) }
                build = { figure.figure(sampled) }
            }
            return FigureJob(
                id: a.id, identity: .of(a), title: strings.figureTitle(a), alt: strings.figureAlt(a), build: build)
        }
    }

    private func reportJobs(_ sections: [FigureSection], _ strings: Strings) -> [FigureJob] {
        sections.flatMap(\.figures).map { f in
            FigureJob(
                id: f.id, identity: .report(f.id), title: f.title(strings), alt: f.title(strings),
                build: { [scale = options.textScale] in
                    var figure = f.model(strings)
                    figure.typeScale *= scale
                    // Each report figure is laid out for its own size at text scale 1: larger
                    // text (a slide) enlarges the figure with it, so its layout stays as designed.
                    if scale > 1 { figure.size = Size(width: figure.size.width * scale, height: figure.size.height * scale) }
                    return figure
                })
        }
    }

    /// Data URIs for the files the page shows (SVG where written, else PNG), keyed by path.
    static func dataURIs(_ files: [Manifest.File], bytes: [String: [UInt8]]) -> [String: String] {
        var result: [String: String] = [:]
        for file in files where file.format == "svg" || file.format == "png" {
            guard let data = bytes[file.path] else { continue }
            let type = file.format == "svg" ? "image/svg+xml" : "image/png"
            result[file.path] = "data:\(type);base64,\(Data(data).base64EncodedString())"
        }
        return result
    }

    /// Data URIs for the images the page shows of figures earlier runs left, read from the
    /// folder; one that cannot be read is linked instead.
    static func dataURIs(earlierImages figures: [[Manifest.File]], in folder: URL) -> [String: String] {
        var bytes: [String: [UInt8]] = [:]
        let shown = figures.compactMap(PageContext.shownImage)
        for file in shown {
            if let data = try? Data(contentsOf: folder.appendingPathComponent(file.path)) { bytes[file.path] = Array(data) }
        }
        return dataURIs(shown, bytes: bytes)
    }

    /// `<id>.<ext>`: flat names that slides and LaTeX can link to.
    private static func fileName(_ job: FigureJob, _ format: FigureFormat) -> String {
        "\(job.id).\(format.fileExtension)"
    }

    /// Every file the run will write, in the output folder, so all can be checked first.
    private func plannedFiles(_ jobs: [FigureJob]) -> [String] {
        jobs.flatMap { job in options.formats.map { Self.fileName(job, $0) } }
            + (options.writePage ? (options.selfContained ? ["index.html"] : ["index.html", "style.css"]) : [])
            + ["manifest.json"]
    }
}
