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
        #expect(summary.manifest.files.map(\.path) == ["sigmoid.png", "sigmoid.svg"])
        let manifest = try JSONDecoder().decode(
            Manifest.self, from: Data(contentsOf: folder.appendingPathComponent("manifest.json")))
        #expect(manifest == summary.manifest)
        #expect(manifest.files[0].embed.latex == "\\includegraphics[width=\\linewidth]{sigmoid.png}")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("style.css").path))
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
