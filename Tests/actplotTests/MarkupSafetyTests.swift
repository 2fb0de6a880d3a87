import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Text from the command line reaches the page, the figures and the manifest as text, never as
/// markup, and file names made from it stay inside the output folder.
@Suite("markup safety")
struct MarkupSafetyTests {
    static let hostile = #"<script>alert(1)</script> & "q" <img src=x onerror=alert(2)>"#

    @Test("a --name with markup is escaped in the page, the SVG and the manifest, and sanitised as a file name")
    func hostileName() throws {
        let out = ActplotProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try ActplotProcess.run(["--expr", "x * sigmoid(x)", "--name", Self.hostile, "--out", out.path, "--samples", "200"])
        #expect(result.status == 0, "\(result.stderr)")
        let id = "script-alert-1-script-q-img-src-x-onerror-alert-2"
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(
            files == [
                "index.html", "latinmodern-math.otf", "manifest.json", "\(id).dark.svg", "\(id).narrow.dark.svg", "\(id).narrow.svg", "\(id).png",
                "\(id).print.svg",
                "\(id).svg", "style.css",
            ])

        let page = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(!page.lowercased().contains("<script"))
        #expect(!page.contains("<img src=x"))
        #expect(page.contains("<h3>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &lt;img src=x onerror=alert(2)&gt;</h3>"))
        let svg = try String(contentsOf: out.appendingPathComponent("\(id).svg"), encoding: .utf8)
        // The name reaches the SVG only as the text of its <title> and <desc>, escaped.
        #expect(!svg.lowercased().contains("<script") && !svg.contains("<img"))
        #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &lt;img src=x onerror=alert(2)&gt;"))
        #expect(XMLParser(data: Data(svg.utf8)).parse())

        let manifest = try #require(
            try JSONOutput.parse(String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)) as? [String: Any])
        let entry = try #require((manifest["files"] as? [[String: Any]])?.first)
        #expect((entry["title"] as? String)?.hasPrefix(Self.hostile) == true, "the manifest keeps the name as data")
        let embed = try #require(entry["embed"] as? [String: String])
        #expect(embed["html"]?.contains("<script") == false)
        #expect(embed["markdown"]?.hasPrefix(#"![\<script\>alert(1)\</script\> \& "q" \<img"#) == true, "\(embed["markdown"] ?? "")")
    }

    @Test(
        "file names from --name: no separators, no dot files, bounded length",
        arguments: [
            ("../../etc/passwd", "etc-passwd"), (".hidden", "hidden"), ("a/b\\c", "a-b-c"), ("..", "custom"), ("门控", "custom"),
            (String(repeating: "long", count: 100), String(repeating: "long", count: 16)),
        ])
    func fileNames(name: String, id: String) throws {
        let parent = ActplotProcess.temporaryFolder()
        let out = parent.appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: parent) }
        let result = try ActplotProcess.run(["--expr", "x", "--name", name, "--out", out.path, "--format", "svg", "--no-report", "--samples", "50"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["out"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["\(id).svg", "manifest.json"])
    }

    @Test(
        "two figures whose names sanitise alike are refused, not written over each other",
        arguments: [
            ["sigmoid", "--expr", "x", "--name", "SIGMOID"],
            ["--all", "--expr", "x", "--name", "Gallery!"],
        ])
    func clashingNames(arguments: [String]) throws {
        let out = ActplotProcess.temporaryFolder()
        let result = try ActplotProcess.run(arguments + ["--out", out.path])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains("sigmoid") || result.stderr.contains("'gallery.png'"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("the page runs no script and says so: a Content-Security-Policy allowing none")
    func noScript() throws {
        let out = ActplotProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try ActplotProcess.run(["--all", "--out", out.path, "--samples", "200", "--format", "svg"])
        try #require(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(!page.lowercased().contains("<script"))
        #expect(page.range(of: #"\son[a-z]+\s*="#, options: [.regularExpression, .caseInsensitive]) == nil, "an event handler attribute")
        #expect(!page.contains("javascript:"))
        let meta = try #require(page.range(of: #"<meta http-equiv="Content-Security-Policy" content="[^"]*">"#, options: .regularExpression))
        let policy = String(page[meta])
        #expect(policy.contains("default-src 'none'"))
        #expect(!policy.contains("script-src"), "default-src 'none' must not be widened for scripts")
    }
}
