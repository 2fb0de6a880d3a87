import ActivationMath
import Foundation

/// Loads and checks the per-language catalogue files: the built-in ones from `templates/strings/`,
/// or a user's copy in `--templates DIR/strings/`.
///
/// English is the reference: every catalogue must have exactly its keys (notes starting with
/// `_` aside), each with the same `{placeholders}`, so a translation can neither lose a sentence
/// nor print a placeholder unfilled.
public enum StringCatalogue {
    /// The file each language's texts are in, inside `strings/`.
    public static func fileName(for language: Language) -> String {
        switch language {
        case .en: "en.json"
        case .zh: "zh-Hans.json"
        case .zhTW: "zh-Hant.json"
        }
    }

    /// The built-in catalogue of `language`, parsed when the command was built (see
    /// `EmbeddedFiles.catalogue`). Not checked against English here: the tests check every
    /// built-in catalogue, and the check cost more than the parse on every run.
    public static func builtIn(_ language: Language) throws -> Strings {
        let path = "strings/" + fileName(for: language)
        if let table = EmbeddedFiles.catalogue(path) { return Strings(language: language, table: table) }
        guard let text = EmbeddedFiles.files[path] else {
            throw TemplateError.strings(file: "built-in templates/\(path)", message: "is missing")
        }
        return Strings(language: language, table: try parse(text, file: "built-in templates/\(path)"))
    }

    /// The catalogue of `language` from `files` (keyed `strings/<file>`), checked against the
    /// built-in English one; the built-in catalogue where `files` has none or the built-in text.
    static func load(_ language: Language, files: [String: String], origin: String) throws -> Strings {
        let path = "strings/" + fileName(for: language)
        // The built-in text (the built-in set's own, or a user's folder without this file).
        guard let text = files[path], text != EmbeddedFiles.files[path] else { return try builtIn(language) }
        let table = try parse(text, file: "\(origin)/\(path)")
        guard let reference else { throw TemplateError.strings(file: "built-in strings/en.json", message: "is not a JSON object of keys and texts") }
        try check(table, against: reference, file: "\(origin)/\(path)")
        return Strings(language: language, table: table)
    }

    /// The built-in English catalogue every other is checked against, parsed once for the run
    /// (`list` loads every language); nil only if the build embedded a broken file.
    static let reference: [String: String]? =
        EmbeddedFiles.catalogue("strings/en.json") ?? EmbeddedFiles.files["strings/en.json"].flatMap { try? parse($0, file: "") }

    /// The key → text object of a catalogue file.
    static func parse(_ text: String, file: String) throws -> [String: String] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw TemplateError.strings(file: file, message: "is not a JSON object of keys and texts")
        }
        var table: [String: String] = [:]
        for (key, value) in object {
            guard let text = value as? String else {
                throw TemplateError.strings(file: file, message: "the value of '\(key)' is not a text")
            }
            table[key] = text
        }
        return table
    }

    /// Throws for the first key missing or extra, or with other placeholders than `reference`'s.
    static func check(_ table: [String: String], against reference: [String: String], file: String) throws {
        let keys = Set(table.keys.filter { !$0.hasPrefix("_") }), wanted = Set(reference.keys.filter { !$0.hasPrefix("_") })
        if let missing = wanted.subtracting(keys).sorted().first {
            throw TemplateError.strings(file: file, message: "lacks the key '\(missing)'")
        }
        if let extra = keys.subtracting(wanted).sorted().first {
            throw TemplateError.strings(file: file, message: "has the key '\(extra)', which actplot does not use")
        }
        for key in wanted.sorted() {
            let theirs = Strings.placeholders(in: table[key] ?? ""), ours = Strings.placeholders(in: reference[key] ?? "")
            guard theirs == ours else {
                let shown = ours.sorted().map { "{\($0)}" }.joined(separator: ", ")
                throw TemplateError.strings(
                    file: file, message: "the text of '\(key)' must use the placeholders \(shown.isEmpty ? "none" : shown), no others")
            }
        }
    }
}
