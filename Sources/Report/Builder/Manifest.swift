import Charts

/// `manifest.json`: every file a run wrote, with snippets to embed it elsewhere.
public struct Manifest: Codable, Sendable, Equatable {
    /// One written file.
    public struct File: Codable, Sendable, Equatable {
        /// Ready-made snippets, so users can paste a figure into notes, pages and papers.
        public struct Embed: Codable, Sendable, Equatable {
            /// `![title](path)` of the figure's SVG or PNG; a plain link where it has only a PDF.
            public var markdown: String
            /// `<figure>` with an `<img>` of the figure's SVG or PNG and a caption; a plain link
            /// where it has only a PDF.
            public var html: String
            /// `\includegraphics` of the figure's PDF, else its PNG; with a comment on drawing the
            /// PDF where there is none.
            public var latex: String
        }

        /// Path relative to the output folder.
        public var path: String
        /// The figure id (activation id or report figure id).
        public var figure: String
        /// What the figure is, so a later run into the folder knows which files it may replace.
        public var identity: FigureIdentity
        /// Human title in the run's language.
        public var title: String
        /// Text alternative for the image, in the run's language.
        public var alt: String
        /// File format.
        public var format: String
        /// Width in pixels at scale 1.
        public var width: Int
        /// Height in pixels at scale 1.
        public var height: Int
        /// Embedding snippets.
        public var embed: Embed
        /// For a file drawn only for the page, which version it is (`narrow`, `dark`,
        /// `narrow.dark`, `print`); nil for the figure's own file.
        public var variant: String?
        /// The size of the tick labels in pixels at the file's natural size, so a page or a
        /// test can tell how large they show when the image is scaled.
        public var tickLabelPixels: Double?

        /// An entry with snippets derived from the path and title; `alt` defaults to the title.
        public init(
            path: String, figure: String, identity: FigureIdentity, title: String, alt: String? = nil,
            format: String, width: Int, height: Int
        ) {
            self.path = path
            self.figure = figure
            self.identity = identity
            self.title = title
            self.alt = alt ?? title
            self.format = format
            self.width = width
            self.height = height
            embed = Embed(markdown: "", html: "", latex: "")
            embed = snippets(own: [format: path])
        }

        /// Snippets for this file, given `own`, the paths of its figure's own files by format.
        /// Each names a file its tool reads: Markdown and HTML an image a browser shows (this
        /// file if it is SVG or PNG, else the figure's SVG or PNG), never a PDF, which no browser
        /// shows as an image; LaTeX the figure's PDF, since pdflatex reads no SVG, else its PNG,
        /// else the PDF a run with `--format pdf` writes, with a comment saying so.
        func snippets(own: [String: String]) -> Embed {
            let image = format == "svg" || format == "png" ? path : own["svg"] ?? own["png"]
            let text = Self.markdownText(title), alt = escapeXML(title)
            let include = { (file: String) in "\\includegraphics[width=\\linewidth]{\(file)}" }
            let latex: String
            if let pdf = own["pdf"] {
                latex = include(pdf)
            } else if let png = own["png"] {
                latex = include(png) + " % a vector figure: \(pdfCommand)"
            } else {
                latex = "% pdflatex reads no SVG: \(pdfCommand)\n" + include("\(figure).pdf")
            }
            return Embed(
                markdown: image.map { "![\(text)](\($0))" } ?? "[\(text)](\(path))",
                html: image.map {
                    "<figure><img src=\"\(escapeXML($0))\" width=\"\(width)\" height=\"\(height)\" alt=\"\(alt)\"><figcaption>\(alt)</figcaption></figure>"
                } ?? "<a href=\"\(escapeXML(path))\">\(alt)</a>",
                latex: latex)
        }

        /// How to get this figure's PDF, for a LaTeX comment: the run again with `--format pdf`
        /// (its other options kept, so the figure is drawn the same).
        var pdfCommand: String {
            switch identity.kind {
            case .activation: "run actplot \(identity.id ?? figure) again with --format pdf"
            case .report: "run actplot --all again with --format pdf"
            case .expression: "run the actplot --expr command again with --format pdf"
            }
        }

        /// `text` with a backslash before every character Markdown would read as syntax or
        /// markup, so a title such as `<script>` stays text in any renderer. By Unicode scalar,
        /// since a `<` followed by a combining mark is one `Character` that equals no `"<"`.
        static func markdownText(_ text: String) -> String {
            // The characters are ASCII, and in UTF-8 an ASCII byte is always a whole scalar.
            let syntax: [UInt8] = Array("\\`*_[]<>&!".utf8)
            guard text.utf8.contains(where: { syntax.contains($0) }) else { return text }
            var out: [UInt8] = []
            out.reserveCapacity(text.utf8.count + 8)
            for byte in text.utf8 {
                if syntax.contains(byte) { out.append(UInt8(ascii: "\\")) }
                out.append(byte)
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The files, in the order written.
    public var files: [File]

    /// `files` with every snippet naming the best file of its figure among all those listed,
    /// this run's and earlier runs': a PDF an earlier run left serves this run's LaTeX snippet.
    static func withEmbeds(_ files: [File]) -> [File] {
        var own: [String: [String: String]] = [:]
        for file in files where file.variant == nil && own[file.figure]?[file.format] == nil {
            own[file.figure, default: [:]][file.format] = file.path
        }
        return files.map { file in
            var file = file
            file.embed = file.snippets(own: own[file.figure] ?? [file.format: file.path])
            return file
        }
    }
}

extension Manifest.File {
    /// An entry with every field as given, as a reader found it.
    init(
        path: String, figure: String, identity: FigureIdentity, title: String, alt: String, format: String, width: Int,
        height: Int, embed: Embed, variant: String?, tickLabelPixels: Double?
    ) {
        self.path = path
        self.figure = figure
        self.identity = identity
        self.title = title
        self.alt = alt
        self.format = format
        self.width = width
        self.height = height
        self.embed = embed
        self.variant = variant
        self.tickLabelPixels = tickLabelPixels
    }

    /// Reads an entry; one written before entries recorded their identity and alt text gets
    /// the identity its figure id most likely meant and its title as alt text.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        path = try c.decode(String.self, forKey: .path)
        figure = try c.decode(String.self, forKey: .figure)
        title = try c.decode(String.self, forKey: .title)
        format = try c.decode(String.self, forKey: .format)
        width = try c.decode(Int.self, forKey: .width)
        height = try c.decode(Int.self, forKey: .height)
        embed = try c.decode(Embed.self, forKey: .embed)
        alt = try c.decodeIfPresent(String.self, forKey: .alt) ?? title
        variant = try c.decodeIfPresent(String.self, forKey: .variant)
        tickLabelPixels = try c.decodeIfPresent(Double.self, forKey: .tickLabelPixels)
        identity =
            try c.decodeIfPresent(FigureIdentity.self, forKey: .identity)
            ?? FigureIdentity.inferred(figure: figure, title: title)
    }
}
