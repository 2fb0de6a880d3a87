import Foundation
import PropertyBased
import Testing

/// Random command lines from real option names, plausible and hostile values, and junk: the
/// executable never crashes, never hangs, and answers in at most a few lines on stderr.
@Suite("command line under random input")
struct CommandLineFuzzTests {
    static let options = [
        "--all", "--out", "--format", "--lang", "--theme", "--width", "--height", "--scale", "--text-scale", "--transparent",
        "--samples", "--range", "--expr", "--name", "--param", "--templates", "--no-report", "--quiet", "--help",
        "--version", "-h", "--at", "--json", "--float", "--", "-", "--range=", "--samples=", "--bogus",
        "list", "eval", "data", "render", "help",
    ]
    static let values = [
        "sigmoid", "logistic", "SIGMOID", "relu", "softmax", "sigmoud", "0", "1", "-1", "2", "50", "1e3", "1e308",
        "-1e308", "nan", "inf", "-inf", "", " ", "1000001", "99999999999999999999", "-5:5", "5:-5", "0:0", "a:b",
        "1e-300:2e-300", "x", "log(x)", "1/x", "x*sigmoid(x)", "sqrt(x-10)", "((((x", "png", "svg", "pdf", "png,pdf",
        "gif", "en", "zh", "dark", "print", "alpha=0.1", "beta=0", "=", "a=b=c", "门控", "é", "\u{202E}evil", "line\nbreak",
        "\u{1B}[31m", "<script>alert(1)</script>", "../..", "1,2,3", "0.5", "-0.0",
        "TMP", "TMP/out", "TMP/file", "TMP/file/sub", "TMP/deep/er/folder", "TMP/templates",
        // Markup characters inside larger grapheme clusters, ZWJ sequences, bidi and invisible names.
        "\u{600}<img src=x onerror=alert(1)>", "q\"\u{301} onload=x", "&\u{301}", "<\u{301}b\u{301}>", "\u{1F469}\u{200D}<",
        "\u{202E}\u{2066}", "\u{200B}", "a" + String(repeating: "\u{301}", count: 500), String(repeating: "门", count: 90),
        "1:1.0000000000000002", "-1e-307:1e-307", "-inf,-inf", "--replace",
    ]
    /// How a command line starts: most name a function, so many runs get past the first check.
    static let heads: [[String]] = [[], ["sigmoid"], ["sigmoid"], ["logistic", "--expr", "x"], ["eval", "sigmoid"], ["data", "sigmoid"], ["list"]]
    /// An option with a value most of the time, sometimes alone (a flag, or a value missing).
    static let item = zip(
        Gen<String?>.element(of: options).map { $0! }, Gen<String?>.element(of: values).map { $0! }, Gen<Int>.value(in: 0...9)
    ).map { option, value, roll in roll < 7 ? [option, value] : roll < 9 ? [option] : [value] }
    static let commandLines = zip(Gen<[String]?>.element(of: heads).map { $0! }, item.array(of: 0...5))
        .map { head, items in head + items.flatMap { $0 } }

    /// Statuses the tool may exit with: success, usage, data, unavailable (fonts), system
    /// (descriptors), cannot create output, I/O.
    static let allowed: Set<Int32> = [0, 64, 65, 69, 71, 73, 74]

    /// How the standard streams are set up: as a program would, or closed or full.
    static let streams = ["", "2>&-", "2>/dev/full", ">/dev/full", ">&- 2>&-"]

    @Test("no crash, no hang, at most three lines on stderr", .timeLimit(.minutes(10)))
    func randomCommandLines() async {
        await propertyCheck(count: 150, input: Self.commandLines) { arguments in
            let scratch = ActplotProcess.temporaryFolder()
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: scratch) }
            try Data("a file".utf8).write(to: scratch.appendingPathComponent("file"))
            let concrete = arguments.map { $0.replacingOccurrences(of: "TMP", with: scratch.path) }
            let result = try ActplotProcess.run(concrete, in: scratch, timeout: 60)
            let shown = concrete.map { $0.debugDescription }.joined(separator: " ")
            #expect(!result.signalled, "killed by a signal or the timeout: \(shown)\n\(result.stderr)")
            #expect(Self.allowed.contains(result.status), "exit \(result.status): \(shown)\n\(result.stderr)")
            let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.count <= 3, "\(shown)\n\(result.stderr)")
            #expect(result.status == 0 || lines.contains { $0.hasPrefix("actplot: error: ") }, "\(shown)\n\(result.stderr)")
            for marker in ["Fatal error", "Stack dump", "stack trace", "Illegal instruction", "Segmentation"] {
                #expect(!result.stderr.contains(marker), "\(shown)\n\(result.stderr)")
            }
        }
    }

    @Test("no crash with standard output or error closed or full", .timeLimit(.minutes(10)))
    func randomStreams() async {
        let cases = zip(Self.commandLines, Gen<String?>.element(of: Self.streams).map { $0! })
        await propertyCheck(count: 60, input: cases) { arguments, streams in
            let scratch = ActplotProcess.temporaryFolder()
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: scratch) }
            let quoted = arguments.map {
                "'" + $0.replacingOccurrences(of: "TMP", with: scratch.path).replacingOccurrences(of: "'", with: "'\\''") + "'"
            }
            let statusFile = scratch.appendingPathComponent("status").path
            let run = try ShellProcess.run(
                "$ACTPLOT \(quoted.joined(separator: " ")) \(streams); echo $? > '\(statusFile)'", in: scratch, timeout: 60)
            let text = (try? String(contentsOfFile: statusFile, encoding: .utf8)) ?? ""
            let code = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
            #expect(!run.signalled && Self.allowed.contains(code), "exit \(code) for \(quoted.joined(separator: " ")) \(streams)")
        }
    }
}
