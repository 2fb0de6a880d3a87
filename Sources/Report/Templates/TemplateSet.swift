import ActivationMath
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
    /// String catalogue files by path (`strings/zh-Hans.json`): a user's folder may replace any
    /// language's; the others come from the built-in set.
    let stringFiles: [String: String]

    /// The largest template file read, so the parser's time stays short (see the README).
    static let maxBytes = 1_048_576

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
            files[name] = try readFile(folder.appendingPathComponent(name).path)
        }
        for language in Language.allCases {
            let name = "strings/" + StringCatalogue.fileName(for: language)
            let path = folder.appendingPathComponent(name).path
            if OutputFolder.status(of: path) != .missing { files[name] = try readFile(path) }
        }
        return try TemplateSet(files: files, origin: folder.path)
    }

    /// The text of one template file, or the true reason it cannot be had: a folder in its
    /// place, a read the system refuses (with its reason), a size over `maxBytes`, or bytes that
    /// are not UTF-8.
    private static func readFile(_ path: String) throws -> String {
        switch OutputFolder.status(of: path) {
        case .missing: throw TemplateError.missingFile(path)
        case .directory: throw TemplateError.unreadableFile(path, reason: "is a folder, not a file")
        case .unreadable(let reason): throw TemplateError.unreadableFile(path, reason: "cannot be read: \(reason)")
        case .file: break
        }
        // Opened here rather than by Foundation, whose error names the file but not the cause.
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw TemplateError.unreadableFile(path, reason: "cannot be read: \(String(cString: strerror(errno)))")
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        let data: Data
        do {
            // One byte over the limit is enough to know the file is too large.
            data = try handle.read(upToCount: maxBytes + 1) ?? Data()
        } catch {
            throw TemplateError.unreadableFile(path, reason: "cannot be read: \(error.localizedDescription)")
        }
        guard data.count <= maxBytes else {
            throw TemplateError.unreadableFile(path, reason: "is larger than the limit of \(maxBytes / 1_048_576) MB")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw TemplateError.unreadableFile(path, reason: "is not UTF-8 text")
        }
        return text
    }

    init(files: [String: String], origin: String, compile: Bool = true) throws {
        let pageFile = Self.pageName + ".mustache"
        guard let page = files[pageFile] else { throw TemplateError.missingFile("\(origin)/\(pageFile)") }
        guard let css = files["style.css"] else { throw TemplateError.missingFile("\(origin)/style.css") }
        self.page = page
        self.origin = origin
        library = compile ? try Self.compile(page, origin: origin) : nil
        stylesheet = css
        stringFiles = files.filter { $0.key.hasPrefix("strings/") }
        // A user's catalogue is checked at once, like the page, so a bad one stops the run early.
        if compile {
            for language in Language.allCases where stringFiles["strings/" + StringCatalogue.fileName(for: language)] != nil {
                _ = try strings(for: language)
            }
        }
    }

    /// The words of `language`: this set's catalogue file for it, else the built-in one.
    public func strings(for language: Language) throws -> Strings {
        try StringCatalogue.load(language, files: stringFiles, origin: origin)
    }

    /// Pieces a long page is parsed in: the parser's time grows with the square of a piece's
    /// size, so pieces of this size parse a 1 MB page in about 0.4 s (release); the built-in page and
    /// most users' are smaller and parsed whole.
    static let pieceBytes = 2048

    /// The longest stretch that cannot be cut into pieces (a section, which must be parsed
    /// whole, or a line), so a page cannot take minutes to parse.
    static let maxPieceBytes = 32768

    private static func compile(_ page: String, origin: String) throws -> MustacheLibrary {
        let file = "\(origin)/\(pageName).mustache"
        let scan: TemplateScan.Result
        do {
            scan = try TemplateScan.scan(page, pieceBytes: pieceBytes)
        } catch {
            throw TemplateError.syntax(file: file, line: error.line, message: error.message)
        }
        if let reference = scan.references.first {
            throw TemplateError.syntax(file: file, line: reference.line, message: refusal(of: reference))
        }
        var library = MustacheLibrary()
        ScalarHTMLEscaping.register()
        let starts = [(index: page.startIndex, line: 1)] + scan.cuts
        for (number, start) in starts.enumerated() {
            let end = number + 1 < starts.count ? starts[number + 1].index : page.endIndex
            guard page.utf8.distance(from: start.index, to: end) <= maxPieceBytes else {
                throw TemplateError.tooLarge(
                    file: file, line: start.line,
                    message: "a section or line from here is longer than \(maxPieceBytes / 1024) KB; split it into smaller ones")
            }
            do {
                // Every piece switches on scalar escaping: a partial starts with the library's own.
                let template = try MustacheTemplate(string: ScalarHTMLEscaping.pragma + "\n" + String(page[start.index..<end]))
                library.register(template, named: starts.count == 1 ? pageName : "\(pageName)/\(number)")
            } catch let error as MustacheTemplate.ParserError {
                throw TemplateError.syntax(
                    file: file, line: error.context.lineNumber - 1 + start.line - 1, message: TemplateError.explain(error.error))
            }
        }
        // The pieces in order, as partials of one line: each cut is at the start of a line, so
        // they render exactly as the whole page would.
        if starts.count > 1 {
            let whole = starts.indices.map { "{{>\(pageName)/\($0)}}" }.joined()
            library.register(try MustacheTemplate(string: whole), named: pageName)
        }
        return library
    }

    /// Why a partial or parent is refused. The set holds one template, the page, so a partial
    /// can only name the page (which would include itself without end) or nothing (which
    /// mustache renders as empty: a typo would silently drop part of the page). A dynamic name
    /// comes from the page's data, which holds users' names, so it could name the page too.
    private static func refusal(of reference: TemplateScan.Reference) -> String {
        let tag = reference.inherits ? "{{< \(reference.name)}}" : "{{> \(reference.name)}}"
        if reference.name.hasPrefix("*") {
            return "\(tag) picks a template by a value of the page; partials with dynamic names are not supported"
        }
        if reference.name == pageName {
            return reference.inherits
                ? "\(tag) makes the page inherit from itself, without end"
                : "\(tag) includes the page in itself, without end"
        }
        return "\(tag) names no template; a templates folder holds only index.html.mustache, so partials are not supported"
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
    /// A template file exists but cannot be used, as `reason` says: a folder, unreadable, too
    /// large or not UTF-8.
    case unreadableFile(String, reason: String)
    /// A template does not parse.
    case syntax(file: String, line: Int, message: String)
    /// A template is beyond a limit that keeps parsing it quick.
    case tooLarge(file: String, line: Int, message: String)
    /// A string catalogue file is not a JSON object of texts, or does not match the English
    /// one's keys and placeholders.
    case strings(file: String, message: String)

    /// The one-line message, naming the file and what a template author can do about it.
    public var description: String {
        switch self {
        case .missingFolder(let path, let reason): "templates folder '\(path)' \(reason); pass a folder holding index.html.mustache and style.css"
        case .missingFile(let path): "template file '\(path)' is missing; a templates folder needs index.html.mustache and style.css"
        case .unreadableFile(let path, let reason): "template file '\(path)' \(reason); a template must be a UTF-8 text file"
        case .syntax(let file, let line, let message): "template syntax error in '\(file)' at line \(line): \(message)"
        case .tooLarge(let file, let line, let message): "template size error in '\(file)' at line \(line): \(message)"
        case .strings(let file, let message): "strings file '\(file)' \(message)"
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
        case let other as MustacheTemplate.Error: "\(other)"
        // Every other parse error comes from swift-mustache's text reader, whose one error
        // (`Parser.Error.overflow`, an internal type this module cannot name) means the text
        // ended inside a tag.
        default: "a tag is not closed with }} before the end of the file"
        }
    }
}
