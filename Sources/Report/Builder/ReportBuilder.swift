import ActivationMath
import Charts
import Foundation

/// Draws the requested figures, writes them, and writes the page and manifest that list them.
public struct ReportBuilder {
    /// What to do.
    public let options: ReportOptions

    /// A builder for `options`.
    public init(options: ReportOptions) { self.options = options }

    /// What a run wrote.
    public struct Summary: Sendable {
        /// Every file written, as listed in the manifest.
        public var manifest: Manifest
        /// The page, if one was written.
        public var page: URL?
    }

    /// One figure to draw, in every requested format; built on a worker, since sampling and
    /// the report's simulations cost as much as drawing.
    struct FigureJob: Sendable {
        let id: String
        let title: String
        let build: @Sendable () -> Figure
    }

    /// Runs the whole job; `progress` hears (done, total, file name) after each file.
    public func run(progress: (Int, Int, String) -> Void = { _, _, _ in }) throws -> Summary {
        let language = options.language
        let jobs = activationJobs() + (options.includeReportFigures ? reportJobs() : [])
        let seeds = options.includeReportFigures ? try SeedValues.builtIn() : nil
        try OutputFolder.prepare(options.outputFolder, files: plannedFiles(jobs))
        let encoder = FigureEncoder(theme: .named(options.theme), options: options.render)
        let figures = try ParallelMap.map(jobs, workers: options.jobs) { $0.build() }
        // Every (figure, format) is drawn to bytes at once, then written in a fixed order, so the
        // bytes and the manifest do not depend on the number of workers.
        let formats = options.formats
        let work = figures.flatMap { figure in formats.map { (figure: figure, format: $0) } }
        let encoded = try ParallelMap.map(work, workers: options.jobs) { try encoder.encode($0.figure, as: $0.format) }
        let total = jobs.count * options.formats.count
        var files: [String: [Manifest.File]] = [:]
        var order: [Manifest.File] = []
        for (job, figure) in zip(jobs, figures) {
            for format in options.formats {
                let name = "\(job.id).\(format.fileExtension)"
                try AtomicFile.write(encoded[order.count], to: options.outputFolder.appendingPathComponent(name))
                let file = Manifest.File(
                    path: name, figure: job.id, title: job.title, format: format.rawValue,
                    width: Int(figure.size.width), height: Int(figure.size.height))
                files[job.id, default: []].append(file)
                order.append(file)
                progress(order.count, total, name)
            }
        }
        let manifest = Manifest(files: order)
        var page: URL?
        if options.writePage {
            let url = options.outputFolder.appendingPathComponent("index.html")
            let inline = options.selfContained
                ? Self.dataURIs(order, bytes: Dictionary(uniqueKeysWithValues: zip(order.map(\.path), encoded)))
                : [:]
            let context = PageContext(
                language: language, activations: options.activations, files: files,
                sections: options.includeReportFigures ? FigureSection.all : [], seeds: seeds,
                inlineImages: inline, inlineStyle: options.selfContained ? options.templates.stylesheet : nil
            ).dictionary()
            try AtomicFile.write(options.templates.renderPage(context), to: url)
            if !options.selfContained {
                try AtomicFile.write(options.templates.stylesheet, to: options.outputFolder.appendingPathComponent("style.css"))
            }
            page = url
        }
        let json = JSONEncoder()
        json.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try AtomicFile.write(Array(try json.encode(manifest)) + [10], to: options.outputFolder.appendingPathComponent("manifest.json"))
        return Summary(manifest: manifest, page: page)
    }

    private func activationJobs() -> [FigureJob] {
        options.activations.map { a in
            let figure = ActivationFigure(
                a, parameters: options.parameters[a.id], range: options.range,
                samples: options.samples, language: options.language, size: options.size)
            return FigureJob(id: a.id, title: PageContext.figureTitle(a, options.language), build: figure.figure)
        }
    }

    private func reportJobs() -> [FigureJob] {
        let language = options.language
        return FigureSection.all.flatMap(\.figures).map { f in
            FigureJob(id: f.id, title: f.title[language], build: { f.build(language) })
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

    /// Every file the run will write, in the output folder, so all can be checked first.
    private func plannedFiles(_ jobs: [FigureJob]) -> [String] {
        jobs.flatMap { job in options.formats.map { "\(job.id).\($0.fileExtension)" } }
            + (options.writePage ? (options.selfContained ? ["index.html"] : ["index.html", "style.css"]) : [])
            + ["manifest.json"]
    }
}
