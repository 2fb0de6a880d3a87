/// A TrueType face a PDF can embed, with the numbers its font descriptor states.
///
/// Only a face drawn as its file draws it qualifies: a TrueType outline font (`glyf`, not CFF
/// and not variable), whose licence allows embedding, at one size in both directions, bold
/// or italic only if the file is. A style fontconfig makes up (slanting an upright face,
/// thickening a regular one) would not be in the embedded file; such faces, and CFF faces
/// such as Noto Sans CJK, are drawn as Type 3 glyphs instead.
struct EmbeddableFace: Sendable {
    /// The tables a subset is cut from, by tag.
    let tables: [String: [UInt8]]
    let unitsPerEm: Int
    /// Figure units per em, as Cairo draws the face.
    let size: Double
    /// Family and style, as in `TextEngine.faceName`.
    let name: String
    let italicAngle: Double
    let ascent: Int
    let descent: Int
    let capHeight: Int
    /// xMin, yMin, xMax, yMax of all glyphs, in font units.
    let box: [Int]
    /// Where each glyph's data lies, for checking that a subset can hold it.
    let index: TrueTypeSubset.GlyphIndex
    private let metrics: [UInt8]
    private let longMetrics: Int

    /// The tables a subset needs and the descriptor reads.
    static let tags = ["head", "hhea", "maxp", "hmtx", "loca", "glyf", "OS/2", "post"]

    /// The face of `tables` drawn at `size` units per em, bold and italic as described, or nil
    /// when a PDF cannot embed it as it is drawn.
    init?(tables: [String: [UInt8]], cff: Bool, variable: Bool, size: Double, name: String, bold: Bool, italic: Bool) {
        guard !cff, !variable, size.isFinite, size > 0, let head = tables["head"], head.count >= 54, let hhea = tables["hhea"],
            hhea.count >= 36, tables["glyf"] != nil, tables["loca"] != nil, tables["hmtx"] != nil, tables["maxp"] != nil
        else { return nil }
        let u16 = TrueTypeSubset.u16, s16 = { (b: [UInt8], at: Int) in Int(Int16(bitPattern: TrueTypeSubset.u16(b, at))) }
        let macStyle = u16(head, 44)
        var fileBold = macStyle & 1 != 0, fileItalic = macStyle & 2 != 0
        var capHeight = s16(hhea, 4)
        if let os2 = tables["OS/2"], os2.count >= 64 {
            let fsType = u16(os2, 8)
            // Restricted licence (bit 1) or bitmaps only (bit 9): not to be embedded.
            guard fsType & 0x0002 == 0, fsType & 0x0200 == 0 else { return nil }
            let selection = u16(os2, 62)
            fileBold = fileBold || selection & 0x20 != 0 || u16(os2, 4) >= 600
            fileItalic = fileItalic || selection & 0x201 != 0
            if u16(os2, 0) >= 2, os2.count >= 90 { capHeight = s16(os2, 88) }
        }
        guard bold == fileBold, italic == fileItalic else { return nil }
        unitsPerEm = Int(u16(head, 18))
        longMetrics = Int(u16(hhea, 34))
        // The face must cut: a subset of no glyph but the missing one is made once to be sure.
        guard unitsPerEm >= 16, longMetrics > 0, let index = TrueTypeSubset.GlyphIndex(tables),
            TrueTypeSubset(tables: tables, wanted: []) != nil
        else { return nil }
        self.index = index
        metrics = tables["hmtx"] ?? []
        self.tables = tables
        self.size = size
        self.name = name
        let angle = tables["post"].map { Double(Int32(bitPattern: TrueTypeSubset.u32($0, 4))) / 65536 } ?? 0
        italicAngle = angle.isFinite ? angle : 0
        ascent = s16(hhea, 4)
        descent = s16(hhea, 6)
        self.capHeight = capHeight
        box = [s16(head, 36), s16(head, 38), s16(head, 40), s16(head, 42)]
    }

    /// `value` font units in thousandths of an em, as PDF states glyph widths and metrics.
    func thousandths(_ value: Int) -> Int {
        Int((Double(value) * 1000 / Double(unitsPerEm)).rounded())
    }

    /// The advance of `glyph` in font units, from `hmtx`.
    func advance(_ glyph: UInt32) -> Int {
        Int(TrueTypeSubset.u16(metrics, 4 * min(Int(glyph), longMetrics - 1)))
    }
}
