import Foundation

// Writes `enum EmbeddedFiles { static let files: [String: String] }` holding each input file by key.
// Raw string literals with a delimiter longer than any run of "#" in the text keep the bytes exact.
let arguments = CommandLine.arguments.dropFirst()
guard let outputPath = arguments.first else {
    FileHandle.standardError.write(Data("usage: embed-templates OUTPUT KEY=PATH...\n".utf8))
    exit(64)
}
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
}
source += "    ]\n}\n"
do {
    try source.write(toFile: outputPath, atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("embed-templates: cannot write \(outputPath): \(error)\n".utf8))
    exit(73)
}
