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
        /// Made by the first worker that needs it (see `Deferred`).
        let deferredAlt: Deferred<String>
        let build: @Sendable () -> Figure

        /// The figure's text alternative.
        var alt: String { deferredAlt.value }
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
        // Before anything is drawn or written: Cairo and Pango load on first use.
        try GraphicsLibraries.load()
        // Without a font for its text Pango draws blank figures or crashes, and says nothing.
        // Each language names its fonts: Traditional Chinese wants the Taiwan glyph forms.
        var theme = Theme.named(options.theme)
        theme.fontFamily = strings("figure.font-family")
        try FontCoverage.check(
            FontRequirement.needed(theme: theme, texts: jobs.map(\.title) + strings.figureTexts),
            family: theme.fontFamily)
        // The formulas' font, where the page's stylesheet names it: written beside a linked page,
        // inlined into a self-contained one. Without it the page still works, in other fonts.
        let wantsMathFont = options.writePage && MathFont.isNamed(in: options.templates.stylesheet)
        let mathFont = wantsMathFont ? MathFont.find(in: options.mathFontPaths) : nil
        if wantsMathFont, mathFont == nil { warning(MathFont.missingWarning) }
        // The page's own versions of each figure: stacked for phones, dark, print; drawn in the
        // format the page shows.
        let pageFormat: FigureFormat? =
            options.writePage ? (options.formats.contains(.svg) ? .svg : options.formats.contains(.png) ? .png : nil) : nil
        let variants: [(variant: PageVariant, theme: Theme.Name)] =
            pageFormat == nil ? [] : PageVariant.allCases.compactMap { v in v.theme(main: options.theme).map { (v, $0) } }
        let variantFiles = pageFormat.map { format in variants.flatMap { v in jobs.map { v.variant.fileName($0.id, format) } } } ?? []
        let planned = plannedFiles(jobs, mathFont: mathFont != nil) + variantFiles
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
        // Cache 0 draws the figures as asked; one more per page variant, in its theme and layout.
        let caches =
            [(variant: PageVariant?.none, cache: figures)]
            + variants.map { v in
                var variantTheme = Theme.named(v.theme)
                variantTheme.fontFamily = theme.fontFamily
                let restyled = jobs.map { job in
                    FigureJob(
                        id: job.id, identity: job.identity, title: job.title, deferredAlt: job.deferredAlt,
                        build: { [layout = v.variant] in layout.layout(job.build()) })
                }
                return (PageVariant?.some(v.variant), FigureCache(restyled, encoder: FigureEncoder(theme: variantTheme, options: options.render)))
            }
        var work = formats.flatMap { format in
            jobs.indices.map { (cache: 0, index: $0, format: format, name: Self.fileName(jobs[$0], format)) }
        }
        if let pageFormat {
            for c in caches.indices.dropFirst() {
                guard let variant = caches[c].variant else { continue }
                work += jobs.indices.map { (cache: c, index: $0, format: pageFormat, name: variant.fileName(jobs[$0].id, pageFormat)) }
            }
        }
        let counter = ProgressCounter(total: work.count, report: progress)
        let encoded = try ParallelMap.map(work, workers: options.jobs) { item in
            let cache = caches[item.cache].cache
            let bytes = try cache.encoder.encode(cache.drawing(item.index, for: item.format), as: item.format)
            try AtomicFile.write(bytes, to: folder.appendingPathComponent(item.name))
            counter.finished(item.name)
            return bytes
        }
        if let message = Self.fitWarning(jobs.indices.flatMap { i in formats.map { (jobs[i].id, figures.drawing(i, for: $0).fit) } }) {
            warning(message)
        }
        var files: [String: [Manifest.File]] = [:]
        var order: [Manifest.File] = []
        for item in work {
            let job = jobs[item.index], cache = caches[item.cache]
            let figure = cache.cache.figure(item.index)
            let drawing = cache.cache.drawing(item.index, for: item.format)
            var file = Manifest.File(
                path: item.name, figure: job.id, identity: job.identity, title: job.title, alt: job.alt, format: item.format.rawValue,
                width: Int(figure.size.width), height: Int(figure.size.height))
            file.variant = cache.variant?.rawValue
            // Tick labels as drawn: the theme's size, the figure's text scale, and any shrinking to fit.
            let pixels = cache.cache.encoder.theme.tickSize * figure.typeScale * drawing.fit.textScale
            file.tickLabelPixels = (pixels * 100).rounded() / 100
            files[job.id, default: []].append(file)
            order.append(file)
        }
        // A figure's own files first, then its page variants, figure by figure.
        let rank = Dictionary(uniqueKeysWithValues: jobs.enumerated().map { ($1.id, $0) })
        order = order.enumerated().sorted { a, b in
            let ra = rank[a.element.figure] ?? 0, rb = rank[b.element.figure] ?? 0
            return ra != rb ? ra < rb : a.offset < b.offset
        }.map(\.element)
        let merged = history.merged(order)
        let manifest = Manifest(files: Manifest.withEmbeds(merged.files))
        var page: URL?
        if options.writePage {
            let url = options.outputFolder.appendingPathComponent("index.html")
            let inline =
                options.selfContained
                ? Self.dataURIs(order, bytes: Dictionary(uniqueKeysWithValues: zip(work.map(\.name), encoded)))
                    .merging(Self.dataURIs(earlierImages: merged.earlier, in: folder)) { new, _ in new }
                : [:]
            // The font's rule opens the stylesheet, naming the file beside it or, inline, a data URI.
            let fontFace = mathFont.map { MathFont.fontFace(source: options.selfContained ? $0.dataURI : MathFont.fileName) } ?? ""
            let stylesheet = fontFace + options.templates.stylesheet
            let context = PageContext(
                strings: strings, activations: options.activations, parameters: options.parameters, files: files,
                sections: sections, seeds: seeds,
                inlineImages: inline, inlineStyle: options.selfContained ? stylesheet : nil,
                earlier: merged.earlier
            ).model()
            try AtomicFile.write(options.templates.renderPage(context), to: url)
            if !options.selfContained {
                // The font before the stylesheet that names it.
                if let mathFont { try AtomicFile.write(mathFont.bytes, to: options.outputFolder.appendingPathComponent(MathFont.fileName)) }
                try AtomicFile.write(stylesheet, to: options.outputFolder.appendingPathComponent("style.css"))
            }
            page = url
        }
        try AtomicFile.write(try ManifestJSON.bytes(manifest) + [10], to: options.outputFolder.appendingPathComponent("manifest.json"))
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
            var alt = Deferred { strings.figureAlt(a, figure: figure) }
            if let custom = a as? ExpressionActivation {
                let sampled = figure.curves()
                if let message = try ExpressionCoverage.check(custom, figure: figure, sampled: sampled) { warning(message) }
                build = { figure.figure(sampled) }
                // A formula's alt text tells the jumps and gaps found in the curves drawn.
                alt = Deferred { strings.figureAlt(a, figure: figure, sampled: sampled) }
            }
            return FigureJob(id: a.id, identity: .of(a), title: strings.figureTitle(a), deferredAlt: alt, build: build)
        }
    }

    private func reportJobs(_ sections: [FigureSection], _ strings: Strings) -> [FigureJob] {
        sections.flatMap(\.figures).map { f in
            FigureJob(
                id: f.id, identity: .report(f.id), title: f.title(strings), deferredAlt: Deferred(made: f.alt(strings)),
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
    /// `mathFont`: whether the font is written beside a linked page.
    private func plannedFiles(_ jobs: [FigureJob], mathFont: Bool) -> [String] {
        jobs.flatMap { job in options.formats.map { Self.fileName(job, $0) } }
            + (options.writePage ? (options.selfContained ? ["index.html"] : ["index.html", "style.css"]) : [])
            + (options.writePage && !options.selfContained && mathFont ? [MathFont.fileName] : [])
            + ["manifest.json"]
    }
}
