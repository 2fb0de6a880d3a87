import Foundation
import Testing

@testable import Charts
@testable import Report

/// Markup characters hidden inside larger grapheme clusters (a combining mark after `"`, a
/// prepend character before `<`, ZWJ sequences, bidi controls) are escaped wherever text meets
/// HTML, SVG, Markdown or Pango markup: escaping works on Unicode scalars, not `Character`s.
@Suite("escaping by Unicode scalar")
struct ScalarEscapingTests {
    /// Every special character with something glued to it on either side.
    static let corpus: [String] = {
        let specials: [String] = ["<", ">", "&", "\"", "'", "\\", "`", "*", "_", "[", "]", "!"]
        let glue: [String] = ["\u{301}", "\u{600}", "\u{200D}", "\u{202E}", "\u{FE0F}", "\u{1F469}\u{200D}", "\u{0E33}", "\u{1100}", ""]
        var result: [String] = []
        for s in specials {
            for g in glue {
                let around: [String] = [g + s, s + g, g + s + g, "a" + g + s + "b"]
                result += around
            }
        }
        return result
    }()

    /// Whether `escaped` holds no markup character except as part of one of our entities,
    /// checked scalar by scalar (a `;` followed by a combining mark is one `Character`).
    static func isInert(_ escaped: String) -> Bool {
        let scalars = Array(escaped.unicodeScalars)
        let entities = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].map { Array($0.unicodeScalars) }
        var index = 0
        while index < scalars.count {
            switch scalars[index] {
            case "<", ">", "\"", "'": return false
            case "&":
                guard let entity = entities.first(where: { scalars[index...].starts(with: $0) }) else { return false }
                index += entity.count
            default: index += 1
            }
        }
        return true
    }

    @Test("XML, HTML and Pango escaping leaves no live markup character in any cluster")
    func xml() {
        for text in Self.corpus {
            #expect(Self.isInert(escapeXML(text)), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("Markdown escaping puts a backslash before every special scalar")
    func markdown() {
        for text in Self.corpus {
            let escaped = Array(Manifest.File.markdownText(text).unicodeScalars)
            for (index, scalar) in escaped.enumerated() where "`*_[]<>&!".unicodeScalars.contains(scalar) {
                #expect(index > 0 && escaped[index - 1] == "\\", "\(text.debugDescription)")
            }
        }
    }

    @Test("a template's {{variables}} are escaped by scalar, in the built-in page and a user's")
    func templates() throws {
        // Line breaks, not tags, around the values: a tag's `"` followed by a value's combining
        // mark would be one Character, and this test must not share the flaw it looks for.
        let page = "{{name}}\n{{#list}}{{.}}{{/list}}"
        let set = try TemplateSet(files: ["index.html.mustache": page, "style.css": ""], origin: "test")
        for text in Self.corpus {
            let html = try set.renderPage(["name": text, "list": [text]])
            let values = html.unicodeScalars.split(separator: "\n").map { String(String.UnicodeScalarView($0)) }
            #expect(values.count == 2 && values.allSatisfy(Self.isInert), "\(text.debugDescription) → \(html)")
        }
    }
}
