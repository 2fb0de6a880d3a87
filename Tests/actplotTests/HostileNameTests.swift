import Foundation
import Testing

/// What a user's --name can do: markup hidden in clusters stays text, a name that shows nothing
/// or stacks endless marks is refused, and a long name fits its panel.
@Suite("hostile names")
struct HostileNameTests {
    @Test(
        "hostile names reach the page, the manifest and the figures as text",
        arguments: [
            "<\u{301}img src=x onerror=document.body.innerHTML=1337 x", "q\"\u{301} onload=alert(1) x", "&\u{301}<\u{301}b\u{301}>",
            "\u{202E}<b>&amp;",
        ])
    func names(name: String) throws {
        let out = ActplotProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try ActplotProcess.run(["--expr", "x", "--name", name, "--out", out.path, "--format", "svg,png", "--samples", "50"])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        // Every name holds a markup character, so as typed it must appear nowhere.
        let shown = String(String.UnicodeScalarView(name.unicodeScalars.filter { !$0.properties.isBidiControl }))
        #expect(!page.contains(shown) && !page.contains("<img src=x") && !page.contains("<b>"))
        let manifest = try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)
        let json = try #require(try JSONOutput.parse(manifest) as? [String: Any])
        for file in try #require(json["files"] as? [[String: Any]]) {
            let embed = try #require(file["embed"] as? [String: String])
            let html = try #require(embed["html"])
            #expect(html.components(separatedBy: "<").count == 6, "<figure>, <img>, <figcaption> and two closing tags, no more: \(html)")
            #expect(!html.contains(shown) && !html.contains("<img src=x") && !html.contains("<b>"))
        }
    }

    @Test(
        "a name of endless marks, or of nothing visible, is refused at once with a short line",
        arguments: [
            ("a" + String(repeating: "\u{301}", count: 60_000), "marks stacked on it; at most 30 are allowed"),
            ("\u{200B}\u{202E} \u{2066}", "has no visible character"),
            ("\u{FEFF}\u{200D}", "has no visible character"),
        ])
    func refused(name: String, reason: String) throws {
        let out = ActplotProcess.temporaryFolder()
        let start = Date()
        let result = try ActplotProcess.run(["--expr", "x", "--name", name, "--out", out.path])
        #expect(result.status == 64 && result.stderr.contains(reason), "\(result.stderr.prefix(300))")
        #expect(result.stderr.utf8.count < 400, "the error line echoes the whole name")
        #expect(!result.stderr.unicodeScalars.contains { $0.properties.isBidiControl }, "a bidi control reached the terminal")
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("bidi controls never reach a title, the page or an error line")
    func bidi() throws {
        let out = ActplotProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try ActplotProcess.run(["--expr", "x", "--name", "evil\u{202E}gnp.exe", "--out", out.path, "--format", "svg", "--samples", "50"])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(page.contains("evilgnp.exe") && !page.unicodeScalars.contains("\u{202E}"))
        let error = try ActplotProcess.run(["re\u{202E}lu"])
        #expect(error.status == 64 && error.stderr.contains("re\\u{202E}lu") && !error.stderr.unicodeScalars.contains("\u{202E}"))
    }

    @Test("a title too long for its panel keeps its start and its last word, and the 80-character bound holds in scalars")
    func longNames() throws {
        let out = ActplotProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let name = String(repeating: "门控线性单元", count: 14) + String(repeating: "👩‍👩‍👧‍👦", count: 40)
        let result = try ActplotProcess.run(["--expr", "x", "--name", name, "--out", out.path, "--format", "png", "--samples", "50", "--lang", "zh"])
        #expect(result.status == 0, "\(result.stderr)")
        let manifest = try #require(
            try JSONOutput.parse(String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)) as? [String: Any])
        let title = try #require((manifest["files"] as? [[String: Any]])?.first?["title"] as? String)
        #expect(title.hasPrefix("门控线性单元门控"))
        #expect(title.unicodeScalars.count < 240 + 20)
    }
}
