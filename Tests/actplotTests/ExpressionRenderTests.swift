import Foundation
import Testing

@Suite("actplot --expr")
struct ExpressionRenderTests {
    @Test("--expr with --name draws <name>.png and .svg and puts the formula on the page")
    func quickGELU() throws {
        let out = ActplotProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try ActplotProcess.run(["--expr", "x * sigmoid(1.702 * x)", "--name", "quick-gelu", "--out", out.path, "--samples", "200"])
        #expect(result.status == 0, "\(result.stderr)")
        for name in ["quick-gelu.png", "quick-gelu.svg", "index.html"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name) missing")
        }
        let page = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(page.contains("<mi>quick-gelu</mi>") && page.contains("<mn>1.702</mn>"))
    }

    @Test("a step in --expr gets jump dots in the SVG: filled at the value taken, hollow at the limits")
    func stepDots() throws {
        func svg(_ expression: String) throws -> String {
            let out = ActplotProcess.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: out) }
            let result = try ActplotProcess.run(
                ["--expr", expression, "--name", "my-step", "--out", out.path, "--format", "svg", "--no-report", "--samples", "300"])
            #expect(result.status == 0, "\(result.stderr)")
            return try String(contentsOf: out.appendingPathComponent("my-step.svg"), encoding: .utf8)
        }
        func count(_ text: String, _ part: String) -> Int { text.components(separatedBy: part).count - 1 }
        // Ids start with the file's own four-character prefix; a marker's ends in "-m" and a number.
        let markerUse = /<use xlink:href="#[A-Za-z0-9]{4}-m\d+"/
        // f: a filled dot at (0, 1) and a hollow one at (0, 0); f′: no value at 0, a hollow dot at (0, 0).
        let step = try svg("heaviside(x)")
        #expect(step.matches(of: /<circle id="[A-Za-z0-9]{4}-m\d+"/).count == 1, "one marker shape, defined once")
        #expect(count(step, "<circle id=") == 1)
        #expect(step.matches(of: markerUse).count == 3)
        // Filled and hollow dots are separate groups: one painted in the curve's colour, one in the background's.
        let groups = step.components(separatedBy: "\n<g").filter { $0.contains(markerUse) }
        #expect(groups.count == 3 && Set(groups.map { $0.prefix { $0 != ">" } }).count >= 2, "\(groups)")
        // A smooth formula has none.
        let smooth = try svg("tanh(x)")
        #expect(!smooth.contains("<circle id=") && !smooth.contains(markerUse))
    }

    @Test("a name cannot lead outside the output folder")
    func nameSanitised() throws {
        let parent = ActplotProcess.temporaryFolder()
        let out = parent.appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: parent) }
        let result = try ActplotProcess.run(["--expr", "x", "--name", "../../.evil name", "--out", out.path, "--format", "svg", "--no-report"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["out"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["evil-name.svg", "manifest.json"])
    }

    @Test("--expr joins named functions; a clashing name is refused")
    func withNamedFunctions() throws {
        let out = ActplotProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try ActplotProcess.run(["sigmoid", "--expr", "tanh(x)", "--out", out.path, "--format", "svg", "--no-report"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("sigmoid.svg").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("custom.svg").path))
        let clash = try ActplotProcess.run(["sigmoid", "--expr", "x", "--name", "Sigmoid", "--out", out.path])
        #expect(clash.status == 64 && clash.stderr.contains("already uses"))
    }

    @Test("a bad expression or a lone --name writes nothing and exits 64")
    func errors() throws {
        let out = ActplotProcess.temporaryFolder()
        let bad = try ActplotProcess.run(["--expr", "x * (1 + ", "--out", out.path])
        #expect(bad.status == 64 && bad.stderr.contains("^ expected a number"), "\(bad.stderr)")
        let lone = try ActplotProcess.run(["--name", "gelu2", "--out", out.path])
        #expect(lone.status == 64 && lone.stderr.contains("--name names an --expr function"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
