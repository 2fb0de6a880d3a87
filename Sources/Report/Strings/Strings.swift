import ActivationMath

/// Every word of one language's figures and page, read from its catalogue file
/// (`templates/strings/<language>.json`): Swift code holds keys and numbers, the catalogues hold
/// the sentences, so a translator never edits Swift.
///
/// Keys name where a text appears (`page.title`, `figure.gallery.caption`); a value may hold
/// `{placeholders}` that `callAsFunction` fills in. Numbered keys (`choosing.hidden.1`, `.2`, …)
/// form lists. Keys starting with `_` are notes for translators and never shown.
public struct Strings: Sendable {
    /// The language the texts are in.
    public let language: Language
    /// Key → text, as validated by `StringCatalogue`.
    let table: [String: String]
    /// Where the keys read are noted, for the test that finds keys no code reads; nil in use.
    let readKeys: KeyLog?

    /// The catalogue's texts for `language`.
    init(language: Language, table: [String: String], readKeys: KeyLog? = nil) {
        self.language = language
        self.table = table
        self.readKeys = readKeys
    }

    /// The text for `key` with each `{name}` replaced by `values[name]`. A key the catalogue
    /// lacks (only a bug can cause one: catalogues are checked when loaded and by the tests)
    /// shows as the key itself rather than stopping the run.
    public func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
        readKeys?.note(key)
        guard let text = table[key] else { return key }
        return values.isEmpty ? text : Self.fill(text, values)
    }

    /// The texts of `prefix.1`, `prefix.2`, … in order, up to the first number missing.
    public func list(_ prefix: String) -> [String] {
        var result: [String] = []
        while let text = table["\(prefix).\(result.count + 1)"] {
            readKeys?.note("\(prefix).\(result.count + 1)")
            result.append(text)
        }
        return result
    }

    /// Every text the figures can draw (titles, labels, legends, names), not the page's prose:
    /// the fonts a run needs are those that cover these. An English note citing a Chinese
    /// document's title is shown by the browser, never drawn by Pango.
    public var figureTexts: [String] {
        table.keys.sorted()
            // An alt text is the page's and the SVG's <desc>, read by the browser, never drawn.
            .filter { ($0.hasPrefix("figure.") && !$0.hasSuffix(".alt")) || $0.hasPrefix("activation.panel.") || $0.hasSuffix(".name") }
            .compactMap { table[$0] }
    }

    /// The name of a catalogue activation in this language, or the name a user gave a formula.
    public func name(of activation: any Activation) -> String {
        activation.displayName ?? self("activation.\(activation.id).name")
    }

    /// `text` with its placeholders filled. Two joins are tidied, both only where Chinese text
    /// meets: a space after a full-width closing bracket (U+FF09 and the like) is dropped, since the
    /// bracket already spaces the name from the words after it; a word of two or more Han
    /// characters that ends the value and starts the text after it is said once (a name that
    /// ends in the word for "function" before the title's own "function" would say it twice);
    /// and a space between a value ending in Han text and a Han word after it is dropped.
    static func fill(_ text: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = Substring(text)
        // The braces are ASCII: found among the UTF-8 bytes, not Character by Character, which
        // cost 4 million instructions for the 16 benchmark figures' alt texts (callgrind).
        let (opening, closing) = (UInt8(ascii: "{"), UInt8(ascii: "}"))
        while let open = rest.utf8.firstIndex(of: opening), let close = rest.utf8[open...].firstIndex(of: closing) {
            out += rest[..<open]
            let name = String(rest[rest.utf8.index(after: open)..<close])
            if let value = values[name] { out += value } else { out += rest[open...close] }
            rest = rest[rest.utf8.index(after: close)...]
            if out.unicodeScalars.last.map(Self.fullWidthClosing.contains) == true, rest.first == " " {
                rest = rest.dropFirst()
            }
            // Both rules need a value ending in a Han character, whose last scalar is Han: that
            // scalar is looked at first, since comparing characters from the end of the text
            // made filling an English sentence cost 67 000 instructions (callgrind).
            guard out.unicodeScalars.last.map(Self.isHan) == true else { continue }
            let overlap = Self.hanOverlap(out, rest.first == " " ? rest.dropFirst() : rest)
            if overlap > 0 { rest = (rest.first == " " ? rest.dropFirst() : rest).dropFirst(overlap) }
            // Chinese puts no space between words: a value ending in Han text joins the next word.
            if rest.first == " ", out.last.map(Self.isHan) == true, rest.dropFirst().first.map(Self.isHan) == true {
                rest = rest.dropFirst()
            }
        }
        return out + rest
    }

    /// The length of the longest run of two or more Han characters that ends `text` and starts
    /// `next`, or 0.
    static func hanOverlap(_ text: String, _ next: Substring) -> Int {
        let tail = Array(text.suffix(8)), head = Array(next.prefix(8))
        for length in stride(from: min(tail.count, head.count), through: 2, by: -1) {
            let end = tail.suffix(length), start = head.prefix(length)
            if Array(end) == Array(start), end.allSatisfy(Self.isHan) { return length }
        }
        return 0
    }

    /// A CJK unified ideograph.
    static func isHan(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy(isHan)
    }

    /// A scalar of the CJK unified ideographs blocks `isHan` accepts.
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x3400...0x9FFF).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
    }

    /// Closing brackets that carry their own spacing.
    static let fullWidthClosing: Set<Unicode.Scalar> = ["\u{FF09}", "\u{300D}", "\u{300F}", "\u{3011}"]

    /// The `{placeholders}` a text uses, for checking that translations keep them.
    /// Scans UTF-8 bytes: both braces are ASCII, and walking Characters instead, grapheme by
    /// grapheme, was most of the cost of checking a catalogue (profiled with perf).
    static func placeholders(in text: String) -> Set<String> {
        var names = Set<String>()
        let bytes = text.utf8
        var rest = bytes[...]
        while let open = rest.firstIndex(of: UInt8(ascii: "{")),
            let close = rest[open...].firstIndex(of: UInt8(ascii: "}"))
        {
            names.insert(String(decoding: bytes[bytes.index(after: open)..<close], as: UTF8.self))
            rest = bytes[bytes.index(after: close)...]
        }
        return names
    }
}
