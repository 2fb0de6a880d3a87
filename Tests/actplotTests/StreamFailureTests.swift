import Foundation
import Testing

/// A closed, full or broken standard stream is an exit status to act on, never a crash, and
/// output that did not reach its file never looks like success.
@Suite("closed and full streams")
struct StreamFailureTests {
    @Test(
        "errors and warnings with stderr closed or full keep their documented status",
        arguments: [
            ("$ACTPLOT relux 2>&-", Int32(64)),
            ("$ACTPLOT relux 2>/dev/full", 64),
            ("$ACTPLOT eval sigmoid --at nope 2>/dev/full", 64),
            ("$ACTPLOT --expr 'log(x)' --out \"$DIR\" --format svg --samples 50 2>/dev/full >/dev/null", 0),
            ("$ACTPLOT --expr 'log(x)' --out \"$DIR\" --format svg --samples 50 2>&- >/dev/null", 0),
        ])
    func closedStderr(script: String, status: Int32) throws {
        let folder = ActplotProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ShellProcess.run("DIR='\(folder.path)'; \(script)")
        #expect(!result.signalled && result.status == status, "\(script): \(result.status)")
    }

    @Test(
        "list, eval, data, render and --version fail with 74 and one line when stdout is full",
        arguments: [
            "$ACTPLOT --version", "$ACTPLOT list", "$ACTPLOT list --json", "$ACTPLOT eval gelu --at 1,2,3", "$ACTPLOT eval softmax --at 1,2 --json",
            "$ACTPLOT data sigmoid", "$ACTPLOT data sigmoid --samples 100000 --format json",
            "$ACTPLOT sigmoid --format svg --samples 50 --out \"$DIR\"",
        ])
    func fullStdout(script: String) throws {
        let folder = ActplotProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ShellProcess.run("DIR='\(folder.path)'; \(script) >/dev/full")
        #expect(result.status == 74, "\(script): \(result.status) \(result.stderr)")
        #expect(result.stderr == "actplot: error: cannot write to standard output: No space left on device\n")
    }

    @Test("a file-size limit and a reader that goes away are reported, not taken for success")
    func limitsAndPipes() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("actplot-data-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        let limited = try ShellProcess.run("ulimit -f 8; $ACTPLOT data sigmoid --samples 100000 > '\(file.path)'")
        #expect(limited.status == 74 && limited.stderr.contains("File too large"), "\(limited.status) \(limited.stderr)")
        let piped = try ShellProcess.run("{ $ACTPLOT data sigmoid --samples 1000000; echo \"status $?\" >&2; } | head -c 10 >/dev/null", timeout: 300)
        #expect(piped.stderr.hasSuffix("actplot: error: cannot write to standard output: Broken pipe\nstatus 74\n"), "\(piped.stderr)")
    }

    @Test("data --format json streams: a million rows complete and well formed")
    func streamsJSON() throws {
        let result = try ActplotProcess.run(["data", "relu", "--samples", "200000", "--format", "json"], timeout: 300)
        #expect(result.status == 0)
        let rows = try #require(try JSONOutput.parse(result.stdout) as? [[String: Any]])
        #expect(rows.count == 200_001 || rows.count == 200_000)
        #expect(result.stdout.hasPrefix("[\n  {\"x\": -5.0, ") && result.stdout.hasSuffix("}\n]\n"))
    }
}
