import ActivationMath
import Charts
import Foundation
import Testing

/// Figures that work on their own, read back from the files a user gets: PDFs keep their
/// text (so breakpoint ticks can be found in them), a figure too small for its text warns
/// once, and the presets give the layouts they promise.
@Suite("Slide-ready figures from the command line")
struct SlideReadyTests {
    /// The words of a PDF as Poppler's pdftotext reads them; fails the test if the tool is missing.
    static func pdfWords(_ url: URL) throws -> [String] {
        let result = try ShellProcess.run("pdftotext '\(url.path)' -")
        #expect(result.status == 0, "pdftotext (Debian's poppler-utils, installed by make test) failed: \(result.stderr)")
        return result.stdout.split(whereSeparator: \.isWhitespace).map(String.init)
    }

    @Test("every catalogue PDF keeps its text: each breakpoint's tick label reads back from both panels")
    func pdfBreakpointLabels() throws {
        let out = ActplotProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let withBreaks = Catalogue.all.filter { a in a.breakpoints(a.defaultParameters).contains { a.defaultRange.contains($0.x) } }
        #expect(withBreaks.count >= 12)
        let run = try ActplotProcess.run(withBreaks.map(\.id) + ["--format", "pdf", "--no-report", "--out", out.path, "--samples", "300"])
        #expect(run.status == 0, "\(run.stderr)")
        for a in withBreaks {
            let words = try Self.pdfWords(out.appendingPathComponent("\(a.id).pdf"))
            #expect(words.contains("function") || words.contains("derivative"), "\(a.id): no title text in the PDF")
            for b in a.breakpoints(a.defaultParameters) where a.defaultRange.contains(b.x) {
                let label = TickFormatter.labels(for: Ticks(values: [b.x], step: 0))[0]
                #expect(words.filter { $0 == label }.count >= 2, "\(a.id): tick \(label) is not in both panels of the PDF: \(words)")
            }
        }
    }

    @Test(
        "a figure too small for its text is drawn smaller, and the run warns once",
        arguments: [
            ["--width", "200", "--height", "200"], ["--width", "400", "--height", "300", "--text-scale", "2"],
        ])
    func smallSizesWarnOnce(_ size: [String]) throws {
        let out = ActplotProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try ActplotProcess.run(["relu", "hard-sigmoid", "--format", "svg", "--no-report", "--out", out.path] + size)
        #expect(run.status == 0, "\(run.stderr)")
        let warnings = run.stderr.split(separator: "\n").filter { $0.contains("warning:") }
        #expect(warnings.count == 1, "\(run.stderr)")
        #expect(warnings.first?.contains("relu, hard-sigmoid did not fit") == true, "\(run.stderr)")
        let full = try ActplotProcess.run(["relu", "--format", "svg", "--no-report", "--out", out.path, "--replace"])
        #expect(full.status == 0 && !full.stderr.contains("warning"), "\(full.stderr)")
    }

    @Test(
        "at the extreme sizes every figure of --all fits its text without overlaps (the run's own audit says so)",
        arguments: [["200", "200", "1"], ["200", "200", "2"], ["2000", "200", "2"], ["200", "2000", "2"]])
    func extremesNeverOverlap(_ size: [String]) throws {
        let out = ActplotProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        for language in ["en", "zh", "zh-TW"] {
            let run = try ActplotProcess.run(
                [
                    "--all", "--format", "svg", "--no-report", "--out", out.path, "--replace", "--lang", language, "--samples", "300",
                    "--width", size[0], "--height", size[1], "--text-scale", size[2],
                ])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr.split(separator: "\n").filter { $0.contains("warning:") }.count == 1, "\(run.stderr)")
            #expect(!run.stderr.contains("still overlaps"), "\(language) \(size): \(run.stderr)")
        }
    }

    @Test("--preset slide and handout set size, text and theme; options beside them win")
    func presets() throws {
        let out = ActplotProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        func size(_ arguments: [String]) throws -> (Int, Int, String) {
            let run = try ActplotProcess.run(["relu", "--format", "svg", "--no-report", "--replace", "--out", out.path] + arguments)
            #expect(run.status == 0, "\(run.stderr)")
            let svg = try String(contentsOf: out.appendingPathComponent("relu.svg"), encoding: .utf8)
            func attribute(_ name: String) -> Int {
                guard let range = svg.range(of: " \(name)=\"") else { return 0 }
                return Int(svg[range.upperBound...].prefix { $0.isNumber }) ?? 0
            }
            return (attribute("width"), attribute("height"), svg)
        }
        let slide = try size(["--preset", "slide"])
        #expect(slide.0 == 1600 && slide.1 == 900)
        let handout = try size(["--preset", "handout"])
        #expect(handout.0 == 794 && handout.1 == 320)
        // The print theme draws the derivative dashed.
        #expect(handout.2.contains("stroke-dasharray"))
        let wider = try size(["--preset", "slide", "--width", "1200"])
        #expect(wider.0 == 1200 && wider.1 == 900)
        let bad = try ActplotProcess.run(["relu", "--preset", "poster", "--out", out.path])
        #expect(bad.status == 64 && bad.stderr.contains("poster"), "\(bad.stderr)")
    }
}
