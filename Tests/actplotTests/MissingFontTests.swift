import Foundation
import Testing

/// Runs in a fontconfig world of the test's making (`FONTCONFIG_FILE`), as in a bare container.
@Suite("missing fonts")
struct MissingFontTests {
    /// A folder with a fonts.conf listing `fontDirectories` (none: no fonts at all) and a cache
    /// of its own, so the machine's cache is neither used nor touched.
    struct FontWorld {
        let folder = ActplotProcess.temporaryFolder()
        var environment: [String: String] { ["FONTCONFIG_FILE": folder.appendingPathComponent("fonts.conf").path] }
        var out: URL { folder.appendingPathComponent("out") }

        init(fontDirectories: [String]) throws {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let dirs = fontDirectories.map { "  <dir>\($0)</dir>\n" }.joined()
            let conf = """
                <?xml version="1.0"?>
                <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
                <fontconfig>
                \(dirs)  <cachedir>\(folder.appendingPathComponent("cache").path)</cachedir>
                </fontconfig>

                """
            try Data(conf.utf8).write(to: folder.appendingPathComponent("fonts.conf"))
        }

        func run(_ arguments: [String]) throws -> ActplotProcess.Result {
            try ActplotProcess.run(arguments + ["--out", out.path], timeout: 120, environment: environment)
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    static let dejaVu = "/usr/share/fonts/truetype/dejavu"

    @Test(
        "no font at all: exit 69 with one line naming the package, the output folder not created",
        arguments: [["sigmoid"], ["sigmoid", "--lang", "zh"], ["--all"], ["--all", "--no-report", "--format", "pdf"]])
    func noFonts(arguments: [String]) throws {
        let world = try FontWorld(fontDirectories: [])
        defer { world.remove() }
        let result = try world.run(arguments)
        #expect(!result.signalled, "crashed: \(result.stderr)")
        #expect(result.status == 69, "\(result.stderr)")
        let package = arguments.contains("zh") ? "install fonts-noto-cjk" : "install fonts-noto-core or fonts-dejavu-core"
        #expect(result.stderr.hasPrefix("actplot: error: no font covers "), "\(result.stderr)")
        #expect(result.stderr.hasSuffix("\(package)\n"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: world.out.path), "the output folder was created")
    }

    @Test(
        "a Latin font only: English draws, Chinese is refused naming fonts-noto-cjk",
        .enabled(if: FileManager.default.fileExists(atPath: dejaVu)))
    func latinOnly() throws {
        let world = try FontWorld(fontDirectories: [Self.dejaVu])
        defer { world.remove() }
        let english = try world.run(["sigmoid", "--quiet"])
        #expect(english.status == 0, "\(english.stderr)")
        #expect(FileManager.default.fileExists(atPath: world.out.appendingPathComponent("sigmoid.png").path))
        try FileManager.default.removeItem(at: world.out)

        let chinese = try world.run(["sigmoid", "--lang", "zh"])
        #expect(chinese.status == 69, "\(chinese.stderr)")
        #expect(chinese.stderr == "actplot: error: no font covers Chinese text (tried 'Noto Sans CJK SC'); install fonts-noto-cjk\n")
        #expect(!FileManager.default.fileExists(atPath: world.out.path), "the output folder was created")

        let chineseName = try world.run(["--expr", "x", "--name", "门控"])
        #expect(chineseName.status == 69, "\(chineseName.stderr)")
        #expect(chineseName.stderr.hasSuffix("install fonts-noto-cjk\n"), "\(chineseName.stderr)")
    }

    @Test("a --name with a character no installed font covers is refused before anything is written")
    func uncoveredName() throws {
        let out = ActplotProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        // U+E000, private use: no font on a stock system has a glyph for it.
        let result = try ActplotProcess.run(["--expr", "x", "--name", "ramp \u{E000}", "--out", out.path])
        #expect(result.status == 69, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("actplot: error: no font covers '\u{E000}' (U+E000) in a figure title"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: out.path), "the output folder was created")
    }

    @Test("commands that draw nothing need no font", arguments: [["list"], ["eval", "relu", "--at", "1"], ["data", "relu"], ["--version"]])
    func noFontNeeded(arguments: [String]) throws {
        let world = try FontWorld(fontDirectories: [])
        defer { world.remove() }
        let result = try ActplotProcess.run(arguments, environment: world.environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }
}
