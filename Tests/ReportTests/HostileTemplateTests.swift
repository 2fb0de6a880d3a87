import Foundation
import Mustache
import Testing

@testable import Report

/// A user's templates that would crash swift-mustache (recursion, deep nesting), take minutes to
/// parse, or cannot be read are refused with the file, the line and the reason.
@Suite("hostile templates")
struct HostileTemplateTests {
    static func compile(_ page: String) throws -> TemplateSet {
        try TemplateSet(files: ["index.html.mustache": page, "style.css": ""], origin: "/t")
    }

    /// The error `page` is refused with, as the user reads it.
    static func refusal(_ page: String) -> String? {
        do {
            _ = try compile(page)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test(
        "partials and parents are refused with their line: the page itself, unknown names, dynamic names",
        arguments: [
            ("<p>\n{{> index.html}}\n", "at line 2: {{> index.html}} includes the page in itself"),
            ("{{< index.html}}\n{{$b}}x{{/b}}\n{{/index.html}}\n", "at line 1: {{< index.html}} makes the page inherit from itself"),
            ("a\nb\n  {{>header}}\n", "at line 3: {{> header}} names no template; a templates folder holds only index.html.mustache"),
            ("{{#files}}{{>*title}}{{/files}}", "at line 1: {{> *title}} picks a template by a value of the page"),
            ("{{=<% %>=}}\n<%> index.html %>\n", "at line 2: {{> index.html}} includes the page in itself"),
            ("{{=<% %>=}}\n<%={{ }}=%>\n{{> index.html}}\n", "at line 3: {{> index.html}} includes the page in itself"),
        ])
    func references(page: String, fragment: String) throws {
        let message = try #require(Self.refusal(page))
        #expect(message.hasPrefix("template syntax error in '/t/index.html.mustache' "), "\(message)")
        #expect(message.contains(fragment), "\(message)")
    }

    @Test("text that only looks like a partial is not refused: a comment, other delimiters")
    func lookalikes() throws {
        let set = try Self.compile("{{! {{> index.html}}\n<%> index.html %>\n{{=<% %>=}}{{> index.html}}\n")
        #expect(try set.renderPage([String: Any]()) == "<%> index.html %>\n{{> index.html}}\n")
    }

    @Test("3000 nested sections are refused at the 101st, not a stack overflow")
    func deepNesting() throws {
        let page = String(repeating: "{{#a}}\n", count: 3000) + "x\n" + String(repeating: "{{/a}}\n", count: 3000)
        let message = try #require(Self.refusal(page))
        #expect(message.contains("at line 101: sections are nested more than 100 deep"), "\(message)")
        // Inverted sections and blocks count too, on one line.
        let mixed = String(repeating: "{{^a}}{{$b}}", count: 60) + String(repeating: "{{/b}}{{/a}}", count: 60)
        #expect(Self.refusal(mixed)?.contains("at line 1: sections are nested more than 100 deep") == true)
    }

    @Test("100 nested sections compile and render against data that goes as deep")
    func deepestAllowed() throws {
        let page = String(repeating: "{{#a}}", count: 100) + "{{v}}" + String(repeating: "{{/a}}", count: 100)
        var context: [String: Any] = ["v": "deep"]
        for _ in 0..<100 { context = ["a": context] }
        #expect(try Self.compile(page).renderPage(context) == "deep")
        // The page's own context: sections over its arrays, nested as far as the limit allows.
        let sections = String(repeating: "{{#toc}}", count: 100) + "." + String(repeating: "{{/toc}}", count: 100)
        let toc: [String: Any] = ["toc": [["label": "x"]]]
        #expect(try Self.compile(sections).renderPage(toc) == ".")
    }

    /// An ordinary page of `bytes`: text, variables, sections, inverted sections, comments and
    /// standalone tags, so cutting it into pieces is tested on every kind of line.
    static func ordinaryPage(bytes: Int) -> String {
        var page = "<!doctype html>\n<title>{{title}}</title>\n"
        var n = 0
        while page.utf8.count < bytes {
            n += 1
            page += """
                <section id="s\(n)">
                  <h2>{{title}} number \(n) &amp; {{{raw}}}</h2>
                  {{#items}}
                  <p>{{name}}: some ordinary text, lorem ipsum dolor sit amet {{&raw}}.</p>
                  {{/items}}
                  {{^missing}}<em>none</em>{{/missing}} {{! a comment }}
                  {{! a standalone comment }}
                </section>

                """
        }
        return page
    }

    static var ordinaryContext: [String: Any] {
        ["title": "T <&>", "raw": "<b>", "items": [["name": "a"], ["name": "b"]]]
    }

    @Test("a 1 MB page compiles in pieces, quickly, and renders exactly as the whole page")
    func largePage() throws {
        let page = Self.ordinaryPage(bytes: 1_000_000)
        let start = ContinuousClock.now
        let set = try Self.compile(page)
        let elapsed = ContinuousClock.now - start
        // Parsed whole, this page took 72 s (debug) and 87 s (release); in pieces, about 1.5 s
        // in a debug build. The bound leaves room for a loaded machine.
        #expect(elapsed < .seconds(10), "\(elapsed)")
        let library = try #require(set.library)
        #expect(library.getTemplate(named: "index.html/1") != nil, "the page was not cut")

        let smaller = Self.ordinaryPage(bytes: 40_000)
        let whole = try MustacheTemplate(string: smaller).render(Self.ordinaryContext)
        #expect(try Self.compile(smaller).renderPage(Self.ordinaryContext) == whole)
    }

    @Test("a section too long to cut into pieces is refused with its line")
    func longSection() throws {
        let page = "<p>\n{{#items}}\n" + Self.ordinaryPage(bytes: 40_000) + "{{/items}}\n"
        let message = try #require(Self.refusal(page))
        #expect(
            message.hasPrefix("template size error in '/t/index.html.mustache' at line 1: a section or line from here is longer than 32 KB"),
            "\(message)")
    }

    @Test("a syntax error in a later piece is reported at its line in the whole file")
    func errorLineInPiece() throws {
        let page = Self.ordinaryPage(bytes: 30_000)
        let lines = page.filter(\.isNewline).count
        let message = try #require(Self.refusal(page + "{{#open}}\n<p>\n"))
        #expect(message.contains("at line \(lines + 3): a section opened with {{#name}}"), "\(message)")
    }

    /// A templates folder in a fresh temporary folder, with `page` written as `index.html.mustache`
    /// unless `page` is nil (then the test puts something else there).
    static func folder(page: Data?) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actplot-tpl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("body {}".utf8).write(to: folder.appendingPathComponent("style.css"))
        if let page { try page.write(to: folder.appendingPathComponent("index.html.mustache")) }
        return folder
    }

    @Test("a template file that cannot be used says why: a folder, not UTF-8, too large")
    func unusableFiles() throws {
        let directory = try Self.folder(page: nil)
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("index.html.mustache"), withIntermediateDirectories: false)

        let latin1 = try Self.folder(page: Data([0x3C, 0x70, 0x3E, 0xE9, 0x0A]))
        defer { try? FileManager.default.removeItem(at: latin1) }
        let huge = try Self.folder(page: Data(repeating: 0x61, count: TemplateSet.maxBytes + 1))
        defer { try? FileManager.default.removeItem(at: huge) }

        for (folder, reason) in [(directory, "is a folder, not a file"), (latin1, "is not UTF-8 text"), (huge, "is larger than the limit of 1 MB")] {
            #expect {
                _ = try TemplateSet.load(from: folder)
            } throws: { error in
                "\(error)" == "template file '\(folder.path)/index.html.mustache' \(reason); a template must be a UTF-8 text file"
            }
        }
    }
}
