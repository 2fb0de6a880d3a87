import Foundation
import Testing

/// Every kind of bad input, through the real executable: one line on stderr naming the bad value
/// and what is accepted, the sysexits status, nothing on stdout, and no output folder created.
@Suite("bad input")
struct BadInputTests {
    /// One case: the arguments (`OUT` stands for a fresh folder path), the exit status, and a
    /// piece of the message.
    struct Case: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var status: Int32
        var fragment: String
        /// Lines on stderr: 1, or 3 for an expression with a caret under the fault.
        var lines = 1

        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let usage: [Case] = [
        Case(arguments: ["sigmoud", "--out", "OUT"], status: 64, fragment: "unknown function 'sigmoud'; did you mean sigmoid"),
        Case(arguments: ["sigmoid", "--param", "beta", "--out", "OUT"], status: 64, fragment: "--param 'beta' is not KEY=VALUE"),
        Case(arguments: ["sigmoid", "--param", "=1", "--out", "OUT"], status: 64, fragment: "--param '=1' is not KEY=VALUE"),
        Case(arguments: ["sigmoid", "--param", "beta=x", "--out", "OUT"], status: 64, fragment: "--param beta='x' is not a number"),
        Case(
            arguments: ["sigmoid", "--param", "alpha=0.1", "--out", "OUT"], status: 64,
            fragment: "unknown --param 'alpha'; the selected functions take no parameters"),
        Case(arguments: ["sigmoid", "--range", "5:1", "--out", "OUT"], status: 64, fragment: "--range '5:1' must have finite A < B"),
        Case(arguments: ["hard-tanh", "--param", "min=2", "--param", "max=1", "--out", "OUT"], status: 64, fragment: "hard-tanh needs min < max"),
        Case(arguments: ["softplus", "--param", "beta=0", "--out", "OUT"], status: 64, fragment: "--param beta=0 is outside the domain of softplus"),
        Case(arguments: ["leaky-relu6", "--param", "negative_slope=5", "--out", "OUT"], status: 64, fragment: "--param negative_slope=5 is outside"),
        Case(arguments: ["sigmoid", "--self-contained", "--no-report", "--out", "OUT"], status: 64, fragment: "--self-contained inlines figures"),
        Case(arguments: ["sigmoid", "--jobs", "0", "--out", "OUT"], status: 64, fragment: "--jobs 0 is out of range"),
        Case(arguments: ["sigmoid", "--range", "2:2", "--out", "OUT"], status: 64, fragment: "--range '2:2' must have finite A < B"),
        Case(arguments: ["sigmoid", "--range", "nan:1", "--out", "OUT"], status: 64, fragment: "--range 'nan:1' must have finite A < B"),
        Case(arguments: ["sigmoid", "--range=-inf:1", "--out", "OUT"], status: 64, fragment: "--range '-inf:1' must have finite A < B"),
        Case(arguments: ["sigmoid", "--range", "1e999:2e999", "--out", "OUT"], status: 64, fragment: "must have finite A < B"),
        Case(arguments: ["sigmoid", "--range", "3", "--out", "OUT"], status: 64, fragment: "--range '3' is not two numbers A:B"),
        Case(arguments: ["sigmoid", "--range", "", "--out", "OUT"], status: 64, fragment: "--range '' is not two numbers A:B"),
        Case(arguments: ["sigmoid", "--range", "1:2:3", "--out", "OUT"], status: 64, fragment: "--range '1:2:3' is not two numbers"),
        Case(arguments: ["sigmoid", "--range", "a:b", "--out", "OUT"], status: 64, fragment: "--range 'a:b' is not two numbers"),
        Case(
            arguments: ["sigmoid", "--samples", "0", "--out", "OUT"], status: 64,
            fragment: "--samples 0 is out of range; use a whole number from 2 to 1000000"),
        Case(arguments: ["sigmoid", "--samples", "-5", "--out", "OUT"], status: 64, fragment: "--samples -5 is out of range"),
        Case(arguments: ["sigmoid", "--samples", "1000001", "--out", "OUT"], status: 64, fragment: "--samples 1000001 is out of range"),
        Case(
            arguments: ["sigmoid", "--samples", "99999999999999999999", "--out", "OUT"], status: 64,
            fragment: "'99999999999999999999' is invalid for '--samples"),
        Case(arguments: ["sigmoid", "--samples", "1.5", "--out", "OUT"], status: 64, fragment: "'1.5' is invalid for '--samples"),
        Case(
            arguments: ["sigmoid", "--format", "gif", "--out", "OUT"], status: 64,
            fragment: "the value 'gif' is invalid for '--format <format>'. Please provide one of 'png', 'svg' or 'pdf'"),
        Case(
            arguments: ["sigmoid", "--format", "png,,svg", "--out", "OUT"], status: 64,
            fragment: "the value 'png,,svg' is invalid for '--format <format>'"),
        Case(
            arguments: ["sigmoid", "--theme", "neon", "--out", "OUT"], status: 64,
            fragment: "the value 'neon' is invalid for '--theme <theme>'. Please provide one of 'light', 'dark' or 'print'"),
        Case(
            arguments: ["sigmoid", "--lang", "fr", "--out", "OUT"], status: 64,
            fragment: "the value 'fr' is invalid for '--lang <lang>'. Please provide one of 'en', 'zh' or 'zh-TW'"),
        Case(
            arguments: ["sigmoid", "--width", "-5", "--out", "OUT"], status: 64,
            fragment: "--width -5.0 is out of range; use a number of pixels from 200 to 8000"),
        Case(arguments: ["sigmoid", "--height", "nan", "--out", "OUT"], status: 64, fragment: "--height nan is out of range"),
        Case(
            arguments: ["sigmoid", "--scale", "0", "--out", "OUT"], status: 64, fragment: "--scale 0.0 is out of range; use a number from 0.25 to 8"),
        Case(
            arguments: ["sigmoid", "--text-scale", "3", "--out", "OUT"], status: 64,
            fragment: "--text-scale 3.0 is out of range; use a number from 0.5 to 2"),
        Case(arguments: ["sigmoid", "--text-scale", "nan", "--out", "OUT"], status: 64, fragment: "--text-scale nan is out of range"),
        Case(
            arguments: ["sigmoid", "--width", "8000", "--scale", "8", "--out", "OUT"], status: 64,
            fragment: "makes PNGs of 64000 × 3840 pixels; at most 32767 a side"),
        Case(arguments: ["sigmoid", "--out", ""], status: 64, fragment: "--out is empty"),
        Case(arguments: ["--name", "gelu2", "--out", "OUT"], status: 64, fragment: "--name names an --expr function"),
        Case(arguments: ["--expr", "x * (1 + ", "--out", "OUT"], status: 64, fragment: "^ expected a number, x, a function or '(' here", lines: 3),
        Case(arguments: ["--expr", "foo(x)", "--out", "OUT"], status: 64, fragment: "^ unknown function 'foo'", lines: 3),
        Case(arguments: ["--expr", "x + y", "--out", "OUT"], status: 64, fragment: "^ unknown name 'y'", lines: 3),
        Case(arguments: ["--expr", "", "--out", "OUT"], status: 64, fragment: "--expr: the expression is empty"),
        Case(
            arguments: ["--templates", "OUT-templates", "sigmoid", "--out", "OUT"], status: 64,
            fragment: "OUT-templates' does not exist; pass a folder holding index.html.mustache"),
        Case(arguments: ["eval", "sigmoid"], status: 64, fragment: "--at needs at least one number"),
        Case(arguments: ["eval", "sigmoid", "--at", ","], status: 64, fragment: "--at ',': '' is not a number"),
        Case(arguments: ["sigmoud\nx", "--out", "OUT"], status: 64, fragment: "unknown function 'sigmoud\\u{A}x'"),
    ]

