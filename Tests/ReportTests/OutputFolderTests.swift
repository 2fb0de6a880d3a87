import Foundation
import Testing

@testable import Report

@Suite("Output folder and temporary files")
struct ReportOutputFolderTests {
    @Test("temporary names are hidden, unguessable and recognised; other names are not")
    func temporaryNames() {
        let name = StaleTemporaries.name(for: "sigmoid.png")
        #expect(name.hasPrefix(".sigmoid.png.actplot-") && name.hasSuffix(".tmp") && name.utf8.count == ".sigmoid.png.actplot-.tmp".utf8.count + 16)
        #expect(StaleTemporaries.isTemporaryName(name))
        #expect(Set((0..<100).map { _ in StaleTemporaries.name(for: "x") }).count == 100, "names repeat")
        #expect(StaleTemporaries.isTemporaryName(".a.b.actplot-7.actplot-0123456789abcdef.tmp"))
        for name in [
            "sigmoid.png.actplot-0123456789abcdef.tmp", ".sigmoid.png.actplot-.tmp", ".sigmoid.png.actplot-42.tmp",
            ".notes.actplot-31999.tmp", ".actplot-0123456789abcdef.tmp", ".x.actplot-0123456789ABCDEF.tmp",
            ".x.actplot-0123456789abcdeg.tmp", ".x.actplot-0123456789abcdef.tmp~", ".x.actplot-٠١٢٣٤٥٦٧٨٩abcdef.tmp",
        ] {
            #expect(!StaleTemporaries.isTemporaryName(name), "\(name)")
        }
    }

    @Test("the plan is checked before anything is created")
    func check() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actplot-plan-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: (any Error).self) { try OutputFolder.check(folder, files: ["a.png", "b.png", "a.png"]) }
        try OutputFolder.check(folder.appendingPathComponent("x/y/z"), files: ["a.png"])
        #expect(!FileManager.default.fileExists(atPath: folder.path), "checking created something")
        try OutputFolder.prepare(folder.appendingPathComponent("x/y"), files: ["a.png"])
        #expect(OutputFolder.status(of: folder.appendingPathComponent("x/y").path) == .directory)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("x/y/a.png"), withIntermediateDirectories: false)
        #expect {
            try OutputFolder.check(folder.appendingPathComponent("x/y"), files: ["b.png", "a.png"])
        } throws: { error in
            guard case OutputError.cannotCreate(let path, _) = error else { return false }
            return path.hasSuffix("x/y/a.png")
        }
    }

    @Test("an atomic write replaces the file in one step and leaves no temporary file")
    func atomicWrite() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actplot-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("page.html")
        try AtomicFile.write("old", to: target)
        try AtomicFile.write("new", to: target)
        try AtomicFile.write([UInt8](), to: folder.appendingPathComponent("empty.json"))
        #expect(try String(contentsOf: target, encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["empty.json", "page.html"])
    }

    /// The inode and modification time of `url`, not following a symbolic link.
    static func identity(_ url: URL) -> (inode: UInt64, seconds: Int, nanoseconds: Int) {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return (0, 0, 0) }
        return (UInt64(info.st_ino), info.st_mtim.tv_sec, info.st_mtim.tv_nsec)
    }

    @Test("a file that already holds the bytes is left as it is; any other is replaced, never written through")
    func unchangedFileKept() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actplot-same-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("figure.svg")
        let bytes = Array("<svg/>".utf8)
        try AtomicFile.write(bytes, to: target)
        let first = Self.identity(target)
        usleep(20_000)
        try AtomicFile.write(bytes, to: target)
        let second = Self.identity(target)
        #expect(second.inode == first.inode && second.seconds == first.seconds && second.nanoseconds == first.nanoseconds, "rewritten")

        // Same length, other bytes; then a longer and a shorter file: each replaced by a new file.
        for other in ["<svG/>", "<svg/>\n", "<svg"] {
            try Data(other.utf8).write(to: target)
            let before = Self.identity(target)
            try AtomicFile.write(bytes, to: target)
            #expect(try Data(contentsOf: target) == Data(bytes), "\(other)")
            #expect(Self.identity(target).inode != before.inode, "\(other) was written in place")
        }

        // A symbolic link to a file with the same bytes, and a second hard link: each is
        // replaced by a file of its own, as before, and what they pointed at stays.
        let elsewhere = folder.appendingPathComponent("elsewhere.svg")
        try Data(bytes).write(to: elsewhere)
        try FileManager.default.removeItem(at: target)
        try FileManager.default.createSymbolicLink(at: target, withDestinationURL: elsewhere)
        try AtomicFile.write(bytes, to: target)
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: target.path)) == nil, "the link was kept")
        try FileManager.default.removeItem(at: target)
        try FileManager.default.linkItem(at: elsewhere, to: target)
        try AtomicFile.write(bytes, to: target)
        #expect(Self.identity(target).inode != Self.identity(elsewhere).inode, "the hard link was kept")
        #expect(try Data(contentsOf: elsewhere) == Data(bytes))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["elsewhere.svg", "figure.svg"])
    }
}
