import Foundation
import Testing

/// The page's figures as a phone, a tablet and a laptop show them, in both colour schemes:
/// Tests/browser/check_figures.py checks that the stacked variant reaches a phone, the dark
/// variant the dark scheme, and that tick labels never show below 9 CSS px.
@Suite(
    "page figures on every screen",
    .enabled(
        if: ProcessInfo.processInfo.environment["ACTPLOT_SKIP_BROWSER"] != "1",
        "ACTPLOT_SKIP_BROWSER=1 skips the browser checks"))
struct PageFigureTests {
    static let checker = BrowserPageTests.root.appendingPathComponent("Tests/browser/check_figures.py")

    @Test(
        "phone, tablet and laptop, light and dark: the right variant, tick labels at least 9 CSS px", .timeLimit(.minutes(5)),
        arguments: ["en", "zh", "zh-TW"])
    func readableEverywhere(language: String) throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: BrowserPageTests.python.path),
            "\(BrowserPageTests.python.path) is missing: run scripts/setup.sh --test (or set ACTPLOT_SKIP_BROWSER=1)")
        let out = ActplotProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let build = try ActplotProcess.run(["--all", "--out", out.path, "--lang", language, "--quiet"])
        try #require(build.status == 0, "actplot --all --lang \(language) failed: \(build.stderr)")
        let check = try ActplotProcess.run(BrowserPageTests.python, [Self.checker.path, out.path])
        #expect(check.status == 0, "check_figures.py exited \(check.status):\n\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("390 px, dark: 39 figures"), "\(check.stdout)")
    }
}
