/// The fonts of one PDF: each face a PDF can embed as a TrueType subset (`EmbeddableFace`),
/// every other glyph in Type 3 fonts (`TypeThreeFonts`), named /F0, /F1, … in order of first use.
///
/// Embedded subsets keep the figure's text real text in a real font, as publishers' PDF checks
/// want; Type 3 glyphs draw faces that cannot be embedded as drawn (Noto Sans CJK's CFF outlines,
/// styles fontconfig makes up) with the outlines Cairo draws.
struct PDFFonts {
    /// A glyph as the content stream shows it.
    struct Placed {
        /// The font's number in the page's resources (/F0 …).
        let font: Int
        /// The size to set it at: figure units per em for an embedded face; 1 for Type 3,
        /// whose glyphs are drawn at their size.
        let size: Double
        /// The code the text operator shows (one byte, or two for an embedded face).
        let code: [UInt8]
        /// How far the glyph moves the pen, in figure units, as a reader computes it.
        let advance: Double
    }

    private enum Resource {
        case typeThree(Int)
        case embedded(Int)
    }

    /// One embedded face: its glyphs in order of first use (its subset numbers them from 1).
    private struct Embedded {
        let face: EmbeddableFace
        var glyphs: [UInt32] = []
        var codes: [UInt32: UInt16] = [:]
        var texts: [UInt16: String] = [:]
    }

    private var typeThree = TypeThreeFonts()
    private var embedded: [Embedded] = []
    private var resources: [Resource] = []
    /// Each Type 3 font's resource number, and each embedded face's by name.
    private var typeThreeResources: [Int: Int] = [:]
    private var embeddedResources: [String: Int] = [:]
    /// What each engine font is drawn with: an embedded face's index and the font's size, or
    /// nil for Type 3.
    private var engineFonts: [Int: (index: Int, size: Double)?] = [:]

    /// How `key` is shown, with `text` recorded as its characters if it has none yet.
    mutating func place(_ key: GlyphKey, text: String?, engine: TextEngine) -> Placed {
        let drawn: (index: Int, size: Double)?
        if let known = engineFonts[key.font] {
            drawn = known
        } else {
            // The size as the content stream writes it, to hundredths: the pen moves as a
            // reader moves it.
            drawn = embeddedFace(for: key.font, engine: engine).map { ($0.index, ($0.size * 100).rounded() / 100) }
                .flatMap { $0.1 > 0 ? $0 : nil }
            engineFonts[key.font] = drawn
        }
        // A glyph the subset could not hold (a broken entry in the font, or past the 65 534 a
        // subset can number) is drawn from its outline instead.
        let embeds =
            drawn.map {
                embedded[$0.index].codes[key.glyph] != nil
                    || (embedded[$0.index].glyphs.count < 0xFFF0 && embedded[$0.index].face.index.canCut(key.glyph))
            } ?? false
        guard let (index, size) = drawn, embeds else {
            let code = typeThree.code(for: key, text: text, engine: engine)
            let resource: Int
            if let known = typeThreeResources[code.font] {
                resource = known
            } else {
                resource = resources.count
                resources.append(.typeThree(code.font))
                typeThreeResources[code.font] = resource
            }
            return Placed(font: resource, size: 1, code: [code.code], advance: Double(code.advance) / 10)
        }
        let number: UInt16
        if let known = embedded[index].codes[key.glyph] {
            number = known
        } else {
            number = key.glyph == 0 ? 0 : UInt16(truncatingIfNeeded: embedded[index].glyphs.count + 1)
            if key.glyph != 0 { embedded[index].glyphs.append(key.glyph) }
            embedded[index].codes[key.glyph] = number
        }
        if let text, !text.isEmpty, embedded[index].texts[number] == nil { embedded[index].texts[number] = text }
        let face = embedded[index].face
        let width = face.thousandths(face.advance(key.glyph))
        return Placed(
            font: embeddedResources[face.name] ?? 0, size: size, code: [UInt8(number >> 8), UInt8(number & 0xFF)],
            advance: Double(width) * size / 1000)
    }

    /// The embedded face engine font `number` is drawn with, registered on first use; nil when
    /// it cannot be embedded.
    private mutating func embeddedFace(for number: Int, engine: TextEngine) -> (index: Int, size: Double)? {
        guard let face = engine.embeddableFace(number) else { return nil }
        if let resource = embeddedResources[face.name], case .embedded(let index) = resources[resource] { return (index, face.size) }
        embedded.append(Embedded(face: face))
        embeddedResources[face.name] = resources.count
        resources.append(.embedded(embedded.count - 1))
        return (embedded.count - 1, face.size)
    }

