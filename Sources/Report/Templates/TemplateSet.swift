import Foundation
import Mustache

/// The report's templates and stylesheet: the built-in copy of `templates/`, or a user's folder.
///
/// A user's folder is compiled when loaded, so a syntax error stops the run before any drawing.
/// The built-in page, covered by the tests, is compiled only when a page is written: a run with
/// `--no-report` does not pay for parsing it.
public struct TemplateSet: Sendable {
    /// The page template's source.
    let page: String
    /// Where the files came from, for error messages.
    let origin: String
    /// The page template, compiled; nil until a page is rendered, for the built-in set.
    let library: MustacheLibrary?
    /// The stylesheet copied beside the page.
    let stylesheet: String

    /// The page template's name within the set (`index.html.mustache`).
    static let pageName = "index.html"

    /// The templates built into the binary from the repository's `templates/` folder.
    public static func builtIn() throws -> TemplateSet {
        try TemplateSet(files: EmbeddedFiles.files, origin: "built-in templates", compile: false)
    }

    /// The templates of a user's folder, so a report can be restyled without rebuilding.
    public static func load(from folder: URL) throws -> TemplateSet {
        switch OutputFolder.status(of: folder.path) {
        case .directory: break
        case .file: throw TemplateError.missingFolder(folder.path, reason: "is a file, not a folder")
        case .missing: throw TemplateError.missingFolder(folder.path, reason: "does not exist")
        case .unreadable(let reason): throw TemplateError.missingFolder(folder.path, reason: "cannot be read (\(reason))")
        }
        var files: [String: String] = [:]
        for name in [pageName + ".mustache", "style.css"] {
            let url = folder.appendingPathComponent(name)
            guard OutputFolder.status(of: url.path) != .missing else { throw TemplateError.missingFile(url.path) }
            guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                throw TemplateError.unreadableFile(url.path)
            }
            files[name] = text
        }
        return try TemplateSet(files: files, origin: folder.path)
    }

    init(files: [String: String], origin: String, compile: Bool = true) throws {
        let pageFile = Self.pageName + ".mustache"
        guard let page = files[pageFile] else { throw TemplateError.missingFile("\(origin)/\(pageFile)") }
        guard let css = files["style.css"] else { throw TemplateError.missingFile("\(origin)/style.css") }
        self.page = page
        self.origin = origin
        library = compile ? try Self.compile(page, origin: origin) : nil
        stylesheet = css
    }

    private static func compile(_ page: String, origin: String) throws -> MustacheLibrary {
        var library = MustacheLibrary()
        ScalarHTMLEscaping.register()
        do {
            library.register(try MustacheTemplate(string: ScalarHTMLEscaping.pragma + page), named: Self.pageName)
        } catch let error as MustacheTemplate.ParserError {
            throw TemplateError.syntax(
                file: "\(origin)/\(pageName).mustache", line: error.context.lineNumber, message: TemplateError.explain(error.error))
        }
        return library
    }

    /// Renders the page for `context`.
    func renderPage(_ context: Any) throws -> String {
        let library = try self.library ?? Self.compile(page, origin: origin)
        return library.render(context, withTemplate: Self.pageName) ?? ""
    }
}

/// A problem with the report templates.
public enum TemplateError: Error, CustomStringConvertible {
    /// `--templates` names no folder: it is missing, a file, or unreadable, as `reason` says.
    case missingFolder(String, reason: String)
    /// A template file the report needs is absent.
    case missingFile(String)
    /// A template file exists but cannot be read as UTF-8 text.
    case unreadableFile(String)
    /// A template does not parse.
    case syntax(file: String, line: Int, message: String)

    public var description: String {
        switch self {
        case .missingFolder(let path, let reason): "templates folder '\(path)' \(reason); pass a folder holding index.html.mustache and style.css"
        case .missingFile(let path): "template file '\(path)' is missing; a templates folder needs index.html.mustache and style.css"
        case .unreadableFile(let path): "template file '\(path)' cannot be read as UTF-8 text"
        case .syntax(let file, let line, let message): "template syntax error in '\(file)' at line \(line): \(message)"
        }
    }

    /// swift-mustache's parse error in words a template author can act on.
    static func explain(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: "{{/name}} closes a section other than the one open"
        case MustacheTemplate.Error.unfinishedName: "a tag is not closed with }}"
        case MustacheTemplate.Error.expectedSectionEnd: "a section opened with {{#name}} or {{^name}} is never closed with {{/name}}"
        case MustacheTemplate.Error.invalidSetDelimiter: "a {{=<% %>=}} delimiter change is malformed"
        case MustacheTemplate.Error.invalidConfigVariableSyntax, MustacheTemplate.Error.unrecognisedConfigVariable:
            "a {{% ... }} configuration tag is not understood"
        // The reader's own `overflow` (an internal type): the text ended inside a tag.
        case _ where "\(error)" == "overflow": "a tag is not closed with }} before the end of the file"
        default: "\(error)"
        }
    }
}
