import Charts

/// `manifest.json`: every file a run wrote, with snippets to embed it elsewhere.
public struct Manifest: Codable, Sendable, Equatable {
    /// One written file.
    public struct File: Codable, Sendable, Equatable {
        /// Ready-made snippets, so users can paste a figure into notes, pages and papers.
        public struct Embed: Codable, Sendable, Equatable {
            /// `![title](path)`
            public var markdown: String
            /// `<figure>` with an `<img>` and caption.
            public var html: String
            /// `\includegraphics` line.
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
            let alt = escapeXML(title)
            embed = Embed(
                markdown: "![\(Self.markdownText(title))](\(path))",
                html:
                    "<figure><img src=\"\(escapeXML(path))\" width=\"\(width)\" height=\"\(height)\" alt=\"\(alt)\"><figcaption>\(alt)</figcaption></figure>",
                latex: "\\includegraphics[width=\\linewidth]{\(path)}")
        }

        /// `text` with a backslash before every character Markdown would read as syntax or
        /// markup, so a title such as `<script>` stays text in any renderer. By Unicode scalar,
        /// since a `<` followed by a combining mark is one `Character` that equals no `"<"`.
        static func markdownText(_ text: String) -> String {
            var out = ""
            for scalar in text.unicodeScalars {
                if "\\`*_[]<>&!".unicodeScalars.contains(scalar) { out.unicodeScalars.append("\\") }
                out.unicodeScalars.append(scalar)
            }
            return out
        }
    }

    /// The files, in the order written.
    public var files: [File]
}

extension Manifest.File {
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
        identity =
            try c.decodeIfPresent(FigureIdentity.self, forKey: .identity)
            ?? FigureIdentity.inferred(figure: figure, title: title)
    }
}
