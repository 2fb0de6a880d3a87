/// A PDF font's ToUnicode map: the characters each code stands for, so that a reader can
/// search, select and copy the text. Both kinds of font a figure's PDF holds use it, Type 3
/// fonts with one-byte codes and embedded subsets with two-byte glyph numbers.
enum ToUnicodeMap {
    /// A ToUnicode map from each code to its characters, in blocks of at most 100 entries as
    /// the CMap format allows.
    static func stream(_ texts: [String?], codeBytes: Int = 1) -> [UInt8] {
        var out: [UInt8] = Array(
            """
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange

            """.utf8)
        out.append(contentsOf: (codeBytes == 2 ? "<0000> <FFFF>\n" : "<00> <FF>\n").utf8)
        out.append(contentsOf: "endcodespacerange\n".utf8)
        let known = texts.enumerated().compactMap { code, text in text.map { (code, $0) } }
        var start = 0
        while start < known.count {
            let block = known[start..<min(start + 100, known.count)]
            PDFNumber.appendInteger(block.count, to: &out)
            out.append(contentsOf: " beginbfchar\n".utf8)
            for (code, text) in block {
                out.append(UInt8(ascii: "<"))
                if codeBytes == 2 { PDFNumber.appendHexByte(UInt8(truncatingIfNeeded: code >> 8), to: &out) }
                PDFNumber.appendHexByte(UInt8(truncatingIfNeeded: code), to: &out)
                out.append(contentsOf: "> <".utf8)
                PDFNumber.appendUTF16(text, to: &out)
                out.append(contentsOf: ">\n".utf8)
            }
            out.append(contentsOf: "endbfchar\n".utf8)
            start += 100
        }
        out.append(contentsOf: "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n".utf8)
        return out
    }
}
