import ActivationMath
import Foundation
import Testing

@testable import Report

@Suite("Report builder")
struct ReportBuilderTests {
    func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("actplot-report-\(UUID().uuidString)")
    }

    @Test("the page names both images and the manifest lists every file", arguments: [Language.en, .zh])
    func pageAndManifest(language: Language) throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let options = ReportOptions(
            outputFolder: folder, activations: [Sigmoid()], templates: try .builtIn(), language: language, samples: 200)
        let summary = try ReportBuilder(options: options).run()
        let html = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(html.contains("src=\"sigmoid.svg\""))
        #expect(html.contains("href=\"sigmoid.png\""))
        #expect(html.contains(language == .en ? "lang=\"en\"" : "lang=\"zh-CN\""))
        #expect(
            summary.manifest.files.map(\.path) == [
                "sigmoid.png", "sigmoid.svg", "sigmoid.narrow.svg", "sigmoid.dark.svg", "sigmoid.narrow.dark.svg", "sigmoid.print.svg",
            ])
        #expect(summary.manifest.files.map(\.variant) == [nil, nil, "narrow", "dark", "narrow.dark", "print"])
        // Tick labels of 14.5 units: 9.4 CSS px when a 540-unit narrow figure fills a phone's 350 px.
        #expect(summary.manifest.files.allSatisfy { ($0.tickLabelPixels ?? 0) >= 14 })
        #expect(html.contains(#"<source media="(max-width: 793px)" srcset="sigmoid.narrow.svg">"#))
        #expect(html.contains(#"<source media="print" srcset="sigmoid.print.svg">"#))
        let manifest = try JSONDecoder().decode(
            Manifest.self, from: Data(contentsOf: folder.appendingPathComponent("manifest.json")))
        #expect(manifest == summary.manifest)
        // pdflatex reads no SVG: without a PDF the LaTeX snippet of every file names the PNG.
        #expect(
            manifest.files[1].embed.latex
                == "\\includegraphics[width=\\linewidth]{sigmoid.png} % a vector figure: run actplot sigmoid again with --format pdf")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("style.css").path))
    }

    @Test("an activation drawn with other parameters is described with them, not the defaults", arguments: [Language.en, .zh])
    func userParameters(language: Language) throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let leaky = LeakyReLU(), hardTanh = HardTanh()
        var alpha = leaky.defaultParameters, bounds = hardTanh.defaultParameters
        alpha[LeakyReLU.alpha] = 0.2
        bounds[HardTanh.min] = -2
        let options = ReportOptions(
            outputFolder: folder, activations: [leaky, hardTanh, Sigmoid()], templates: try .builtIn(),
            parameters: [leaky.id: alpha, hardTanh.id: bounds], formats: [.svg], language: language, samples: 100)
        _ = try ReportBuilder(options: options).run()
        let html = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        let en = language == .en
        #expect(html.contains(en ? "alpha = 0.2 (default 0.01)" : "alpha = 0.2（默认 0.01）"))
        #expect(html.contains("f′(0) = 0.2"), "the kink's derivative follows alpha")
        #expect(html.contains(en ? "min = −2 (default −1), max = 1" : "min = −2（默认 −1），max = 1"))
        #expect(html.contains(en ? "f′(−2) = 0, f′(1) = 0" : "f′(−2) = 0，f′(1) = 0"))
        // The catalogue's ranges hold for the defaults: qualified for the two changed entries only.
        let qualifier = en ? "with the default parameters" : "（默认参数时）"
        #expect(html.components(separatedBy: qualifier).count - 1 == 4)
        // Hard tanh's formula names its bounds instead of printing the default −1 and 1.
        let hardTanhFormula = MathMLWriter.markup(hardTanh.formula.value)
        #expect(!hardTanhFormula.contains("<mn>1</mn>"))
        #expect(hardTanhFormula.contains("<mtext>max</mtext>"))
    }

    @Test("a template with a syntax error is named with its line")
    func badTemplate() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "<p>\n{{#open}}\n".write(to: folder.appendingPathComponent("index.html.mustache"), atomically: true, encoding: .utf8)
        try "".write(to: folder.appendingPathComponent("style.css"), atomically: true, encoding: .utf8)
        #expect {
            try TemplateSet.load(from: folder)
        } throws: { error in
            guard case TemplateError.syntax(let file, _, _) = error else { return false }
            return file.hasSuffix("index.html.mustache")
        }
    }

    @Test("the output folder cannot be a file")
    func outputIsFile() throws {
        let file = temporaryFolder()
        try Data("x".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let options = ReportOptions(outputFolder: file, activations: [Sigmoid()], templates: try .builtIn())
        #expect(throws: OutputError.self) { try ReportBuilder(options: options).run() }
    }
}
