import Foundation

/// ArgumentParser's description of a command line it cannot parse, as one line.
enum ParseFailure {
    /// The subcommands whose help a hint can point to; anything else runs `render`.
    static let subcommands = ["render", "list", "eval", "data"]

    /// `Unknown option '--foo'. Did you mean '--all'?` becomes
    /// `unknown option '--foo'. Did you mean '--all'? (see 'actplot render --help')`.
    static func line(_ message: String, arguments: [String]) -> String {
        let text = message.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
        let command = arguments.dropFirst().first.flatMap { subcommands.contains($0) ? $0 : nil } ?? "render"
        let sentence = text.isEmpty ? "the command line cannot be read" : text.prefix(1).lowercased() + text.dropFirst()
        return "\(sentence) (see 'actplot \(command) --help')"
    }
}
