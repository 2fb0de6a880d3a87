import Foundation
import PropertyBased
import Testing

@testable import Report

/// `ManifestFastReader` reads a manifest exactly as `JSONDecoder` does, or not at all.
@Suite("manifest.json reader")
struct ManifestFastReaderTests {
    static func decoded(_ bytes: [UInt8]) -> Manifest? { try? JSONDecoder().decode(Manifest.self, from: Data(bytes)) }

    /// Every scalar from U+007F on, and every "/", written as `\u` escapes (a pair for a scalar
    /// beyond U+FFFF): JSON a hand or another tool may write.
    static func escaped(_ json: [UInt8]) -> [UInt8] {
        var out = ""
        for scalar in String(decoding: json, as: UTF8.self).unicodeScalars {
            if scalar.value < 0x7F && scalar != "/" {
                out.unicodeScalars.append(scalar)
            } else {
                for unit in String(scalar).utf16 { out += "\\u" + String(format: "%04X", unit) }
            }
        }
        return Array(out.utf8)
    }

    @Test("random manifests, written pretty, compact or escaped: read as JSONDecoder reads them")
    func randomManifests() async {
        await propertyCheck(count: 300, input: Gen.uint64()) { seed in
            let manifest = ManifestJSONTests.manifest(seed: seed)
            let pretty = try ManifestJSON.bytes(manifest)
            let compact = Array(try JSONEncoder().encode(manifest))
            for json in [pretty, compact, Self.escaped(pretty)] {
                let read = ManifestFastReader.read(json)
                #expect(read != nil, "seed \(seed): \(String(decoding: json.prefix(300), as: UTF8.self))")
                #expect(read == Self.decoded(json), "seed \(seed)")
            }
        }
    }

    @Test("damaged manifests: read only when JSONDecoder reads the same")
    func damaged() async {
        await propertyCheck(count: 400, input: Gen.uint64(), Gen.uint64()) { seed, damage in
            var json = try ManifestJSON.bytes(ManifestJSONTests.manifest(seed: seed))
            var random = SplitMix64(seed: damage)
            for _ in 0..<Int.random(in: 1...3, using: &random) where !json.isEmpty {
                let at = Int.random(in: 0..<json.count, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: json[at] = UInt8.random(in: 0...255, using: &random)
                case 1: json.remove(at: at)
                case 2: json.insert(Array("\"{}[],:\\0-.e ".utf8).randomElement(using: &random) ?? 0x20, at: at)
                default: json.removeLast(json.count - at)
                }
            }
            if let read = ManifestFastReader.read(json) {
                #expect(read == Self.decoded(json), "seed \(seed), damage \(damage)")
            }
        }
    }

    static func entry(_ members: String) -> [UInt8] {
        Array(
            """
            {"files": [{"path": "relu.png", "figure": "relu", "title": "ReLU", "format": "png", "width": 1200, "height": 480,
            "embed": {"markdown": "m", "html": "h", "latex": "l"}\(members)}]}
            """.utf8)
    }

    @Test(
        "what JSONDecoder alone reads or refuses: left to it",
        arguments: [
            #", "extra": 1"#, #", "width": 3"#, #", "alt": "\uD800""#, #", "alt": "\uDC00x""#, #", "tickLabelPixels": 1e400"#,
            #", "tickLabelPixels": 1e-400"#, #", "tickLabelPixels": 015"#, #", "tickLabelPixels": .5"#, #", "alt": 5"#,
            #", "identity": {"kind": "other"}"#, #", "identity": {"kind": "report", "kind": "report"}"#, #", "alt": "\q""#,
            #", "variant": "a"#, #", "alt": null, "alt": "x""#, #", "identity": {"kind": "report", "id": null, "id": "x"}"#,
            #", "embed": {"markdown": "m", "html": "h", "latex": "l"}"#,
        ])
    func leftToDecoder(members: String) {
        #expect(ManifestFastReader.read(Self.entry(members)) == nil)
    }

    @Test(
        "optional fields absent or null, and the defaults JSONDecoder gives them",
        arguments: [
            "", #", "alt": null, "variant": null, "tickLabelPixels": null, "identity": null"#,
            #", "identity": {"kind": "expression", "expression": "x*x", "name": null}"#, #", "tickLabelPixels": -0"#,
            #", "tickLabelPixels": 1.5E+1, "alt": "\u00e9\/\ud83d\ude00\u0000""#, #", "identity": {"kind": "report"}"#,
        ])
    func optionals(members: String) throws {
        let json = Self.entry(members)
        let read = try #require(ManifestFastReader.read(json))
        #expect(read == Self.decoded(json))
        #expect(read.files.first?.alt == Self.decoded(json)?.files.first?.alt)
    }

    @Test("surrounding space is read; anything after the object is not")
    func ends() {
        let json = Self.entry("")
        #expect(ManifestFastReader.read(Array(" \n\t".utf8) + json + Array("\r\n ".utf8)) != nil)
        #expect(ManifestFastReader.read(json + Array("x".utf8)) == nil)
        #expect(ManifestFastReader.read(json + Array("{}".utf8)) == nil)
        #expect(ManifestFastReader.read([]) == nil)
    }
}
