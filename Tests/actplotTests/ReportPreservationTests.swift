import Foundation
import Testing

/// A run into a folder that holds an earlier report adds to it and never destroys it: figures of
/// the same identity are replaced, figures of another identity are never overwritten, and the
/// page and manifest keep listing what earlier runs drew.
@Suite("report preservation")
struct ReportPreservationTests {
    typealias Scratch = OutputFolderTests.Scratch

    /// Quick settings for every run here; a test's own options come after them and win.
    static let quick = ["--samples", "200", "--format", "svg", "--quiet"]

    static func run(_ arguments: [String], _ out: URL) throws -> ActplotProcess.Result {
        try ActplotProcess.run(quick + arguments + ["--out", out.path])
    }

    /// The manifest's entries as JSON objects.
    static func manifest(_ out: URL) throws -> [[String: Any]] {
        let text = try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)
        let document = try #require(try JSONOutput.parse(text) as? [String: Any])
        return try #require(document["files"] as? [[String: Any]])
    }

    /// The figures' own files the manifest lists, in order; the page's variants of each
    /// (`relu.narrow.svg`) follow their figure and are checked on their own.
    static func paths(_ out: URL) throws -> [String] {
        try manifest(out).filter { $0["variant"] == nil }.compactMap { $0["path"] as? String }
    }

    static func page(_ out: URL) throws -> String {
        try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
    }

    /// Every regular file's bytes, for comparing whole folders.
    static func bytes(_ out: URL) throws -> [String: Data] {
        try OutputFolderTests.snapshot(out).mapValues(\.bytes)
    }

    /// Asserts a refusal: the status, one line on stderr containing every fragment.
    static func expectRefused(
        _ result: ActplotProcess.Result, status: Int32 = 64, _ fragments: [String], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(result.status == status, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.hasPrefix("actplot: error: "), sourceLocation: sourceLocation)
        #expect(result.stderr.filter { $0 == "\n" }.count == 1, "\(result.stderr)", sourceLocation: sourceLocation)
        for fragment in fragments {
            #expect(result.stderr.contains(fragment), "'\(fragment)' missing from \(result.stderr)", sourceLocation: sourceLocation)
        }
    }

    @Test(
        "--expr named ReLU² after --all is refused untouched; its suggested name adds it; --all --lang zh then replaces the rest",
        // Four runs of --all, each with the page's variants: generous, for a machine busy with the browser tests.
        .timeLimit(.minutes(8)))
    func reluSquaredAfterAll() throws {
        let scratch = try Scratch()
        let out = scratch.path("output")
        try #require(try Self.run(["--all"], out).status == 0)
        let all = try Self.paths(out)
        let before = try OutputFolderTests.snapshot(out)

        let clash = try Self.run(["--expr", "max(0,x)^2", "--name", "ReLU²"], out)
        Self.expectRefused(clash, ["--name 'ReLU²'", "'relu.svg'", "catalogue's relu", "--name relu-2", "--replace"])
        try OutputFolderTests.expectUnchanged(before, out)

        let added = try Self.run(["--expr", "max(0,x)^2", "--name", "relu-2"], out)
        try #require(added.status == 0, "\(added.stderr)")
        #expect(try Data(contentsOf: out.appendingPathComponent("relu.svg")) == before["relu.svg"]?.bytes)
        #expect(try Self.paths(out) == ["relu-2.svg"] + all, "this run's figure first, then the earlier ones in their order")
        let entry = try #require(try Self.manifest(out).first)
        let identity = try #require(entry["identity"] as? [String: String])
        #expect(identity == ["kind": "expression", "expression": "max(0,x)^2", "name": "relu-2"])
        #expect((entry["alt"] as? String)?.hasPrefix("relu-2, in two panels, the function and then its derivative, for x from −5 to 5.") == true)
        let page = try Self.page(out)
        #expect(page.contains(#"<article id="relu-2" class="activation">"#))
        #expect(page.contains(#"<section id="earlier">"#) && page.contains(##"<a href="#earlier">Other figures in this folder</a>"##))
        #expect(page.contains(#"<figure id="gallery-figure">"#))
        #expect(page.contains(#"<img src="relu.svg" width="1200" height="480" alt="ReLU, in two panels, the function and then its derivative, "#))
        #expect(page.contains(#"<strong>ReLU: function and derivative</strong>"#))
        #expect(page.components(separatedBy: "<figure").count - 1 == all.count + 1, "every figure of the manifest is on the page")

        let afterAdding = try Self.bytes(out)
        try #require(try Self.run(["--expr", "max(0,x)^2", "--name", "relu-2"], out).status == 0)
        #expect(try Self.bytes(out) == afterAdding, "the same command again changed a file")

        let chinese = try Self.run(["--all", "--lang", "zh"], out)
        try #require(chinese.status == 0, "\(chinese.stderr)")
        #expect(try Self.paths(out) == all + ["relu-2.svg"])
        let zhPage = try Self.page(out)
        #expect(zhPage.contains(#"<html lang="zh-CN">"#))
        #expect(zhPage.contains("本文件夹中的其他图") && zhPage.contains(#"<figure id="relu-2-figure">"#))
        #expect(zhPage.contains("<strong>relu-2: function and derivative</strong>"), "an earlier figure keeps its recorded title")
        #expect(zhPage.components(separatedBy: #"<figure id="gallery-figure">"#).count == 2, "the gallery is listed once")
        let relu = try #require(try Self.manifest(out).first { $0["path"] as? String == "relu.svg" })
        #expect(relu["title"] as? String == "ReLU 函数图像与导数图像")
        #expect(try Data(contentsOf: out.appendingPathComponent("relu.svg")) != before["relu.svg"]?.bytes, "the catalogue's figure was not redrawn")
    }

    @Test("the same command into the same folder twice writes the bytes it writes into an empty folder")
    func repeatIsIdentical() throws {
        let scratch = try Scratch()
        let arguments = ["sigmoid", "tanh", "--expr", "x * sigmoid(x)", "--name", "My SiLU", "--format", "png,svg"]
        let (once, twice) = (scratch.path("once"), scratch.path("twice"))
        try #require(try Self.run(arguments, once).status == 0)
        for _ in 0..<2 { try #require(try Self.run(arguments, twice).status == 0) }
        #expect(try Self.bytes(once) == Self.bytes(twice))
        #expect(!(try Self.page(twice)).contains(#"id="earlier""#))
    }

    @Test("earlier figures whose files exist stay in the manifest and on the page; deleted ones leave both")
    func mergeKeepsExisting() throws {
        let scratch = try Scratch()
        let out = scratch.path("out")
        try #require(try Self.run(["sigmoid", "relu"], out).status == 0)
        try #require(try Self.run(["tanh", "--lang", "zh"], out).status == 0)
        #expect(try Self.paths(out) == ["tanh.svg", "sigmoid.svg", "relu.svg"])
        var page = try Self.page(out)
        #expect(page.contains(#"<figure id="sigmoid-figure">"#) && page.contains(#"<figure id="relu-figure">"#))
        #expect(page.contains("<strong>Sigmoid: function and derivative</strong>"), "recorded in English, kept as it was")

        try FileManager.default.removeItem(at: out.appendingPathComponent("sigmoid.svg"))
        try #require(try Self.run(["tanh", "--lang", "zh"], out).status == 0)
        #expect(try Self.paths(out) == ["tanh.svg", "relu.svg"])
        page = try Self.page(out)
        #expect(!page.contains("sigmoid.svg") && page.contains(#"<figure id="relu-figure">"#))

        // A run without the page merges the manifest the same way.
        try #require(try Self.run(["softsign", "--no-report"], out).status == 0)
        #expect(try Self.paths(out) == ["softsign.svg", "tanh.svg", "relu.svg"])
    }

    @Test("a figure redrawn in fewer formats keeps its other files listed, so a later run may write them again")
    func otherFormatsOfAFigure() throws {
        let scratch = try Scratch()
        let out = scratch.path("out")
        try #require(try Self.run(["sigmoid", "--format", "png,svg"], out).status == 0)
        try #require(try Self.run(["sigmoid", "--format", "svg"], out).status == 0)
        #expect(try Self.paths(out) == ["sigmoid.svg", "sigmoid.png"])
        #expect(!(try Self.page(out)).contains(#"id="earlier""#))
        let again = try Self.run(["sigmoid", "--format", "png", "--lang", "zh"], out)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try Self.paths(out) == ["sigmoid.png", "sigmoid.svg"])
    }

    @Test("a figure whose name another figure of the folder holds is refused, naming a name that is free")
    func clashes() throws {
        let scratch = try Scratch()
        let out = scratch.path("out")
        try #require(try Self.run(["--expr", "x", "--name", "f"], out).status == 0)
        try #require(try Self.run(["--expr", "2*x", "--name", "f-2"], out).status == 0)
        try Data("mine".utf8).write(to: out.appendingPathComponent("f-3.svg"))
        let before = try OutputFolderTests.snapshot(out)

        let other = try Self.run(["--expr", "x*x", "--name", "F"], out)
        Self.expectRefused(other, ["--name 'F'", "'f.svg'", "the --expr 'x' named 'f'", "e.g. --name f-4"])
        try OutputFolderTests.expectUnchanged(before, out)
        let free = try Self.run(["--expr", "x*x", "--name", "f-4"], out)
        #expect(free.status == 0, "\(free.stderr)")

        let snapshot = try OutputFolderTests.snapshot(out)
        let catalogue = try Self.run(["--expr", "x", "--name", "sigmoid"], out)
        try #require(catalogue.status == 0, "\(catalogue.stderr)")
        let overExpression = try Self.run(["sigmoid"], out)
        Self.expectRefused(
            overExpression, ["the catalogue's sigmoid would be written to 'sigmoid.svg'", "the --expr 'x' named 'sigmoid'", "--replace"])
        let sigmoid = ["sigmoid.svg", "sigmoid.narrow.svg", "sigmoid.dark.svg", "sigmoid.narrow.dark.svg", "sigmoid.print.svg"]
        #expect(Set(try OutputFolderTests.snapshot(out).keys) == Set(snapshot.keys).union(sigmoid))
    }

    @Test("a file no manifest lists is not overwritten unless --replace", arguments: ["relu.svg", "index.html"])
    func unlistedFile(name: String) throws {
        let scratch = try Scratch()
        let out = scratch.path("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: out.appendingPathComponent(name))
        let before = try OutputFolderTests.snapshot(out)
        let refused = try Self.run(["relu"], out)
        Self.expectRefused(refused, ["'\(out.path)/\(name)' is already there", "--replace"])
        try OutputFolderTests.expectUnchanged(before, out)

        let replaced = try Self.run(["relu", "--replace"], out)
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(try Data(contentsOf: out.appendingPathComponent(name)) != Data("mine".utf8))
    }

    @Test("--replace starts the page and manifest afresh and deletes nothing")
    func replaceStartsAfresh() throws {
        let scratch = try Scratch()
        let out = scratch.path("out")
        try #require(try Self.run(["sigmoid"], out).status == 0)
        try #require(try Self.run(["--expr", "x", "--name", "tanh"], out).status == 0)
        let fresh = scratch.path("fresh")
        for folder in [out, fresh] { try #require(try Self.run(["tanh", "--replace"], folder).status == 0) }
        #expect(try Self.paths(out) == ["tanh.svg"])
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("sigmoid.svg").path))
        var expected = try Self.bytes(fresh)
        // sigmoid's files, its page variants among them, stay where the first run wrote them.
        for (name, bytes) in try Self.bytes(out) where name.hasPrefix("sigmoid.") { expected[name] = bytes }
        #expect(expected.keys.filter { $0.hasPrefix("sigmoid.") }.count == 5)
        #expect(try Self.bytes(out) == expected)
    }

    @Test(
        "a manifest that is not actplot's is refused with 65 naming it, unless --replace",
        arguments: [
            ("{\"files\": [", "is not valid JSON"),
            ("{\"figures\": []}", "'files'"),
            (
                #"{"files": [{"path": "../secret.svg", "figure": "secret", "title": "t", "format": "svg", "width": 1, "height": 1, "embed": {"markdown": "", "html": "", "latex": ""}}]}"#,
                "'../secret.svg', which is not a figure file actplot writes"
            ),
        ])
    func corruptManifest(text: String, reason: String) throws {
        let scratch = try Scratch()
        let out = scratch.path("out")
        try #require(try Self.run(["sigmoid"], out).status == 0)
        try Data(text.utf8).write(to: out.appendingPathComponent("manifest.json"))
        let before = try OutputFolderTests.snapshot(out)
        let refused = try Self.run(["sigmoid"], out)
        Self.expectRefused(refused, status: 65, ["'\(out.path)/manifest.json'", reason, "--replace"])
        try OutputFolderTests.expectUnchanged(before, out)
        let replaced = try Self.run(["sigmoid", "--replace"], out)
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(try Self.paths(out) == ["sigmoid.svg"])
    }

    @Test("a manifest written before identities were recorded is read: catalogue ids keep their figures")
    func manifestWithoutIdentities() throws {
        let scratch = try Scratch()
        let out = scratch.path("out")
        try #require(try Self.run(["sigmoid", "--expr", "x", "--name", "mine"], out).status == 0)
        let url = out.appendingPathComponent("manifest.json")
        var document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        document["files"] = try Self.manifest(out).map { $0.filter { $0.key != "identity" && $0.key != "alt" } }
        try JSONSerialization.data(withJSONObject: document).write(to: url)

        let redrawn = try Self.run(["sigmoid", "--lang", "zh"], out)
        #expect(redrawn.status == 0, "\(redrawn.stderr)")
        #expect(try Self.paths(out) == ["sigmoid.svg", "mine.svg"])
        Self.expectRefused(try Self.run(["--expr", "x", "--name", "Sigmoid"], out), ["the catalogue's sigmoid"])
        Self.expectRefused(try Self.run(["--expr", "x", "--name", "mine"], out), ["an --expr figure titled 'mine: function and derivative'"])
    }
}
