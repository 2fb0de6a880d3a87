import Foundation
import Testing

/// Limits and odd paths from the environment: each refused before anything is written, with
/// one line and a documented status, never a crash.
@Suite("hostile environment")
struct HostileEnvironmentTests {
    @Test("too few file descriptors: status 71 before any worker starts, at every --jobs", arguments: ["1", "2", "8"])
    func descriptors(jobs: String) throws {
        let out = ActplotProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        for limit in [4, 5, 8] {
            let result = try ShellProcess.run("ulimit -n \(limit); $ACTPLOT sigmoid relu --jobs \(jobs) --out '\(out.path)'")
            #expect(!result.signalled && result.status == 71, "ulimit -n \(limit): \(result.status) \(result.stderr)")
            #expect(result.stderr.hasPrefix("actplot: error: too few file descriptors"), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out.path))
        }
        // A soft limit below the need is raised towards the hard one.
        let raised = try ShellProcess.run("ulimit -S -n 8; $ACTPLOT sigmoid --jobs \(jobs) --format svg --samples 50 --out '\(out.path)'")
        #expect(raised.status == 0, "\(raised.stderr)")
    }

    @Test("arguments that are not UTF-8 are refused, naming the bytes")
    func notUTF8() throws {
        let parent = ActplotProcess.temporaryFolder()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: parent) }
        let result = try ShellProcess.run("$ACTPLOT sigmoid --out \"$(printf 'a\\377b')\"", in: parent)
        #expect(result.status == 64)
        #expect(result.stderr == "actplot: error: argument 3 (a\\xFFb) is not valid UTF-8 text; actplot takes file names and values in UTF-8\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).isEmpty)
    }

    @Test("an --out that is a dangling link, or too long for the system, creates nothing")
    func badFolders() throws {
        let parent = ActplotProcess.temporaryFolder()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: parent) }
        let link = parent.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: parent.appendingPathComponent("nowhere").path)
        let dangling = try ActplotProcess.run(["sigmoid", "--out", link.path])
        #expect(dangling.status == 73)
        #expect(
            dangling.stderr.contains("'\(link.path)': it is a symbolic link to '\(parent.path)/nowhere', which does not exist"), "\(dangling.stderr)")

        let deep = (0..<21).reduce(parent) { url, _ in url.appendingPathComponent(String(repeating: "d", count: 200)) }
        let long = try ActplotProcess.run(["sigmoid", "--out", deep.path])
        #expect(long.status == 73 && long.stderr.contains("choose a shorter --out"), "\(long.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["link"])
    }
}

/// Ranges too narrow to label honestly are refused with the reason; the numbers commands still
/// take them.
@Suite("narrow ranges")
struct NarrowRangeTests {
    @Test(
        "a range narrower than 1e-9 of its size is refused for figures, with the true reason",
        arguments: [
            "1:1.0000000000000002", "-1e-307:1e-307", "1e10:1.000000000000001e10",
        ])
    func refused(range: String) throws {
        let out = ActplotProcess.temporaryFolder()
        for arguments in [["sigmoid"], ["--expr", "x"]] {
            let result = try ActplotProcess.run(arguments + ["--range=\(range)", "--out", out.path])
            #expect(result.status == 64 && result.stderr.contains("is too narrow to draw"), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out.path))
        }
        let data = try ActplotProcess.run(["data", "--expr", "x", "--range=\(range)", "--samples", "3"])
        #expect(data.status == 0 && data.stdout.split(separator: "\n").count == 4, "\(data.stderr)")
    }

    @Test("the narrowest accepted range is drawn with its ticks inside it")
    func narrowestDrawn() throws {
        let out = ActplotProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try ActplotProcess.run(["--expr", "x", "--range=-1e-9:1e-9", "--out", out.path, "--format", "svg", "--samples", "50"])
        #expect(result.status == 0, "\(result.stderr)")
    }
}

/// `actplot list` lists softmax, so `actplot softmax` draws it: a vector function has no
/// function | derivative pair, so it gets its bars and its Jacobian.
@Suite("softmax on the command line")
struct SoftmaxRenderTests {
    @Test("softmax and its aliases draw the probabilities and the Jacobian, beside other functions", arguments: ["softmax", "softargmax", "Softmax"])
    func drawn(name: String) throws {
        let out = ActplotProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try ActplotProcess.run([name, "relu", "--out", out.path, "--format", "svg", "--samples", "100"])
        #expect(result.status == 0, "\(result.stderr)")
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: out.path))
        #expect(files.isSuperset(of: ["softmax-probabilities.svg", "softmax-jacobian.svg", "relu.svg", "index.html"]))
        let page = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(page.contains("softmax-jacobian.svg") && page.contains("id=\"softmax\""))
    }
}
