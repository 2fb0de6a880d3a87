/// `manifest.json` as bytes: exactly what `JSONEncoder` writes for a `Manifest` with
/// `.prettyPrinted`, `.sortedKeys` and `.withoutEscapingSlashes` (a test compares the two on
/// manifests full of escapes), written without the encoder.
///
/// Written by hand because every run writes a manifest and the encoder's cost is mostly its
/// own start: for the 32 entries of the 16 benchmark figures, `JSONEncoder` took 4.4 million
/// instructions (callgrind), 1 % of the whole run, most of it the first use of its generic
/// machinery in the process (conformance look-ups that read every conformance record of the
/// binary). This writer takes 1.0 million. `ManifestFastReader` reads the result back.
enum ManifestJSON {
    /// The manifest's JSON, without the final newline. Throws, as `JSONEncoder` does, for a
    /// number that JSON cannot hold (infinite or NaN).
    static func bytes(_ manifest: Manifest) throws -> [UInt8] {
        for file in manifest.files {
            if let pixels = file.tickLabelPixels, !pixels.isFinite {
                throw EncodingError.invalidValue(
                    pixels, EncodingError.Context(codingPath: [], debugDescription: "Unable to encode Double.\(pixels) directly in JSON."))
            }
        }
        var out = Writer()
        out.bytes.reserveCapacity(1024 + manifest.files.count * 1536)
        out.open("{")
        out.key("files", first: true)
        out.open("[")
        for (index, file) in manifest.files.enumerated() {
            if index > 0 { out.raw(",\n") }
            out.indent()
            out.file(file)
        }
        out.close("]")
        out.close("}")
        return out.bytes
    }

    /// The pretty printer's state: the output and the depth of nesting.
    private struct Writer {
        var bytes: [UInt8] = []
        var depth = 0

        mutating func raw(_ text: StaticString) {
            text.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }

        mutating func indent() {
            for _ in 0..<depth { raw("  ") }
        }

        /// An opening bracket; its first member follows on the next line.
        mutating func open(_ bracket: StaticString) {
            raw(bracket)
            raw("\n")
            depth += 1
        }

        /// A closing bracket on a line of its own. An empty container keeps its empty line, as
        /// `JSONEncoder` writes it.
        mutating func close(_ bracket: StaticString) {
            raw("\n")
            depth -= 1
            indent()
            raw(bracket)
        }

        /// `"key" : `, on a new line after a comma unless it is the first of its object.
        mutating func key(_ name: StaticString, first: Bool = false) {
            if !first { raw(",\n") }
            indent()
            raw("\"")
            raw(name)
            raw("\" : ")
        }

        /// A string with JSON's escapes as `JSONEncoder` chooses them: the quote, the backslash
        /// and control characters; "/" and everything from U+007F on are written as they are.
        mutating func string(_ text: String) {
            bytes.append(UInt8(ascii: "\""))
            var text = text
            text.withUTF8 { utf8 in
                // Bytes that need no escape are copied a stretch at a time.
                var start = 0
                for (i, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                    start = i + 1
                    switch byte {
                    case UInt8(ascii: "\""): raw("\\\"")
                    case UInt8(ascii: "\\"): raw("\\\\")
                    case 0x08: raw("\\b")
                    case 0x0C: raw("\\f")
                    case 0x0A: raw("\\n")
                    case 0x0D: raw("\\r")
                    case 0x09: raw("\\t")
                    default:
                        raw("\\u00")
                        bytes.append(Self.hexDigit(byte >> 4))
                        bytes.append(Self.hexDigit(byte & 0xF))
                    }
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
            }
            bytes.append(UInt8(ascii: "\""))
        }

        private static func hexDigit(_ value: UInt8) -> UInt8 {
            value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
        }

        mutating func integer(_ value: Int) {
            bytes.append(contentsOf: String(value).utf8)
        }

        /// A finite number as `JSONEncoder` writes it: Swift's shortest form, without ".0".
        mutating func number(_ value: Double) {
            var text = value.description
            if text.hasSuffix(".0") { text.removeLast(2) }
            bytes.append(contentsOf: text.utf8)
        }

        /// One entry, its keys in byte order; absent optionals are left out, as the synthesized
        /// `Encodable` conformance leaves them out.
        mutating func file(_ file: Manifest.File) {
            open("{")
            key("alt", first: true)
            string(file.alt)
            key("embed")
            open("{")
            key("html", first: true)
            string(file.embed.html)
            key("latex")
            string(file.embed.latex)
            key("markdown")
            string(file.embed.markdown)
            close("}")
            key("figure")
            string(file.figure)
            key("format")
            string(file.format)
            key("height")
            integer(file.height)
            key("identity")
            identity(file.identity)
            key("path")
            string(file.path)
            if let pixels = file.tickLabelPixels {
                key("tickLabelPixels")
                number(pixels)
            }
            key("title")
            string(file.title)
            if let variant = file.variant {
                key("variant")
                string(variant)
            }
            key("width")
            integer(file.width)
            close("}")
        }

        mutating func identity(_ identity: FigureIdentity) {
            open("{")
            var first = true
            for (name, value) in [("expression", identity.expression), ("id", identity.id)] as [(StaticString, String?)] {
                guard let value else { continue }
                key(name, first: first)
                string(value)
                first = false
            }
            key("kind", first: first)
            string(identity.kind.rawValue)
            if let name = identity.name {
                key("name")
                string(name)
            }
            close("}")
        }
    }
}
