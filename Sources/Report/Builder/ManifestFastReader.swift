import Foundation

/// Reads a `manifest.json` in the shape actplot writes, without `JSONDecoder`; nil for
/// anything else, which the caller then gives to `JSONDecoder`.
///
/// Written by hand because nearly every run reads the manifest it wrote the time before, and
/// `JSONDecoder`'s cost is mostly its own start: for the 32 entries of the 16 benchmark figures
/// it took 4.4 million instructions (callgrind), 1 % of the run, most of it the first use of its
/// generic machinery (conformance look-ups that read every conformance record of the binary).
/// This reader takes 1.5 million.
///
/// It accepts only what it can read exactly as `JSONDecoder` would: any JSON whitespace and key
/// order, the escapes of RFC 8259, `null` for an optional field. An unknown or repeated key, a
/// number that is not plain, a lone surrogate, bytes that are not UTF-8 or anything else
/// unexpected make it give up, and `JSONDecoder` reads the file instead: it reads what a user
/// edited by hand, and says what is wrong with a file it cannot read. A test checks that the
/// two agree on every manifest this reader accepts.
struct ManifestFastReader {
    /// The file's bytes, valid while `read` runs.
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The manifest in `bytes`, or nil when this reader does not read it exactly.
    static func read(_ bytes: [UInt8]) -> Manifest? {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = ManifestFastReader(buffer)
            var files: [Manifest.File]?
            let read = reader.object { reader, key in
                guard key == "files", files == nil else { return false }
                files = reader.array { $0.file() }
                return files != nil
            }
            reader.skipSpace()
            guard read, reader.index == buffer.count, let files else { return nil }
            return Manifest(files: files)
        }
    }

    // MARK: The manifest's objects

    private mutating func file() -> Manifest.File? {
        var path: String?, figure: String?, title: String?, format: String?, alt: String?, variant: String?
        var width: Int?, height: Int?, embed: Manifest.File.Embed?, identity: FigureIdentity?, pixels: Double?
        var seen = 0
        let read = object { reader, key in
            // Each key once: a repeated one is left to JSONDecoder.
            guard let slot = Self.fileKeys.firstIndex(of: key), seen & 1 << slot == 0 else { return false }
            seen |= 1 << slot
            switch slot {
            case 0: path = reader.string(); return path != nil
            case 1: figure = reader.string(); return figure != nil
            case 2: title = reader.string(); return title != nil
            case 3: format = reader.string(); return format != nil
            case 4: width = reader.integer(); return width != nil
            case 5: height = reader.integer(); return height != nil
            case 6: embed = reader.embed(); return embed != nil
            case 7:
                return reader.optional {
                    identity = $0.identity(); return identity != nil
                }
            case 8:
                return reader.optionalString(into: &alt)
            case 9:
                return reader.optionalString(into: &variant)
            default:
                return reader.optional {
                    pixels = $0.number(); return pixels != nil
                }
            }
        }
        guard read, let path, let figure, let title, let format, let width, let height, let embed else { return nil }
        return Manifest.File(
            path: path, figure: figure, identity: identity ?? FigureIdentity.inferred(figure: figure, title: title), title: title,
            alt: alt ?? title, format: format, width: width, height: height, embed: embed, variant: variant, tickLabelPixels: pixels)
    }

    private static let fileKeys = [
        "path", "figure", "title", "format", "width", "height", "embed", "identity", "alt", "variant", "tickLabelPixels",
    ]

    private mutating func embed() -> Manifest.File.Embed? {
        var markdown: String?, html: String?, latex: String?
        let read = object { reader, key in
            // A repeated key is left to JSONDecoder.
            switch key {
            case "markdown" where markdown == nil: markdown = reader.string(); return markdown != nil
            case "html" where html == nil: html = reader.string(); return html != nil
            case "latex" where latex == nil: latex = reader.string(); return latex != nil
            default: return false
            }
        }
        guard read, let markdown, let html, let latex else { return nil }
        return Manifest.File.Embed(markdown: markdown, html: html, latex: latex)
    }

    private static let identityKeys = ["kind", "id", "expression", "name"]

    private mutating func identity() -> FigureIdentity? {
        var kind: FigureIdentity.Kind?, id: String?, expression: String?, name: String?
        var seen = 0
        let read = object { reader, key in
            guard let slot = Self.identityKeys.firstIndex(of: key), seen & 1 << slot == 0 else { return false }
            seen |= 1 << slot
            switch slot {
            case 0:
                kind = reader.string().flatMap(FigureIdentity.Kind.init(rawValue:))
                return kind != nil
            case 1:
                return reader.optionalString(into: &id)
            case 2:
                return reader.optionalString(into: &expression)
            default:
                return reader.optionalString(into: &name)
            }
        }
        guard read, let kind else { return nil }
        return FigureIdentity(kind: kind, id: id, expression: expression, name: name)
    }

    // MARK: JSON

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// Skips space, then takes `byte` if it comes next.
    private mutating func take(_ byte: UInt8) -> Bool {
        skipSpace()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    /// An object, each member's value read by `member` (false: give up).
    private mutating func object(_ member: (inout ManifestFastReader, String) -> Bool) -> Bool {
        guard take(UInt8(ascii: "{")) else { return false }
        if take(UInt8(ascii: "}")) { return true }
        repeat {
            guard let key = string(), take(UInt8(ascii: ":")), member(&self, key) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "}"))
    }

    private mutating func array<Element>(_ element: (inout ManifestFastReader) -> Element?) -> [Element]? {
        guard take(UInt8(ascii: "[")) else { return nil }
        var elements: [Element] = []
        if take(UInt8(ascii: "]")) { return elements }
        repeat {
            guard let next = element(&self) else { return nil }
            elements.append(next)
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "]")) ? elements : nil
    }

    /// `null`, leaving `value` nil, or a string.
    private mutating func optionalString(into value: inout String?) -> Bool {
        optional { reader in
            value = reader.string()
            return value != nil
        }
    }

    /// `null`, leaving an optional field nil, or the value `read` reads.
    private mutating func optional(_ read: (inout ManifestFastReader) -> Bool) -> Bool {
        skipSpace()
        let null = Array("null".utf8)
        if bytes[index...].starts(with: null) {
            index += null.count
            return true
        }
        return read(&self)
    }

    private mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        var out: [UInt8] = []
        while index < bytes.count {
            // Plain bytes are copied a stretch at a time.
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { break }
                index += 1
            }
            let plain = UnsafeBufferPointer(rebasing: bytes[start..<index])
            guard index < bytes.count else { return nil }
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\""), out.isEmpty { return Self.text(plain) }
            out.append(contentsOf: plain)
            switch byte {
            case UInt8(ascii: "\""):
                return out.withUnsafeBufferPointer { Self.text($0) }
            case UInt8(ascii: "\\"):
                guard index < bytes.count else { return nil }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    guard let scalar = unicodeEscape() else { return nil }
                    out.append(contentsOf: String(Character(scalar)).utf8)
                default: return nil
                }
            default: return nil  // a control character, which JSON escapes
            }
        }
        return nil
    }

    /// `utf8` as text if it is UTF-8 (escapes were checked as they were read): decoded, which
    /// repairs what is not, and compared with the bytes, which costs less than validating them
    /// first.
    private static func text(_ utf8: UnsafeBufferPointer<UInt8>) -> String? {
        let text = String(decoding: utf8, as: UTF8.self)
        let same =
            text.utf8.withContiguousStorageIfAvailable { decoded in
                guard decoded.count == utf8.count, let a = decoded.baseAddress, let b = utf8.baseAddress else {
                    return decoded.count == utf8.count
                }
                return memcmp(a, b, utf8.count) == 0
            } ?? text.utf8.elementsEqual(utf8)
        return same ? text : nil
    }

    /// The scalar of a `\u` escape whose `u` has been read: a surrogate pair as one scalar, a
    /// lone surrogate nil.
    private mutating func unicodeEscape() -> Unicode.Scalar? {
        guard let unit = hexQuad() else { return nil }
        guard (0xD800..<0xDC00).contains(unit) else { return Unicode.Scalar(unit) }
        guard index + 2 <= bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else { return nil }
        index += 2
        guard let low = hexQuad(), (0xDC00..<0xE000).contains(low) else { return nil }
        return Unicode.Scalar(0x10000 + (unit - 0xD800) << 10 + (low - 0xDC00))
    }

    private mutating func hexQuad() -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for byte in bytes[index..<index + 4] {
            guard let digit = Character(UnicodeScalar(byte)).hexDigitValue else { return nil }
            value = value << 4 | UInt32(digit)
        }
        index += 4
        return value
    }

    /// The text of a JSON number, checked against its grammar.
    private mutating func numberText(integerOnly: Bool) -> String? {
        skipSpace()
        let start = index
        let digits = { (reader: inout ManifestFastReader) -> Int in
            let from = reader.index
            while reader.index < reader.bytes.count, (0x30...0x39).contains(reader.bytes[reader.index]) { reader.index += 1 }
            return reader.index - from
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        let leading = index
        guard digits(&self) > 0, bytes[leading] != UInt8(ascii: "0") || index == leading + 1 else { return nil }
        if !integerOnly {
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                guard digits(&self) > 0 else { return nil }
            }
            if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                guard digits(&self) > 0 else { return nil }
            }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    private mutating func integer() -> Int? {
        guard let text = numberText(integerOnly: true) else { return nil }
        // A fraction or exponent after the digits is left to JSONDecoder.
        guard index >= bytes.count || ![UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[index]) else { return nil }
        return Int(text)
    }

    /// A finite number whose digits do not all vanish in rounding: the others are left to
    /// JSONDecoder, which refuses a number it cannot hold.
    private mutating func number() -> Double? {
        guard let text = numberText(integerOnly: false), let value = Double(text), value.isFinite else { return nil }
        let digits = text.prefix { $0 != "e" && $0 != "E" }
        return value == 0 && digits.contains(where: { ("1"..."9").contains($0) }) ? nil : value
    }
}
