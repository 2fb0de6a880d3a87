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

    /// Runs the whole job; `progress` hears (done, total, file name) after each file.
    public func run(progress: (Int, Int, String) -> Void = { _, _, _ in }) throws -> Summary {
        try Self.makeFolder(options.outputFolder)
        let encoder = FigureEncoder(theme: .named(options.theme), options: options.render)
        let total = options.activations.count * options.formats.count
        let options = self.options
        let models = try ParallelMap.map(options.activations, workers: options.jobs) { activation in
            ActivationFigure(
                activation, parameters: options.parameters[activation.id], range: options.range,
                samples: options.samples, language: options.language, size: options.size
            ).figure()
        }
        // Every (figure, format) is drawn to bytes at once, then written in a fixed order.
        let jobs = models.indices.flatMap { i in options.formats.map { (figure: i, format: $0) } }
        let encoded = try ParallelMap.map(jobs, workers: options.jobs) { try encoder.encode(models[$0.figure], as: $0.format) }
        var files: [Manifest.File] = []
        var sections: [[String: Any]] = []
        for (index, activation) in options.activations.enumerated() {
            let title = Self.figureTitle(activation, options.language)
            var written: [Manifest.File] = []
            for (k, format) in options.formats.enumerated() {
                let name = "\(activation.id).\(format.fileExtension)"
                try AtomicFile.write(encoded[index * options.formats.count + k], to: options.outputFolder.appendingPathComponent(name))
                written.append(Manifest.File(
                    path: name, figure: activation.id, title: title, format: format.rawValue,
                    width: Int(options.size.width), height: Int(options.size.height)))
                progress(files.count + written.count, total, name)
            }
            files += written
            sections.append(PageText.section(activation, files: written, language: options.language))
        }
        let manifest = Manifest(files: files)
        var page: URL?
        if options.writePage {
            let url = options.outputFolder.appendingPathComponent("index.html")
            let context = PageText.page(sections: sections, language: options.language)
            try AtomicFile.write(options.templates.renderPage(context), to: url)
            try AtomicFile.write(options.templates.stylesheet, to: options.outputFolder.appendingPathComponent("style.css"))
            page = url
        }
        let encoderJSON = JSONEncoder()
        encoderJSON.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try AtomicFile.write(Array(try encoderJSON.encode(manifest)) + [10], to: options.outputFolder.appendingPathComponent("manifest.json"))
        return Summary(manifest: manifest, page: page)
    }

    /// "Sigmoid: function and derivative" in the run's language.
    static func figureTitle(_ activation: any Activation, _ language: Language) -> String {
        let name = activation.name[language]
        switch language {
        case .en: return "\(name): function and derivative"
        case .zh: return "\(name) 函数图像与导数图像"
        }
    }

    /// Creates the output folder, refusing a path that is a file.
    static func makeFolder(_ url: URL) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            if !isDirectory.boolValue { throw OutputError.cannotCreateFolder(path: url.path, reason: "it is a file") }
            return
        }
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw OutputError.cannotCreateFolder(path: url.path, reason: AtomicFile.reason(error))
        }
    }
}