    /// ArgumentParser's own errors, reformatted to one line with a pointer to the right help.
    static let parser: [Case] = [
        Case(
            arguments: ["--foo", "--out", "OUT"], status: 64, fragment: "unknown option '--foo'. Did you mean '--all'? (see 'actplot render --help')"),
        Case(arguments: ["sigmoid", "--out"], status: 64, fragment: "missing value for '--out <out>' (see 'actplot render --help')"),
        Case(arguments: ["eval", "sigmoid", "--at"], status: 64, fragment: "(see 'actplot eval --help')"),
        Case(arguments: ["list", "extra"], status: 64, fragment: "unexpected argument 'extra' (see 'actplot list --help')"),
        Case(arguments: ["data", "sigmoid", "--samples"], status: 64, fragment: "(see 'actplot data --help')"),
    ]

    static let data: [Case] = [
        Case(
            arguments: ["--expr", "log(x)", "--range=-5:-1", "--out", "OUT"], status: 65,
            fragment: "--expr 'log(x)' is not finite anywhere on [-5, -1]"),
        Case(arguments: ["--expr", "sqrt(x - 10)", "--out", "OUT"], status: 65, fragment: "is not finite anywhere on [-5, 5]"),
    ]

    @Test("usage and data errors: one line, the right status, nothing written", arguments: usage + parser + data)
    func rejected(_ c: Case) throws {
        let parent = ActplotProcess.temporaryFolder()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: parent) }
        let out = parent.appendingPathComponent("out")
        let arguments = c.arguments.map { $0.replacingOccurrences(of: "OUT", with: out.path) }
        let result = try ActplotProcess.run(arguments, in: parent)
        let fragment = c.fragment.replacingOccurrences(of: "OUT", with: out.path)
        #expect(result.status == c.status, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("actplot: error: "), "\(result.stderr)")
        #expect(result.stderr.contains(fragment), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == c.lines, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).isEmpty, "something was written")
    }

    @Test(
        "a template with a syntax error is named with its file and line, exit 65, nothing written",
        arguments: [
            ("<p>\n{{#open}}\n<p>\n", "at line 4: a section opened with {{#name}} or {{^name}} is never closed with {{/name}}"),
            ("<p>\n{{#a}}\n{{/b}}\n", "at line 3: {{/name}} closes a section other than the one open"),
            ("<p>{{title\n", "a tag is not closed with }} before the end of the file"),
            ("<p>\n{{> index.html}}\n", "at line 2: {{> index.html}} includes the page in itself"),
            (String(repeating: "{{#a}}\n", count: 3000), "at line 101: sections are nested more than 100 deep"),
        ])
    func templateSyntax(template: String, fragment: String) throws {
        let parent = ActplotProcess.temporaryFolder()
        let templates = parent.appendingPathComponent("templates"), out = parent.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: parent) }
        try Data(template.utf8).write(to: templates.appendingPathComponent("index.html.mustache"))
        try Data("body {}".utf8).write(to: templates.appendingPathComponent("style.css"))
        let result = try ActplotProcess.run(["sigmoid", "--templates", templates.path, "--out", out.path])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("actplot: error: template syntax error in '\(templates.path)/index.html.mustache' "), "\(result.stderr)")
        #expect(result.stderr.contains(fragment), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("--help and --version still print to stdout and exit 0", arguments: [["--help"], ["--version"], ["eval", "--help"], ["help", "data"]])
    func help(arguments: [String]) throws {
        let result = try ActplotProcess.run(arguments)
        #expect(result.status == 0 && !result.stdout.isEmpty && result.stderr.isEmpty, "\(result.stderr)")
    }
}
