import Foundation
import Testing

/// The same command gives the same bytes, whatever folder it writes into, whenever it runs and
/// however many workers draw it: course material rebuilt from git must not show spurious changes.
@Suite("same bytes every run")
struct DeterminismTests {
    @Test(
        "two runs of --all in PNG, SVG and PDF, one worker and four, write byte-identical files", .timeLimit(.minutes(8)),
        arguments: ["en", "zh"])
    func identicalRuns(language: String) throws {
        let first = ActplotProcess.temporaryFolder(), second = ActplotProcess.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        // Reduced samples keep the test quick; the report's own figures keep theirs.
        let arguments = [
            "--all", "--expr", "x * sigmoid(1.702 * x)", "--name", "Quick GELU", "--format", "png,svg,pdf",
            "--samples", "300", "--lang", language, "--quiet",
        ]
        for (folder, jobs) in [(first, "1"), (second, "4")] {
            let result = try ActplotProcess.run(arguments + ["--out", folder.path, "--jobs", jobs])
            try #require(result.status == 0, "\(result.stderr)")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: first.path).sorted()
        #expect(try FileManager.default.contentsOfDirectory(atPath: second.path).sorted() == names)
        let kinds = Set(names.map { ($0 as NSString).pathExtension })
        // otf: the page's math font.
        #expect(kinds == ["png", "svg", "pdf", "html", "css", "json", "otf"])
        for name in names {
            let a = try Data(contentsOf: first.appendingPathComponent(name))
            let b = try Data(contentsOf: second.appendingPathComponent(name))
            #expect(a == b, "\(name) differs between runs")
        }
    }
}
