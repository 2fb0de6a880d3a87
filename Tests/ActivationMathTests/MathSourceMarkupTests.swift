import Foundation
import Testing

/// The math layer describes formulas as trees and leaves every markup language to the page:
/// no MathML tag, closing tag or character reference is spelled in its sources.
@Suite("no markup in the math layer")
struct MathSourceMarkupTests {
    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("../../Sources/ActivationMath").standardized

    @Test("no ActivationMath source writes a tag, a closing tag or an entity in a string")
    func noMarkup() throws {
        let files =
            FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        #expect(files.count > 40)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for literal in Self.stringLiterals(text) {
                for marker in ["<m", "</", "&#", "&lt;", "&gt;", "&amp;"] {
                    #expect(!literal.contains(marker), "\(file.lastPathComponent): \"\(literal)\" holds \(marker)")
                }
            }
        }
    }

    /// The contents of the one-line string literals of Swift code, comments left out: the doc
    /// comments may well name `<math>` when they say where a formula ends up.
    static func stringLiterals(_ text: String) -> [String] {
        var result: [String] = []
        for line in text.split(separator: "\n") {
            let code = line.trimmingCharacters(in: .whitespaces).hasPrefix("//") ? "" : line
            let pieces = code.split(separator: "\"", omittingEmptySubsequences: false)
            // Odd-numbered pieces lie between quotes; an escaped quote only splits a literal in two.
            result += stride(from: 1, to: pieces.count, by: 2).map { String(pieces[$0]) }
        }
        return result
    }
}
