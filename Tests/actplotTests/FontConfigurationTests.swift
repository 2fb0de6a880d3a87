import Foundation
import Testing

/// The lean font configuration (`FontSetup`): a run whose text the named families cover reads
/// none of the system's configuration files, and draws exactly what the system's configuration
/// draws; any other run takes the system's.
@Suite("font configuration")
struct FontConfigurationTests {
    static let systemFile = "/etc/fonts/fonts.conf"
    static var hasSystemFile: Bool { FileManager.default.fileExists(atPath: systemFile) }

    /// fontconfig's own trace of the configuration files it reads (FC_DEBUG's config bit),
    /// which it prints on standard output.
    static let traceConfig = ["FC_DEBUG": "1024"]

    /// Every file `arguments` writes, by name, run with `environment`.
    static func draw(_ arguments: [String], environment: [String: String] = [:]) throws -> (ActplotProcess.Result, [String: Data]) {
        let out = ActplotProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try ActplotProcess.run(arguments + ["--out", out.path, "--no-report", "--quiet"], timeout: 120, environment: environment)
        var files: [String: Data] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? [] {
            files[name] = try Data(contentsOf: out.appendingPathComponent(name))
        }
        return (result, files)
    }

    static let languages = [["--lang", "en"], ["--lang", "zh"], ["--lang", "zh-TW"]]

    @Test("a stock run reads none of the system's configuration files", .enabled(if: hasSystemFile), arguments: languages)
    func stockRunIsLean(language: [String]) throws {
        let (result, files) = try Self.draw(["gelu"] + language, environment: Self.traceConfig)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(files.keys.sorted() == ["gelu.png", "gelu.svg", "manifest.json"])
        #expect(!result.stdout.contains("Loading config file"), "\(result.stdout.prefix(300))")
    }

    @Test(
        "the lean configuration draws byte for byte what the system's draws: PNG, SVG and PDF, italic and bold text",
        .enabled(if: hasSystemFile), arguments: languages)
    func leanDrawsAsSystem(language: [String]) throws {
        // GELU's labels hold an italic x and a prime; the dark theme and a slide preset change
        // every size. FONTCONFIG_FILE makes actplot load the configuration it names, whole.
        let arguments = ["gelu", "softsign", "--format", "png,svg,pdf", "--preset", "slide"] + language
        let (lean, leanFiles) = try Self.draw(arguments)
        let (system, systemFiles) = try Self.draw(arguments, environment: ["FONTCONFIG_FILE": Self.systemFile])
        #expect(lean.status == 0 && system.status == 0, "\(lean.stderr)\(system.stderr)")
        #expect(leanFiles.count == 7, "two figures in three formats, and the manifest")
        #expect(Set(leanFiles.keys) == Set(systemFiles.keys))
        for (name, bytes) in leanFiles {
            #expect(systemFiles[name] == bytes, "\(name) differs between the lean and the system configuration")
        }
    }

    @Test(
        "text the font check does not see draws as on the system's configuration too: scientific and π tick labels, a Chinese --name",
        .enabled(if: hasSystemFile),
        arguments: [
            ["gelu", "--range", "0:1e7", "--lang", "zh"], ["sigmoid", "--range=-1e-5:1e-5", "--lang", "zh-TW"],
            ["sigmoid", "--range=-1e-5:1e-5"], ["sinusoid", "--lang", "zh"], ["--expr", "x*x", "--name", "平方", "--lang", "zh"],
        ])
    func ticksDrawAsSystem(arguments: [String]) throws {
        // Superscript exponent digits (⁷, ⁻⁵), ×, π and −: Noto Sans CJK lacks some of them, and
        // the Chinese catalogues name DejaVu Sans after it for exactly these.
        let (lean, leanFiles) = try Self.draw(arguments + ["--format", "png,svg,pdf"])
        let (system, systemFiles) = try Self.draw(arguments + ["--format", "png,svg,pdf"], environment: ["FONTCONFIG_FILE": Self.systemFile])
        #expect(lean.status == 0 && system.status == 0, "\(lean.stderr)\(system.stderr)")
        #expect(leanFiles.count == 4 && leanFiles == systemFiles, "\(leanFiles.keys.sorted())")
    }

    @Test("a title with a character outside the named families loads the system's configuration and draws as it does", .enabled(if: hasSystemFile))
    func outsideCharacterTakesSystem() throws {
        // 𝔣 (U+1D523) is in neither DejaVu Sans nor Noto Sans CJK: Pango takes it from whatever
        // font the system's aliases prefer, or the run is refused, as before.
        let arguments = ["--expr", "x", "--name", "\u{1D523}", "--format", "png,svg"]
        let (lean, leanFiles) = try Self.draw(arguments, environment: Self.traceConfig)
        #expect(lean.stdout.contains("Loading config file from \(Self.systemFile)"), "\(lean.stdout.prefix(300))")
        let (system, systemFiles) = try Self.draw(arguments, environment: ["FONTCONFIG_FILE": Self.systemFile])
        #expect(lean.status == system.status, "\(lean.stderr)\(system.stderr)")
        #expect(leanFiles == systemFiles)
    }

    @Test("a catalogue naming other families is drawn in them, as the system's configuration draws it", .enabled(if: hasSystemFile))
    func otherFamilies() throws {
        // The built-in templates with an English catalogue that sets figures in DejaVu Serif.
        let builtIn = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../templates").standardizedFileURL
        let templates = ActplotProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: templates) }
        try FileManager.default.createDirectory(at: templates.appendingPathComponent("strings"), withIntermediateDirectories: true)
        for name in ["index.html.mustache", "style.css"] {
            try FileManager.default.copyItem(at: builtIn.appendingPathComponent(name), to: templates.appendingPathComponent(name))
        }
        let english = try String(contentsOf: builtIn.appendingPathComponent("strings/en.json"), encoding: .utf8)
        let serif = english.replacingOccurrences(
            of: #""figure.font-family": "DejaVu Sans, Noto Sans CJK SC, sans-serif""#, with: #""figure.font-family": "DejaVu Serif, sans-serif""#)
        #expect(serif != english, "the catalogue's font line changed")
        try Data(serif.utf8).write(to: templates.appendingPathComponent("strings/en.json"))

        let arguments = ["gelu", "--format", "svg,pdf", "--templates", templates.path]
        let (lean, leanFiles) = try Self.draw(arguments, environment: Self.traceConfig)
        #expect(lean.status == 0, "\(lean.stderr)")
        #expect(!lean.stdout.contains("Loading config file"), "\(lean.stdout.prefix(300))")
        let (_, systemFiles) = try Self.draw(arguments, environment: ["FONTCONFIG_FILE": Self.systemFile])
        #expect(leanFiles == systemFiles)
        let (_, sansFiles) = try Self.draw(["gelu", "--format", "svg,pdf"])
        #expect(leanFiles["gelu.svg"] != nil && leanFiles["gelu.svg"] != sansFiles["gelu.svg"], "drawn in DejaVu Sans all the same")
        let pdf = String(decoding: leanFiles["gelu.pdf"] ?? Data(), as: UTF8.self)
        #expect(pdf.contains("DejaVuSerif") && !pdf.contains("DejaVuSans"), "the PDF embeds the serif face only")
    }
}
