/// A read of a template's tags before swift-mustache parses it, for what its parser does not limit.
///
/// swift-mustache parses each section by calling itself and resolves a partial by rendering it in
/// place, so a page nested thousands of sections deep, or one that includes or inherits from
/// itself, overflows the stack (a crash, no message) instead of failing. This scan walks the
/// tags the way the parser does (by `Character`, following `{{=<% %>=}}` delimiter changes, so
/// it sees the tags the parser will see) and reports the first such fault with its line. Any
/// other fault (an unclosed tag, a malformed delimiter change) is left to the parser, which
/// names it better; the scan then stops, since the parser stops there too.
///
/// The parser also measures the rest of the text at every tag, so its time grows with the
/// square of the size (a 1 MB page took 87 s); the scan therefore also finds lines where the
/// text can be cut into pieces that parse alone: outside every section and tag, with the
/// standard delimiters and no `{{% ... }}` setting in force.
struct TemplateScan {
    /// Sections, inverted sections, blocks and parents open at once: the built-in page needs 4,
    /// and 100 keeps the parser's and renderer's recursion far from the stack's end.
    static let maxDepth = 100

    /// A partial (`{{> name}}`) or parent (`{{< name}}`) tag.
    struct Reference: Equatable {
        /// The template named; for a dynamic name (`{{>*key}}`) the key, with its `*`.
        var name: String
        /// 1-based line of the tag.
        var line: Int
        /// Whether it is a parent (`{{<`), which the page inherits from, rather than a partial.
        var inherits: Bool
    }

    /// A fault the scan found, with its line.
    struct Fault: Error, Equatable {
        /// 1-based line of the tag at fault.
        var line: Int
        /// What is wrong, for a template author.
        var message: String
    }

    /// What a scan found.
    struct Result {
        /// The partials and parents, in order.
        var references: [Reference] = []
        /// Starts of lines where the text may be cut, each at least the piece size after the last.
        var cuts: [(index: String.Index, line: Int)] = []
    }

    /// The partials and parents `text` names and where to cut it into pieces of about
    /// `pieceBytes`; throws a `Fault` for nesting deeper than `maxDepth`.
    static func scan(_ text: String, pieceBytes: Int = .max) throws(Fault) -> Result {
        var scanner = TemplateScan(text, pieceBytes: pieceBytes)
        try scanner.run()
        return scanner.result
    }

    private let text: String
    private var index: String.Index
    private var line = 1
    private var open = "{{"
    private var close = "}}"

    private let pieceBytes: Int
    private var result = Result()
    private var depth = 0
    /// Whether a `{{% ... }}` setting was seen: it holds to the end of the text, so no cut after it.
    private var configured = false

    private init(_ text: String, pieceBytes: Int) {
        self.text = text
        self.pieceBytes = pieceBytes
        index = text.startIndex
    }

    private mutating func run() throws(Fault) {
        while let tagLine = nextTag() {
            guard index < text.endIndex else { break }
            let kind = text[index]
            advance()
            switch kind {
            case "=":
                guard setDelimiters() else { return }
            case "!":
                guard body() != nil else { return }
            case "{":
                guard body() != nil else { return }
                if index < text.endIndex, text[index] == "}" { advance() }
            case "#", "^", "$", "<":
                guard let name = body() else { return }
                depth += 1
                if depth > Self.maxDepth {
                    throw Fault(line: tagLine, message: "sections are nested more than \(Self.maxDepth) deep")
                }
                if kind == "<" { result.references.append(Reference(name: name, line: tagLine, inherits: true)) }
            case ">":
                guard let name = body() else { return }
                result.references.append(Reference(name: name, line: tagLine, inherits: false))
            case "/":
                guard body() != nil else { return }
                depth = max(depth - 1, 0)
            default:
                // A variable (or `&`, `%`): its first character is part of the name.
                configured = configured || kind == "%"
                guard body() != nil else { return }
            }
        }
    }

    /// Moves past the next opening delimiter and returns the line it is on, or nil at the end;
    /// notes the line starts passed on the way where the text may be cut.
    private mutating func nextTag() -> Int? {
        while index < text.endIndex {
            if text[index...].starts(with: open) {
                let tagLine = line
                for _ in open { advance() }
                return tagLine
            }
            let newline = text[index].isNewline
            advance()
            if newline, depth == 0, !configured, open == "{{", close == "}}", index < text.endIndex {
                let last = result.cuts.last?.index ?? text.startIndex
                if text.utf8.distance(from: last, to: index) >= pieceBytes { result.cuts.append((index, line)) }
            }
        }
        return nil
    }

    /// The tag's content up to the closing delimiter, trimmed, with the index past it; nil if the
    /// text ends first.
    private mutating func body() -> String? {
        let start = index
        while index < text.endIndex {
            if text[index...].starts(with: close) {
                let content = text[start..<index]
                for _ in close { advance() }
                return content.trimmingWhitespace()
            }
            advance()
        }
        return nil
    }

    /// Reads `<% %>=` + closing delimiter as the parser does; false if it would not parse.
    private mutating func setDelimiters() -> Bool {
        skipWhitespace()
        let newOpen = read(until: { $0.isWhitespace })
        skipWhitespace()
        let newClose = read(until: { $0 == "=" || $0.isWhitespace })
        skipWhitespace()
        guard index < text.endIndex, text[index] == "=" else { return false }
        advance()
        guard text[index...].starts(with: close), !newOpen.isEmpty, !newClose.isEmpty else { return false }
        for _ in close { advance() }
        open = newOpen
        close = newClose
        return true
    }

    private mutating func read(until stop: (Character) -> Bool) -> String {
        let start = index
        while index < text.endIndex, !stop(text[index]) { advance() }
        return String(text[start..<index])
    }

    private mutating func skipWhitespace() {
        while index < text.endIndex, text[index].isWhitespace { advance() }
    }

    /// One character on, counting lines as the parser's error positions do.
    private mutating func advance() {
        if text[index].isNewline { line += 1 }
        index = text.index(after: index)
    }
}

extension Substring {
    fileprivate func trimmingWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