    /// Writes every font into `file`; returns the object number of each, /F0 first.
    func write(into file: inout PDFFile, engine: TextEngine) -> [Int] {
        let typeThreeObjects = typeThree.write(into: &file, engine: engine)
        return resources.map { resource in
            switch resource {
            case .typeThree(let index): return typeThreeObjects[index]
            case .embedded(let index): return Self.write(embedded[index], into: &file)
            }
        }
    }

    /// A Type 0 font over a CIDFontType2 font whose CIDs are the subset's glyph numbers.
    private static func write(_ font: Embedded, into file: inout PDFFile) -> Int {
        let face = font.face
        let type0 = file.reserve(), cidFont = file.reserve(), descriptor = file.reserve()
        let program = file.reserve(), toUnicode = file.reserve()
        // The subset cannot fail here: the face was cut once (`EmbeddableFace`), and every
        // glyph was checked (`canCut`) when first placed.
        let subset = TrueTypeSubset(tables: face.tables, wanted: font.glyphs)
        let name = PDFNumber.name(Self.tag(font.glyphs) + "+" + face.name)

        var dictionary: [UInt8] = Array("<< /Type /Font /Subtype /Type0 /BaseFont ".utf8) + name
        dictionary.append(contentsOf: " /Encoding /Identity-H /DescendantFonts [\(cidFont) 0 R] /ToUnicode \(toUnicode) 0 R >>".utf8)
        file.write(type0, dictionary)

        var cid: [UInt8] = Array("<< /Type /Font /Subtype /CIDFontType2 /BaseFont ".utf8) + name
        cid.append(contentsOf: " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>".utf8)
        cid.append(contentsOf: " /FontDescriptor \(descriptor) 0 R /CIDToGIDMap /Identity /W [0 [".utf8)
        PDFNumber.appendIntegers((subset?.glyphs ?? [0]).lazy.map { face.thousandths(face.advance($0)) }, to: &cid)
        cid.append(contentsOf: "]] >>".utf8)
        file.write(cidFont, cid)

        // Flags: 32 non-symbolic (Latin text), 64 italic.
        var description: [UInt8] = Array("<< /Type /FontDescriptor /FontName ".utf8) + name
        description.append(contentsOf: " /Flags \(32 | (face.italicAngle != 0 ? 64 : 0)) /FontBBox [".utf8)
        PDFNumber.appendIntegers(face.box.lazy.map(face.thousandths), to: &description)
        description.append(contentsOf: "] /ItalicAngle ".utf8)
        PDFNumber.append(face.italicAngle, to: &description)
        description.append(contentsOf: " /Ascent ".utf8)
        PDFNumber.appendInteger(face.thousandths(face.ascent), to: &description)
        description.append(contentsOf: " /Descent ".utf8)
        PDFNumber.appendInteger(face.thousandths(face.descent), to: &description)
        description.append(contentsOf: " /CapHeight ".utf8)
        PDFNumber.appendInteger(face.thousandths(face.capHeight), to: &description)
        // StemV is required and read by no renderer that has the font program; 80 is a
        // regular weight's.
        description.append(contentsOf: " /StemV 80 /FontFile2 \(program) 0 R >>".utf8)
        file.write(descriptor, description)

        let bytes = subset?.bytes ?? []
        file.writeStream(program, entries: Array(" /Length1 \(bytes.count)".utf8), data: bytes, compressAlways: true)

        var texts: [String?] = []
        for (number, text) in font.texts.sorted(by: { $0.key < $1.key }) {
            while texts.count < Int(number) { texts.append(nil) }
            texts.append(text)
        }
        file.writeStream(toUnicode, data: ToUnicodeMap.stream(texts, codeBytes: 2))
        return type0
    }

    /// Six capital letters from the glyph list, as PDF names a subset ("ABCDEF+DejaVuSans"):
    /// the same glyphs give the same name.
    private static func tag(_ glyphs: [UInt32]) -> String {
        var fnv = FNV1a()
        for glyph in glyphs {
            for shift in stride(from: 0, to: 32, by: 8) { fnv.add(UInt8(truncatingIfNeeded: glyph >> UInt32(shift))) }
        }
        var hash = fnv.value
        var letters = ""
        for _ in 0..<6 {
            letters.append(Character(Unicode.Scalar(UInt8(65 + hash % 26))))
            hash /= 26
        }
        return letters
    }
}
