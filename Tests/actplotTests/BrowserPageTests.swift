import Foundation
import Testing

/// The report page as a reader gets it: `actplot --all` in each language, then
/// Tests/browser/check_page.py (the Nu HTML checker, and headless Chromium at 390, 768 and
/// 1280 px in the light and the dark scheme: layout, WCAG AA contrast, the skip link, axe-core).
///
/// `make test` installs Chromium, Java and `.build-venv/`; without them this test fails rather
/// than skips, so a missing install step cannot pass for a checked page. ACTPLOT_SKIP_BROWSER=1
/// opts out explicitly.
@Suite(
    "report page in a browser",
    .enabled(
        if: ProcessInfo.processInfo.environment["ACTPLOT_SKIP_BROWSER"] != "1",
        "ACTPLOT_SKIP_BROWSER=1 skips the browser checks"))
struct BrowserPageTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let python = root.appendingPathComponent(".build-venv/bin/python")
    static let checker = root.appendingPathComponent("Tests/browser/check_page.py")

    @Test(
        "the page validates, every image loads, nothing scrolls sideways, text has AA contrast, axe finds nothing serious",
        .timeLimit(.minutes(10)), arguments: ["en", "zh", "zh-TW"])
    func pageChecks(language: String) throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: Self.python.path),
            "\(Self.python.path) is missing: run scripts/setup.sh --test (or set ACTPLOT_SKIP_BROWSER=1)")
        let out = ActplotProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let build = try ActplotProcess.run(["--all", "--out", out.path, "--lang", language, "--quiet"])
        try #require(build.status == 0, "actplot --all --lang \(language) failed: \(build.stderr)")

        // Kept after the run, for a person to look at: .build/page-check/<language>/page-390.png, ….
        let screenshots = Self.root.appendingPathComponent(".build/page-check/\(language)")
        let check = try ActplotProcess.run(
            Self.python, [Self.checker.path, out.path, "--screenshots", screenshots.path])
        #expect(check.status == 0, "check_page.py exited \(check.status):\n\(check.stdout)\(check.stderr)")
        for view in ["page-390.png", "page-768.png", "page-1280-dark.png"] {
            #expect(FileManager.default.fileExists(atPath: screenshots.appendingPathComponent(view).path), "\(view)")
        }
        if language == "zh-TW" {
            let traditional = try ActplotProcess.run(
                Self.python,
                [Self.root.appendingPathComponent("Tests/browser/check_traditional.py").path, out.appendingPathComponent("index.html").path])
            #expect(traditional.status == 0, "\(traditional.stdout)\(traditional.stderr)")
        }
    }

    @Test(
        "a self-contained page works alone: copied without its figures it still validates and shows every image",
        .timeLimit(.minutes(10)))
    func selfContained() throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: Self.python.path),
            "\(Self.python.path) is missing: run scripts/setup.sh --test (or set ACTPLOT_SKIP_BROWSER=1)")
        let out = ActplotProcess.temporaryFolder(), alone = ActplotProcess.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: alone)
        }
        let build = try ActplotProcess.run(["--all", "--self-contained", "--out", out.path, "--quiet"])
        try #require(build.status == 0, "actplot --all --self-contained failed: \(build.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("style.css").path))
        // The math font travels inside the page too.
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("latinmodern-math.otf").path))
        try FileManager.default.createDirectory(at: alone, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: out.appendingPathComponent("index.html"), to: alone.appendingPathComponent("index.html"))
        let html = try String(contentsOf: alone.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(!html.contains("src=\"sigmoid.svg\""), "figures are linked, not inlined")
        #expect(html.contains("src=\"data:image/svg+xml;base64,"))
        #expect(html.contains("src: url(\"data:font/otf;base64,"))
        let screenshots = Self.root.appendingPathComponent(".build/page-check/self-contained")
        let check = try ActplotProcess.run(
            Self.python, [Self.checker.path, alone.path, "--screenshots", screenshots.path])
        #expect(check.status == 0, "check_page.py exited \(check.status):\n\(check.stdout)\(check.stderr)")
    }
}
