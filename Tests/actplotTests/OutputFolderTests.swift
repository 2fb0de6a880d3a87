import Foundation
import Testing

/// `--out` that cannot be used, and what a run may and may not touch in a folder it can use.
@Suite("output folder")
struct OutputFolderTests {
    /// A fresh folder removed at the end of the test.
    final class Scratch {
        let url = ActplotProcess.temporaryFolder()
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
        func path(_ name: String) -> URL { url.appendingPathComponent(name) }
    }

    /// Every file under `folder` with its bytes and inode: any rewrite changes the inode.
    static func snapshot(_ folder: URL) throws -> [String: (bytes: Data, inode: UInt64)] {
        var result: [String: (Data, UInt64)] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let url = folder.appendingPathComponent(name)
            var info = stat()
            guard stat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            result[name] = (try Data(contentsOf: url), UInt64(info.st_ino))
        }
        return result
    }

    static func expectUnchanged(_ before: [String: (bytes: Data, inode: UInt64)], _ folder: URL) throws {
        let after = try snapshot(folder)
        #expect(Set(after.keys) == Set(before.keys))
        for (name, old) in before {
            #expect(after[name]?.bytes == old.bytes && after[name]?.inode == old.inode, "\(name) was changed")
        }
    }

    @Test("an --out that is a file, or lies under one, is refused with 73 and the file is untouched")
    func outIsFile() throws {
        let scratch = try Scratch()
        let file = scratch.path("notes.txt")
        try Data("mine".utf8).write(to: file)
        for (out, fragment) in [(file, "it is a file"), (file.appendingPathComponent("figures"), "'\(file.path)' is a file")] {
            let result = try ActplotProcess.run(["sigmoid", "--out", out.path])
            #expect(result.status == 73, "\(result.stderr)")
            #expect(result.stderr == "actplot: error: cannot create output folder '\(out.path)': \(fragment)\n")
        }
        #expect(try Data(contentsOf: file) == Data("mine".utf8))
    }

    @Test("a folder standing where a file goes stops the run before any file changes")
    func folderInTheWay() throws {
        let scratch = try Scratch()
        let out = scratch.path("out")
        let first = try ActplotProcess.run(["sigmoid", "--out", out.path, "--samples", "200"])
        try #require(first.status == 0, "\(first.stderr)")
        try FileManager.default.removeItem(at: out.appendingPathComponent("manifest.json"))
        try FileManager.default.createDirectory(at: out.appendingPathComponent("manifest.json"), withIntermediateDirectories: false)
        let before = try Self.snapshot(out)
        let result = try ActplotProcess.run(["sigmoid", "--out", out.path, "--samples", "300", "--lang", "zh"])
        #expect(result.status == 73)
        #expect(result.stderr == "actplot: error: cannot create '\(out.path)/manifest.json': a folder of that name is in the way\n")
        try Self.expectUnchanged(before, out)
    }

    @Test("a folder the user may not write into is refused with 73, nothing created")
    func notWritable() throws {
        let scratch = try Scratch()
        let locked = scratch.path("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: false)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: scratch.url.path)
        // Root writes anywhere, so as root the run goes through setpriv as the user nobody.
        let asUser = { (arguments: [String]) throws -> ActplotProcess.Result in
            guard geteuid() == 0 else { return try ActplotProcess.run(arguments) }
            return try ActplotProcess.run(
                URL(fileURLWithPath: "/usr/bin/setpriv"),
                ["--reuid=65534", "--regid=65534", "--clear-groups", ActplotProcess.executable.path] + arguments)
        }
        let inside = try asUser(["sigmoid", "--out", locked.path])
        #expect(inside.status == 73)
        #expect(inside.stderr == "actplot: error: cannot write into output folder '\(locked.path)': Permission denied\n")
        let below = try asUser(["sigmoid", "--out", locked.appendingPathComponent("a/b").path])
        #expect(below.status == 73)
        #expect(below.stderr.contains("'\(locked.path)' is not writable (Permission denied)"), "\(below.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: locked.path).isEmpty)
    }

    @Test("a write that fails (file size limit) exits 74 and leaves the previous file whole")
    func writeFails() throws {
        let scratch = try Scratch()
        let out = scratch.path("out")
        try #require(try ActplotProcess.run(["sigmoid", "--out", out.path, "--samples", "200"]).status == 0)
        let before = try Self.snapshot(out)
        // ulimit -f 4 allows 2 to 4 kB, less than any figure.
        let limited = try ActplotProcess.run(
            URL(fileURLWithPath: "/bin/sh"),
            ["-c", "ulimit -f 4 && exec \"$0\" \"$@\"", ActplotProcess.executable.path, "sigmoid", "--out", out.path, "--samples", "300"])
        #expect(limited.status == 74, "\(limited.stderr)")
        #expect(limited.stderr == "actplot: error: cannot write '\(out.path)/sigmoid.png': File too large\n")
        try Self.expectUnchanged(before, out)
    }

    @Test("a run touches none of the user's files in the output folder")
    func userFilesSurvive() throws {
        let scratch = try Scratch()
        let out = scratch.path("out")
        try FileManager.default.createDirectory(at: out.appendingPathComponent("notes"), withIntermediateDirectories: true)
        let mine = [
            "README.md": "my notes", ".hidden": "secret", "relu.png": "not a png", "notes/index.html": "<p>mine</p>",
            ".sigmoid.png.tmp": "a temporary file of another program",
        ]
        for (name, text) in mine { try Data(text.utf8).write(to: out.appendingPathComponent(name)) }
        let inodes = try Self.snapshot(out)
        let result = try ActplotProcess.run(["sigmoid", "--out", out.path, "--samples", "200", "--format", "png,svg,pdf"])
        #expect(result.status == 0, "\(result.stderr)")
        for (name, text) in mine {
            #expect(try Data(contentsOf: out.appendingPathComponent(name)) == Data(text.utf8), "\(name) changed")
        }
        let after = try Self.snapshot(out)
        for name in inodes.keys { #expect(after[name]?.inode == inodes[name]?.inode, "\(name) was rewritten") }
        let written = Set(after.keys).subtracting(inodes.keys)
        #expect(
            written == [
                "sigmoid.png", "sigmoid.svg", "sigmoid.pdf", "index.html", "style.css", "manifest.json",
                // The page's own versions: phone, dark, phone in the dark, print.
                "sigmoid.narrow.svg", "sigmoid.dark.svg", "sigmoid.narrow.dark.svg", "sigmoid.print.svg",
                // The formulas' font, from fonts-lmodern.
                "latinmodern-math.otf",
            ])
    }
}
