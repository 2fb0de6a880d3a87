import ActivationMath
import Foundation
import Testing

@testable import Report

/// The page's math font (written beside the page, inlined into a self-contained one, left out
/// when missing), the properties split into tables that fit a laptop, and the manifest's
/// snippets naming files their tools read.
@Suite("page font, properties tables and embedding snippets")
struct PageFontAndEmbedTests {
    func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("actplot-font-\(UUID().uuidString)")
    }

    /// A stand-in for the font: OpenType's "OTTO" signature and some bytes, so the tests do not
    /// depend on fonts-lmodern being installed.
    func fakeFont(in folder: URL) throws -> (path: String, bytes: [UInt8]) {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let bytes = Array("OTTO".utf8) + (0..<200).map { UInt8($0) }
        let url = folder.appendingPathComponent("fake-math.otf")
        try Data(bytes).write(to: url)
        return (url.path, bytes)
    }

    func options(_ out: URL, font: [String]) throws -> ReportOptions {
        var options = ReportOptions(outputFolder: out, activations: [Sigmoid()], templates: try .builtIn(), formats: [.svg], samples: 100)
        options.mathFontPaths = font
        return options
    }

    @Test("the math font is written beside the page, its rule opens the stylesheet and the policy allows it")
    func fontBesidePage() throws {
        let folder = temporaryFolder(), out = folder.appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: folder) }
        let font = try fakeFont(in: folder)
        var warnings: [String] = []
        _ = try ReportBuilder(options: options(out, font: ["/nonexistent/font.otf", font.path])).run(warning: { warnings.append($0) })
        #expect(warnings.isEmpty)
        let written = try Data(contentsOf: out.appendingPathComponent(MathFont.fileName))
        #expect(Array(written) == font.bytes)
        let css = try String(contentsOf: out.appendingPathComponent("style.css"), encoding: .utf8)
        #expect(css.hasPrefix(#"@font-face { font-family: "Latin Modern Math"; src: url("latinmodern-math.otf") format("opentype");"#))
        #expect(css.contains(#"math { font-family: "Latin Modern Math", "DejaVu Sans", math;"#))
        let html = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(html.contains("font-src 'self' data:"))
        // A second run into the folder rewrites the font as one of the page's own files.
        _ = try ReportBuilder(options: options(out, font: [font.path])).run()
    }

    @Test("without the font the page is written without it, after one warning")
    func fontMissing() throws {
        let out = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        var warnings: [String] = []
        _ = try ReportBuilder(options: options(out, font: ["/nonexistent/font.otf"])).run(warning: { warnings.append($0) })
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("fonts-lmodern") == true)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(MathFont.fileName).path))
        let css = try String(contentsOf: out.appendingPathComponent("style.css"), encoding: .utf8)
        #expect(!css.contains("@font-face {"))
    }

    @Test("a self-contained page carries the font as a data URI and writes no font file")
    func fontInline() throws {
        let folder = temporaryFolder(), out = folder.appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: folder) }
        let font = try fakeFont(in: folder)
        var options = try options(out, font: [font.path])
        options.selfContained = true
        _ = try ReportBuilder(options: options).run()
        let html = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(html.contains("src: url(\"data:font/otf;base64,\(Data(font.bytes).base64EncodedString())\")"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(MathFont.fileName).path))
    }

    @Test("a file that is not a font is passed over, and a stylesheet that does not name the font gets neither file nor rule")
    func fontChoice() throws {
        let folder = temporaryFolder(), out = folder.appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: folder) }
        let font = try fakeFont(in: folder)
        let text = folder.appendingPathComponent("notes.otf")
        try Data("not a font".utf8).write(to: text)
        #expect(MathFont.find(in: [text.path, folder.path, font.path])?.path == font.path)
        #expect(MathFont.find(in: [text.path]) == nil)

        let builtIn = try TemplateSet.builtIn()
        var options = try options(out, font: [font.path])
        options.templates = try TemplateSet(files: ["index.html.mustache": builtIn.page, "style.css": "body { color: black; }"], origin: "test")
        var warnings: [String] = []
        _ = try ReportBuilder(options: options).run(warning: { warnings.append($0) })
        #expect(warnings.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(MathFont.fileName).path))
        #expect(try String(contentsOf: out.appendingPathComponent("style.css"), encoding: .utf8) == "body { color: black; }")
    }

    @Test("the properties are split into tables that each start with the name, every column in one of them", arguments: Language.allCases)
    func propertiesTables(language: Language) throws {
        let strings = try StringCatalogue.builtIn(language)
        let headers = PropertiesTable.headers(strings)
        let tables = PropertiesTable.tables(strings, rows: PropertiesTable.rows(strings))
        #expect(tables.count == 3)
        #expect(tables.allSatisfy { $0.headers.first == headers[0] && !$0.caption.isEmpty })
        #expect(tables.flatMap { $0.headers.dropFirst() }.sorted() == headers.dropFirst().sorted())
        for table in tables {
            #expect(table.rows.count == Catalogue.all.count)
            for row in table.rows {
                #expect(row.cells.count + 1 == table.headers.count)
                #expect(row.cells.map(\.label) == Array(table.headers.dropFirst()))
                #expect(row.cells.allSatisfy { ($0.text == nil) != ($0.math == nil) })
            }
        }
    }

    func file(_ path: String, _ format: String, identity: FigureIdentity = .activation("relu")) -> Manifest.File {
        Manifest.File(path: path, figure: "relu", identity: identity, title: "ReLU <1>", format: format, width: 1200, height: 480)
    }

    @Test("LaTeX snippets name the PDF, Markdown and HTML an SVG or PNG, never a PDF")
    func embeds() {
        let all = Manifest.withEmbeds([file("relu.png", "png"), file("relu.svg", "svg"), file("relu.pdf", "pdf")])
        #expect(all.allSatisfy { $0.embed.latex == "\\includegraphics[width=\\linewidth]{relu.pdf}" })
        #expect(all.map(\.embed.markdown) == ["![ReLU \\<1\\>](relu.png)", "![ReLU \\<1\\>](relu.svg)", "![ReLU \\<1\\>](relu.svg)"])
        #expect(all[2].embed.html.contains("<img src=\"relu.svg\""))

        let pdfOnly = Manifest.withEmbeds([file("relu.pdf", "pdf")])[0].embed
        #expect(pdfOnly.markdown == "[ReLU \\<1\\>](relu.pdf)")
        #expect(pdfOnly.html == "<a href=\"relu.pdf\">ReLU &lt;1&gt;</a>")

        let svgOnly = Manifest.withEmbeds([file("relu.svg", "svg")])[0].embed
        #expect(
            svgOnly.latex == "% pdflatex reads no SVG: run actplot relu again with --format pdf\n\\includegraphics[width=\\linewidth]{relu.pdf}")
        let expression = FigureIdentity(kind: .expression, expression: "x", name: "relu")
        #expect(file("relu.svg", "svg", identity: expression).embed.latex.hasPrefix("% pdflatex reads no SVG: run the actplot --expr command again"))
        #expect(file("relu.svg", "svg", identity: .report("relu")).embed.latex.hasPrefix("% pdflatex reads no SVG: run actplot --all again"))
    }
}
