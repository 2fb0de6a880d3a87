import Foundation
import Report
import TestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A run killed with SIGKILL halfway through rewriting a complete output folder leaves every file
/// whole: the old version or the complete new one, never a torn file.
@Suite("interrupted run")
struct InterruptionTests {
    /// Big enough that each figure takes a noticeable time to encode, so the kill lands between
    /// the first rewritten file and the last.
    static let slow = ["sigmoid", "--expr", "x * sigmoid(x)", "--name", "silu-expr", "--samples", "100000", "--format", "png,svg,pdf"]

    /// Whether `bytes` is a complete file of the kind its name says.
    static func isWhole(_ name: String, _ bytes: Data) -> Bool {
        let text = { String(decoding: bytes, as: UTF8.self) }
        switch (name as NSString).pathExtension {
        case "png": return (try? PNGImage(bytes: Array(bytes))).map { $0.width > 0 } ?? false
        case "svg": return XMLParser(data: bytes).parse() && text().hasSuffix("</svg>\n")
        case "pdf": return text().hasPrefix("%PDF-") && text().contains("startxref") && text().hasSuffix("%%EOF\n")
        case "json": return (try? JSONSerialization.jsonObject(with: bytes)) != nil
        case "html": return text().hasSuffix("</html>\n")
        case "css": return !bytes.isEmpty
        // The page's math font, copied whole from the system.
        case "otf": return MathFont.find().map { $0.bytes == Array(bytes) } ?? false
        default: return false
        }
    }

    @Test("SIGKILL midway leaves every file whole, and the next run removes the leftovers", .timeLimit(.minutes(8)))
    func killMidway() throws {
        let out = ActplotProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let fast = ["sigmoid", "--expr", "x * sigmoid(x)", "--name", "silu-expr", "--samples", "200", "--format", "png,svg,pdf"]
        try #require(try ActplotProcess.run(fast + ["--out", out.path]).status == 0)
        try Data("mine".utf8).write(to: out.appendingPathComponent("notes.txt"))
        let before = try OutputFolderTests.snapshot(out)
        for (name, file) in before where name != "notes.txt" { #expect(Self.isWhole(name, file.bytes), "\(name) is not whole to start with") }

        let process = try ActplotProcess.start(Self.slow + ["--out", out.path])
        // Poll until some file has been replaced (a rename gives it a new inode), then kill.
        var replaced: Set<String> = []
        let deadline = Date().addingTimeInterval(120)
        while replaced.isEmpty, process.isRunning, Date() < deadline {
            usleep(2_000)
            let now = try OutputFolderTests.snapshot(out)
            replaced = Set(before.keys.filter { name in now[name]?.inode != before[name]?.inode })
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try #require(process.terminationReason == .uncaughtSignal, "the run finished before it could be killed")
        #expect(!replaced.isEmpty)

        let after = try OutputFolderTests.snapshot(out)
        #expect(Set(after.keys.filter { !$0.hasPrefix(".") }) == Set(before.keys), "files appeared or vanished")
        var rewritten = 0
        for (name, old) in before {
            let now = try #require(after[name], "\(name) is gone")
            if now.inode != old.inode { rewritten += 1 }
            #expect(now.bytes == old.bytes || Self.isWhole(name, now.bytes), "\(name) is torn")
        }
        #expect(rewritten > 0 && rewritten < before.count - 1, "the kill did not land midway: \(rewritten) of \(before.count) rewritten")
        let leftovers = after.keys.filter { $0.hasPrefix(".") }
        #expect(leftovers.allSatisfy { $0.contains(".actplot-") && $0.hasSuffix(".tmp") }, "\(leftovers)")

        // A leftover counts as abandoned once nobody holds its lock (the kill released it) and
        // it is older than the moment between creating and locking a file.
        usleep(2_200_000)
        let again = try ActplotProcess.run(fast + ["--out", out.path])
        #expect(again.status == 0, "\(again.stderr)")
        let final = try OutputFolderTests.snapshot(out)
        #expect(final.keys.filter { $0.hasPrefix(".") }.isEmpty, "temporary files remain")
        #expect(final["notes.txt"]?.bytes == Data("mine".utf8))
        for (name, file) in final where name != "notes.txt" { #expect(Self.isWhole(name, file.bytes), "\(name)") }
    }
}
