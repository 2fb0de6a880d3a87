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
}
