import Foundation
import Report
import Testing

@Suite("actplot command line")
struct RenderCommandTests {
    @Test("--version and --help answer")
    func versionAndHelp() throws {
        let version = try ActplotProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).first?.isNumber == true)
        // Alone, --version is answered before the parser; anywhere else the parser answers it.
        let parsed = try ActplotProcess.run(["relu", "--version"])
        #expect(parsed.status == 0)
        #expect(parsed.stdout == version.stdout)
        #expect(version.stdout == Version.current + "\n")
        let help = try ActplotProcess.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--all") || help.stdout.contains("render"))
    }

    @Test("drawing sigmoid writes the figure files, the page and the manifest, and says what to open")
    func sigmoidEndToEnd() throws {
        let out = ActplotProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try ActplotProcess.run(["sigmoid", "--out", out.path, "--samples", "300"])
        #expect(result.status == 0, "\(result.stderr)")
        for name in ["sigmoid.png", "sigmoid.svg", "index.html", "manifest.json"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name) missing")
        }
        let lastLine = result.stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(lastLine.contains("index.html"))
    }

    @Test("an unknown function is one line on stderr with a suggestion, exit 64, nothing written")
    func unknownFunction() throws {
        let out = ActplotProcess.temporaryFolder()
        let result = try ActplotProcess.run(["sigmoud", "--out", out.path])
        #expect(result.status == 64)
        #expect(result.stderr.contains("sigmoud") && result.stderr.contains("sigmoid"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("an unknown format is rejected naming the accepted ones")
    func unknownFormat() throws {
        let result = try ActplotProcess.run(["sigmoid", "--format", "png,gif", "--out", ActplotProcess.temporaryFolder().path])
        #expect(result.status == 64)
        #expect(result.stderr.contains("gif") && result.stderr.contains("pdf"))
    }
}
