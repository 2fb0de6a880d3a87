import Foundation
import PropertyBased
import Testing

@testable import Report

/// `ManifestJSON` writes what `JSONEncoder` would, byte for byte, so that a manifest reads the
/// same whichever actplot wrote it and `JSONDecoder` reads it back.
@Suite("manifest.json writer")
struct ManifestJSONTests {
    static func encoded(_ manifest: Manifest) throws -> [UInt8] {
        let json = JSONEncoder()
        json.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try json.encode(manifest))
    }

    /// Characters JSON escapes, or that a careless writer would: quotes, backslashes, slashes,
    /// every kind of control character, DEL, line separators, a byte-order mark, CJK, emoji.
    static let awkward: [Character] = [
        "\"", "\\", "/", "\u{0}", "\u{1}", "\u{8}", "\t", "\n", "\u{B}", "\u{C}", "\r", "\u{1F}", "\u{7F}", "\u{80}", "é",
        "\u{2028}", "\u{2029}", "😀", "\u{FEFF}", "−", "≈", "函", "<", "&", " ", "a", "Z", "0",
    ]

    static func text(_ random: inout SplitMix64) -> String {
        String(
            (0..<Int.random(in: 0...24, using: &random)).map { _ in
                if Bool.random(using: &random) { return awkward.randomElement(using: &random) ?? "a" }
                return Character(UnicodeScalar(UInt32.random(in: 0...0x10FFFF, using: &random)) ?? "\u{FFFD}")
            })
    }

    /// A finite double of any size, from its bits, or a tick-label size as runs write them.
    static func number(_ random: inout SplitMix64) -> Double {
        if Bool.random(using: &random) { return Double(Int.random(in: 10...400, using: &random)) / 8 }
        let bits = Double(bitPattern: random.next())
        return bits.isFinite ? bits : 14.5
    }

    static func manifest(seed: UInt64) -> Manifest {
        var random = SplitMix64(seed: seed)
        let kinds: [FigureIdentity.Kind] = [.activation, .report, .expression]
        let files = (0..<Int.random(in: 0...5, using: &random)).map { _ in
            let maybe = { (random: inout SplitMix64) in Bool.random(using: &random) ? text(&random) : nil }
            let identity = FigureIdentity(
                kind: kinds.randomElement(using: &random) ?? .activation, id: maybe(&random), expression: maybe(&random),
                name: maybe(&random))
            var file = Manifest.File(
                path: text(&random), figure: text(&random), identity: identity, title: text(&random), alt: maybe(&random),
                format: ["png", "svg", "pdf"].randomElement(using: &random) ?? "png", width: Int.random(in: -5...5000, using: &random),
                height: Int.random(in: 0...Int.max, using: &random))
            file.variant = maybe(&random)
            file.tickLabelPixels = Bool.random(using: &random) ? number(&random) : nil
            if Bool.random(using: &random) { file.embed.latex = text(&random) }
            return file
        }
        return Manifest(files: files)
    }

    @Test("random manifests: the same bytes as JSONEncoder")
    func randomManifests() async {
        await propertyCheck(count: 400, input: Gen.uint64()) { seed in
            let manifest = Self.manifest(seed: seed)
            let written = try ManifestJSON.bytes(manifest)
            #expect(written == (try Self.encoded(manifest)), "seed \(seed)")
            #expect(try JSONDecoder().decode(Manifest.self, from: Data(written)) == manifest)
        }
    }

    @Test("an empty manifest, and one entry with every optional field")
    func edges() throws {
        let empty = Manifest(files: [])
        #expect(try ManifestJSON.bytes(empty) == (try Self.encoded(empty)))
        #expect(String(decoding: try ManifestJSON.bytes(empty), as: UTF8.self) == "{\n  \"files\" : [\n\n  ]\n}")
        var file = Manifest.File(
            path: "relu.svg", figure: "relu", identity: .activation("relu"), title: "ReLU: function and derivative", format: "svg",
            width: 1200, height: 480)
        file.variant = "narrow.dark"
        file.tickLabelPixels = 15
        let full = Manifest(files: [file, file])
        #expect(try ManifestJSON.bytes(full) == (try Self.encoded(full)))
        #expect(String(decoding: try ManifestJSON.bytes(full), as: UTF8.self).contains("\"tickLabelPixels\" : 15,\n"))
    }

    @Test("a number JSON cannot hold fails the write, as it does with JSONEncoder", arguments: [Double.nan, .infinity, -.infinity])
    func nonFinite(value: Double) {
        var file = Manifest.File(path: "a.png", figure: "a", identity: .report("a"), title: "A", format: "png", width: 1, height: 1)
        file.tickLabelPixels = value
        #expect(throws: EncodingError.self) { try ManifestJSON.bytes(Manifest(files: [file])) }
        #expect(throws: EncodingError.self) { try Self.encoded(Manifest(files: [file])) }
    }
}
