import Foundation
import Testing

/// Temporary files: only ours are ever removed, only when abandoned, never written through a
/// planted link, and an interrupted run takes its own with it.
@Suite("temporary files")
struct TemporaryFileTests {
    static let quick = ["sigmoid", "--format", "svg", "--samples", "50", "--no-report"]

    /// Sets a file's modification time `seconds` into the past.
    static func age(_ url: URL, by seconds: Double) throws {
        let date = Date().addingTimeInterval(-seconds)
        try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: url.path)
    }

    @Test("a user's look-alike file, a fresh one and one a live run holds are kept; an abandoned one goes")
    func onlyAbandonedOnesGo() throws {
        let out = ActplotProcess.temporaryFolder()
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: out) }
        let userFile = out.appendingPathComponent(".notes.actplot-31999.tmp")
        let abandoned = out.appendingPathComponent(".relu.png.actplot-0123456789abcdef.tmp")
        let fresh = out.appendingPathComponent(".relu.svg.actplot-00000000000000ff.tmp")
        let held = out.appendingPathComponent(".gelu.png.actplot-fedcba9876543210.tmp")
        for file in [userFile, abandoned, fresh, held] { try Data("x".utf8).write(to: file) }
        for file in [userFile, abandoned, held] { try Self.age(file, by: 3600) }
        // A run in another PID namespace holds its file's lock while it writes.
        let descriptor = open(held.path, O_RDONLY)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX) == 0)

        let result = try ActplotProcess.run(Self.quick + ["--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: out.path))
        #expect(names.contains(userFile.lastPathComponent), "a user's file was removed")
        #expect(names.contains(fresh.lastPathComponent), "a file just created may still be locked by now")
        #expect(names.contains(held.lastPathComponent), "a live run's file was removed")
        #expect(!names.contains(abandoned.lastPathComponent), "an abandoned temporary file stayed")
    }

    @Test("a link planted under an output name is replaced, never written through")
    func plantedLinks() throws {
        let parent = ActplotProcess.temporaryFolder()
        let out = parent.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: parent) }
        let victim = parent.appendingPathComponent("victim")
        try Data("precious".utf8).write(to: victim)
        try FileManager.default.createSymbolicLink(at: out.appendingPathComponent("sigmoid.svg"), withDestinationURL: victim)
        #expect(link(victim.path, out.appendingPathComponent("manifest.json").path) == 0)
        // --replace: without it the unlisted files are refused, which protects them too.
        let result = try ActplotProcess.run(Self.quick + ["--replace", "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Data(contentsOf: victim) == Data("precious".utf8))
        var info = stat()
        #expect(lstat(out.appendingPathComponent("sigmoid.svg").path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).allSatisfy { !$0.hasPrefix(".") })
    }

    @Test(
        "SIGINT and SIGTERM remove the run's temporary files and exit 130 and 143",
        arguments: [(Int32(SIGINT), Int32(130)), (Int32(SIGTERM), Int32(143))])
    func interrupted(signal number: Int32, status: Int32) throws {
        let out = ActplotProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let process = try ActplotProcess.start(InterruptionTests.slow + ["--out", out.path])
        // Wait for the first finished file, so the signal lands while others are being written.
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline,
            (try? FileManager.default.contentsOfDirectory(atPath: out.path))?.contains(where: { !$0.hasPrefix(".") }) != true
        {
            usleep(1_000)
        }
        kill(process.processIdentifier, number)
        process.waitUntilExit()
        try #require(process.terminationReason == .exit, "the signal's default action ran instead of the clean-up")
        #expect(process.terminationStatus == status)
        let left = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(left.allSatisfy { !$0.hasPrefix(".") }, "\(left)")
        for name in left {
            #expect(InterruptionTests.isWhole(name, try Data(contentsOf: out.appendingPathComponent(name))), "\(name) is torn")
        }
    }
}
