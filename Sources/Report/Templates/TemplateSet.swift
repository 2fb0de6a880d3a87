import Foundation
import Mustache

/// The report's templates and stylesheet: the built-in copy of `templates/`, or a user's folder.
public struct TemplateSet: Sendable {
    /// The page template, compiled.
    let library: MustacheLibrary
    /// The stylesheet copied beside the page.
    let stylesheet: String

    /// The page template's name within the set (`index.html.mustache`).
    static let pageName = "index.html"

    /// The templates built into the binary from the repository's `templates/` folder.
    public static func builtIn() throws -> TemplateSet {
        try TemplateSet(files: EmbeddedFiles.files, origin: "built-in templates")
    }

    /// The templates of a user's folder, so a report can be restyled without rebuilding.
    public static func load(from folder: URL) throws -> TemplateSet {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw TemplateError.missingFolder(folder.path)
        }
        var files: [String: String] = [:]
        for name in [pageName + ".mustache", "style.css"] {
            let url = folder.appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw TemplateError.missingFile(url.path)
            }
            files[name] = text
        }
        return try TemplateSet(files: files, origin: folder.path)
    }

    init(files: [String: String], origin: String) throws {
        let pageFile = Self.pageName + ".mustache"
        guard let page = files[pageFile] else { throw TemplateError.missingFile("\(origin)/\(pageFile)") }
        guard let css = files["style.css"] else { throw TemplateError.missingFile("\(origin)/style.css") }
        var library = MustacheLibrary()
        do {
            library.register(try MustacheTemplate(string: page), named: Self.pageName)
        } catch let error as MustacheTemplate.ParserError {
            throw TemplateError.syntax(file: "\(origin)/\(pageFile)", line: error.context.lineNumber, message: "\(error.error)")
        }
        self.library = library
        stylesheet = css
    }

    /// Renders the page for `context`.
    func renderPage(_ context: Any) -> String {
        library.render(context, withTemplate: Self.pageName) ?? ""
    }
}

/// A problem with the report templates.
public enum TemplateError: Error, CustomStringConvertible {
    /// `--templates` names no folder.
    case missingFolder(String)
    /// A template file the report needs is absent.
    case missingFile(String)
    /// A template does not parse.
    case syntax(file: String, line: Int, message: String)

    public var description: String {
        switch self {
        case .missingFolder(let path): "templates folder '\(path)' does not exist; pass a folder holding index.html.mustache and style.css"
        case .missingFile(let path): "template file '\(path)' is missing; a templates folder needs index.html.mustache and style.css"
        case .syntax(let file, let line, let message): "template syntax error in '\(file)' at line \(line): \(message)"
        }
    }
}
