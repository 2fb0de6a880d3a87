/// The Type 3 fonts of one PDF: each glyph of a face that cannot be embedded as drawn (see
/// `EmbeddableFace`), its outline written once, with the characters it stands for, so that
/// the text can be searched, selected and copied.
///
/// A Type 3 glyph is drawn at the size its outline has, so glyphs of every face and size share
/// one font: a Chinese figure's PDF has one font of about 40 glyphs instead of four with their
/// own character maps. Its glyphs are small content streams, the outlines the SVG writer
/// defines, so Noto Sans CJK's CFF outlines need no subsetting (HarfBuzz's subsetter took
/// 3.9 ms for 30 of its glyphs). A PDF font holds at most 256 glyphs (one byte a code); a
/// figure that draws more gets a second font.
struct TypeThreeFonts {
    /// One PDF font: glyphs by code.
    struct Font {
        /// The engine's numbers of the fonts its glyphs come from, in order of first use.
        var engineFonts: [Int] = []
        var glyphs: [TypeThreeGlyph] = []
        /// The characters each code stands for, where known.
        var texts: [String?] = []
    }

    /// A glyph's place: which PDF font, which code, and its advance in glyph space.
    struct Code {
        let font: Int
        let code: UInt8
        let advance: Int
    }

    private(set) var fonts: [Font] = []
    private var codes: [GlyphKey: Code] = [:]

    /// `key`'s code, given one on first use; `text` is recorded as its characters if it has none.
    mutating func code(for key: GlyphKey, text: String?, engine: TextEngine) -> Code {
        let code: Code
        if let known = codes[key] {
            code = known
        } else {
            if fonts.last.map({ $0.glyphs.count == 256 }) ?? true { fonts.append(Font()) }
            let index = fonts.count - 1
            if !fonts[index].engineFonts.contains(key.font) { fonts[index].engineFonts.append(key.font) }
            let glyph = engine.typeThreeGlyph(key)
            code = Code(font: index, code: UInt8(fonts[index].glyphs.count), advance: glyph.advance)
            fonts[index].glyphs.append(glyph)
            fonts[index].texts.append(nil)
            codes[key] = code
        }
        if let text, !text.isEmpty, fonts[code.font].texts[Int(code.code)] == nil {
            fonts[code.font].texts[Int(code.code)] = text
        }
        return code
    }

    /// Writes each font's objects into `file`; returns the object number of each font, in
    /// order (the page names font `i` "/F" + `i`).
    func write(into file: inout PDFFile, engine: TextEngine) -> [Int] {
        fonts.map { font in
            let number = file.reserve(), descriptor = file.reserve(), toUnicode = file.reserve()
            let procedures = font.glyphs.map { _ in file.reserve() }
            var box = [Int.max, Int.max, Int.min, Int.min]
            for glyph in font.glyphs where !glyph.path.isEmpty {
                box = [min(box[0], glyph.box[0]), min(box[1], glyph.box[1]), max(box[2], glyph.box[2]), max(box[3], glyph.box[3])]
            }
            if box[0] > box[2] { box = [0, 0, 0, 0] }
            var boxText: [UInt8] = Array("[".utf8)
            PDFNumber.appendIntegers(box, to: &boxText)
            boxText.append(UInt8(ascii: "]"))

            var dictionary: [UInt8] = Array("<< /Type /Font /Subtype /Type3 /FontBBox ".utf8) + boxText
            dictionary.append(contentsOf: " /FontMatrix [.1 0 0 .1 0 0] /CharProcs <<".utf8)
            for (code, procedure) in procedures.enumerated() {
                dictionary.append(contentsOf: " /g".utf8)
                PDFNumber.appendInteger(code, to: &dictionary)
                dictionary.append(UInt8(ascii: " "))
                PDFNumber.appendInteger(procedure, to: &dictionary)
                dictionary.append(contentsOf: " 0 R".utf8)
            }
            dictionary.append(contentsOf: " >>\n/Encoding << /Type /Encoding /Differences [0".utf8)
            for code in font.glyphs.indices {
                dictionary.append(contentsOf: " /g".utf8)
                PDFNumber.appendInteger(code, to: &dictionary)
            }
            dictionary.append(contentsOf: "] >>\n/FirstChar 0 /LastChar ".utf8)
            PDFNumber.appendInteger(font.glyphs.count - 1, to: &dictionary)
            dictionary.append(contentsOf: " /Widths [".utf8)
            PDFNumber.appendIntegers(font.glyphs.lazy.map(\.advance), to: &dictionary)
            dictionary.append(contentsOf: "]\n/FontDescriptor ".utf8)
            PDFNumber.appendInteger(descriptor, to: &dictionary)
            dictionary.append(contentsOf: " 0 R /ToUnicode ".utf8)
            PDFNumber.appendInteger(toUnicode, to: &dictionary)
            dictionary.append(contentsOf: " 0 R /Resources << >> >>".utf8)
            file.write(number, dictionary)

            // Named after the faces its glyphs come from. Flags 4: the glyphs have no standard
            // names, so the font counts as symbolic.
            var description: [UInt8] = Array("<< /Type /FontDescriptor /FontName ".utf8)
            var faces: [String] = []
            for number in font.engineFonts where !faces.contains(engine.faceName(number)) { faces.append(engine.faceName(number)) }
            description += PDFNumber.name(faces.joined(separator: "+"))
            description.append(contentsOf: " /Flags 4 /ItalicAngle 0 /FontBBox ".utf8)
            description += boxText
            description.append(contentsOf: " >>".utf8)
            file.write(descriptor, description)

            file.writeStream(toUnicode, data: ToUnicodeMap.stream(font.texts))
            for (glyph, procedure) in zip(font.glyphs, procedures) {
                file.writeStream(procedure, data: glyph.procedure)
            }
            return number
        }
    }
}
