import Foundation
import Testing

/// A formula that is not finite on part of the range is drawn with breaks and a one-line warning;
/// one with nothing to draw is a data error (in `BadInputTests`).
@Suite("--expr drawn with breaks")
struct ExpressionWarningTests {
    @Test(
        "one warning line naming the formula and the range, exit 0, figures written",
        arguments: [
            (["--expr", "log(x)"], "actplot: warning: --expr 'log(x)' is not finite or not continuous on part of [-5, 5]; drawn with breaks there"),
            (
                ["--expr", "1 / x", "--range=-2:3"],
                "actplot: warning: --expr '1 / x' is not finite or not continuous on part of [-2, 3]; drawn with breaks there"
            ),
            (
                ["--expr", "sqrt(x)", "--range=-0.5:2.5"],
                "actplot: warning: --expr 'sqrt(x)' is not finite or not continuous on part of [-0.5, 2.5]; drawn with breaks there"
            ),
            (
                ["--expr", "sqrt(abs(x))", "--quiet"],
                "actplot: warning: the derivative of --expr 'sqrt(abs(x))' is not finite or not continuous on part of [-5, 5]; drawn with breaks there"
            ),
        ])
    func warned(arguments: [String], line: String) throws {
        let out = ActplotProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try ActplotProcess.run(arguments + ["sigmoid", "--out", out.path, "--samples", "300", "--format", "svg"])
        #expect(result.status == 0)
        #expect(result.stderr == line + "\n")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("custom.svg").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("sigmoid.svg").path))
    }

    @Test(
        "a formula finite everywhere on the range draws without a word",
        arguments: [
            ["--expr", "x * sigmoid(1.702 * x)"], ["--expr", "log(x)", "--range", "0.5:4"], ["--expr", "1 / x", "--range", "1:2"],
        ])
    func quiet(arguments: [String]) throws {
        let out = ActplotProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try ActplotProcess.run(arguments + ["--out", out.path, "--samples", "300", "--format", "svg", "--quiet"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }
}
