import Foundation
import Testing

/// Cairo, Pango and fontconfig are loaded when a run first draws (CGraphicsLoader), so the
/// commands that draw nothing start without mapping them, and a machine without them gets one
/// line and status 69 instead of a loader error before `main`.
@Suite("graphics libraries loaded on first use")
struct GraphicsLoadingTests {
    /// The libraries the loader opens; none may be mapped by a command that draws nothing.
    static let libraries = ["libcairo.so.2", "libpango-1.0.so.0", "libpangocairo-1.0.so.0", "libfontconfig.so.1", "libglib-2.0.so.0"]

    @Test(
        "list, eval, data, --help and --version never load Cairo, Pango, GLib or fontconfig",
        arguments: [["--version"], ["--help"], ["list"], ["eval", "sigmoid", "--at", "0.5"], ["data", "relu", "--samples", "5"]])
    func drawingNothingLoadsNothing(arguments: [String]) throws {
        // glibc's loader names every object it maps, with its path, on stderr.
        let result = try ActplotProcess.run(arguments, timeout: 60, environment: ["LD_DEBUG": "files"])
        #expect(result.status == 0, "\(result.stderr.suffix(2000))")
        for library in Self.libraries {
            #expect(!result.stderr.contains(library), "actplot \(arguments.joined(separator: " ")) loaded \(library)")
        }
        // The check can fail: drawing does name them.
        #expect(result.stderr.contains("file=libc.so.6"), "LD_DEBUG=files printed nothing to check against")
    }

    @Test("drawing loads them, as the check above would notice")
    func drawingLoadsThem() throws {
        let out = ActplotProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try ActplotProcess.run(
            ["relu", "--no-report", "--format", "png", "--out", out.path, "--quiet"], timeout: 60, environment: ["LD_DEBUG": "files"])
        #expect(result.status == 0, "\(result.stderr.suffix(2000))")
        for library in Self.libraries {
            #expect(result.stderr.contains(library), "drawing did not report loading \(library)")
        }
    }

    @Test(
        "a Cairo that cannot be loaded: exit 69, one line naming the library and the package, nothing written",
        arguments: [["sigmoid"], ["--all"], ["--expr", "x*x", "--name", "square"]])
    func brokenCairo(arguments: [String]) throws {
        // An empty file where the loader looks first: dlopen finds it and refuses it.
        let folder = ActplotProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let libraries = folder.appendingPathComponent("lib")
        try FileManager.default.createDirectory(at: libraries, withIntermediateDirectories: true)
        try Data().write(to: libraries.appendingPathComponent("libcairo.so.2"))
        let out = folder.appendingPathComponent("out")
        let result = try ActplotProcess.run(
            arguments + ["--out", out.path], timeout: 60, environment: ["LD_LIBRARY_PATH": libraries.path])
        #expect(!result.signalled, "crashed: \(result.stderr)")
        #expect(result.status == 69, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("actplot: error: cannot load libcairo.so.2, which actplot draws with"), "\(result.stderr)")
        #expect(result.stderr.contains("install Debian's libcairo2"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path), "the output folder was created")
        // Commands that draw nothing do not notice.
        let list = try ActplotProcess.run(["list"], timeout: 60, environment: ["LD_LIBRARY_PATH": libraries.path])
        #expect(list.status == 0, "\(list.stderr)")
    }
}
