import Foundation

// Writes `enum EmbeddedFiles { static let files: [String: String] }` holding each input file by key.
// Raw string literals with a delimiter longer than any run of "#" in the text keep the bytes exact.
// The string catalogues (`strings/*.json`) are also parsed here, into `catalogue(_:)`: parsing one
// with JSONSerialization on every run took 6 million instructions, a twentieth of drawing one figure.
let arguments = CommandLine.arguments.dropFirst()
guard let outputPath = arguments.first else {
    FileHandle.standardError.write(Data("usage: embed-templates OUTPUT KEY=PATH...\n".utf8))
    exit(64)
}
var catalogues: [(key: String, table: [String: String])] = []
var source = "// Generated at build time from templates/ and reference/; edit those, not this file.\n"
source += "enum EmbeddedFiles {\n    static let files: [String: String] = [\n"
// Each input is KEY=PATH: the key is the file's path inside templates/ (`strings/en.json`).
for argument in arguments.dropFirst() {
    guard let equals = argument.firstIndex(of: "=") else {
        FileHandle.standardError.write(Data("embed-templates: expected KEY=PATH, got \(argument)\n".utf8))
        exit(64)
    }
    let key = String(argument[..<equals]), path = String(argument[argument.index(after: equals)...])
    let url = URL(fileURLWithPath: path)
    guard let text = try? String(contentsOf: url, encoding: .utf8) else {
        FileHandle.standardError.write(Data("embed-templates: cannot read \(path) as UTF-8\n".utf8))
        exit(65)
    }
    var hashes = "#"
    while text.contains("\"" + hashes) || text.contains(hashes + "\"") || text.contains("\\" + hashes) { hashes += "#" }
    source += "        \"\(key)\": \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes),\n"
    if key.hasPrefix("strings/") && key.hasSuffix(".json") {
        // A catalogue that is not an object of texts is left to the run, which reports it.
        if let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] {
            let table = object.compactMapValues { $0 as? String }
            if table.count == object.count { catalogues.append((key, table)) }
        }
    }
}

/// `text` as a Swift string literal: quotes, backslashes and control characters escaped, the
/// rest as it is.
func literal(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
                || scalar.properties.generalCategory == .lineSeparator
                || scalar.properties.generalCategory == .paragraphSeparator
            {
                out += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "\""
}
source += "    ]\n\n"
source += "    /// The catalogue embedded as `key`, parsed when the command was built; nil for a key that is not one.\n"
source += "    static func catalogue(_ key: String) -> [String: String]? {\n        switch key {\n"
for (key, table) in catalogues {
    source += "        case \(literal(key)):\n            let table: [String: String] = [\n"
    for (name, text) in table.sorted(by: { $0.key < $1.key }) {
        source += "                \(literal(name)): \(literal(text)),\n"
    }
    source += "            ]\n            return table\n"
}
source += "        default: return nil\n        }\n    }\n}\n"
do {
    try source.write(toFile: outputPath, atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("embed-templates: cannot write \(outputPath): \(error)\n".utf8))
    exit(73)
}
