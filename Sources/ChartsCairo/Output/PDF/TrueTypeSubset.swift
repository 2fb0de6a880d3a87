/// A TrueType font cut down to the glyphs a figure draws, for embedding in its PDF.
///
/// Glyphs are numbered anew in order (0, the missing glyph, then the glyphs asked for, then the
/// parts of composite glyphs), so `loca` and `hmtx` hold only those; the tables a PDF reader
/// needs to draw glyphs by number are kept (`glyf`, `loca`, `head`, `hhea`, `hmtx`, `maxp`;
/// no hinting, see `withoutInstructions`), as PDF allows for a CIDFontType2 font addressed by
/// glyph number. Written here because HarfBuzz's subsetter, the library that does this,
/// took 0.54 ms for 30 glyphs of DejaVu Sans (layout tables dropped): 17 ms over the 16
/// benchmark PDFs' 32 faces, more than the whole time the PDFs may add. Cutting, compressing
/// and describing those 32 faces here takes 11.3 million instructions in all (callgrind).
struct TrueTypeSubset {
    /// The font file.
    let bytes: [UInt8]
    /// The new number of each glyph asked for, in the order asked.
    let numbers: [UInt32: UInt16]
    /// The glyphs by new number, as old numbers.
    let glyphs: [UInt32]

    /// The subset of the font whose tables are `tables` (by tag) holding `wanted` glyphs, or nil
    /// when the tables are not a TrueType font this can cut.
    init?(tables: [String: [UInt8]], wanted: [UInt32]) {
        guard let head = tables["head"], head.count >= 54, let hhea = tables["hhea"], hhea.count >= 36,
            let maxp = tables["maxp"], maxp.count >= 6, let hmtx = tables["hmtx"], let glyf = tables["glyf"]
        else { return nil }
        guard let index = GlyphIndex(tables) else { return nil }
        let count = index.count
        let range = index.range

        // New numbers: 0 first, then each glyph asked for, then composite parts as found.
        var order: [UInt32] = [0]
        var numbers: [UInt32: UInt16] = [0: 0]
        func add(_ glyph: UInt32) -> Bool {
            guard numbers[glyph] == nil else { return true }
            guard Int(glyph) < count, order.count < 0xFFFF else { return false }
            numbers[glyph] = UInt16(order.count)
            order.append(glyph)
            return true
        }
        for glyph in wanted where !add(glyph) { return nil }
        var next = 0
        while next < order.count {
            guard let r = range(order[next]) else { return nil }
            for component in Self.components(glyf, r) where !add(UInt32(component.glyph)) { return nil }
            next += 1
        }

        // glyf and loca (long offsets), components renumbered.
        var newGlyf: [UInt8] = []
        var newLoca: [UInt8] = []
        for glyph in order {
            Self.put32(&newLoca, UInt32(newGlyf.count))
            guard let r = range(glyph) else { return nil }
            var data = Array(glyf[r])
            for component in Self.components(glyf, r) {
                guard let number = numbers[UInt32(component.glyph)] else { return nil }
                let at = component.offset - r.lowerBound
                data[at] = UInt8(number >> 8)
                data[at + 1] = UInt8(number & 0xFF)
                // Hinting instructions after the components go (see `withoutInstructions`).
                data[at - 2] &= ~0x01
            }
            newGlyf += Self.withoutInstructions(data)
            while newGlyf.count % 4 != 0 { newGlyf.append(0) }
        }
        Self.put32(&newLoca, UInt32(newGlyf.count))

        // hmtx with a full entry for every glyph; a font's last advance repeats past its
        // long metrics.
        let longMetrics = Int(Self.u16(hhea, 34))
        guard longMetrics > 0, hmtx.count >= 4 * longMetrics else { return nil }
        var newHmtx: [UInt8] = []
        for glyph in order {
            let g = Int(glyph)
            let advance = Self.u16(hmtx, 4 * min(g, longMetrics - 1))
            let bearingAt = g < longMetrics ? 4 * g + 2 : 4 * longMetrics + 2 * (g - longMetrics)
            let bearing = bearingAt + 2 <= hmtx.count ? Self.u16(hmtx, bearingAt) : 0
            Self.put16(&newHmtx, advance)
            Self.put16(&newHmtx, bearing)
        }

        var newHead = head
        newHead[8..<12] = [0, 0, 0, 0]  // checkSumAdjustment, set below
        newHead[50] = 0
        newHead[51] = 1  // long loca offsets
        var newHhea = hhea
        newHhea[34] = UInt8(order.count >> 8)
        newHhea[35] = UInt8(order.count & 0xFF)
        var newMaxp = maxp
        newMaxp[4] = UInt8(order.count >> 8)
        newMaxp[5] = UInt8(order.count & 0xFF)

        var out: [(String, [UInt8])] = [
            ("glyf", newGlyf), ("head", newHead), ("hhea", newHhea), ("hmtx", newHmtx), ("loca", newLoca), ("maxp", newMaxp),
        ]
        out.sort { $0.0 < $1.0 }
        bytes = Self.file(out)
        self.numbers = numbers
        glyphs = order
    }

    /// Where each glyph's data lies in `glyf`, from `loca`.
    struct GlyphIndex {
        let count: Int
        private let longOffsets: Bool
        private let loca: [UInt8]
        private let glyf: [UInt8]

        init?(_ tables: [String: [UInt8]]) {
            guard let head = tables["head"], head.count >= 54, let maxp = tables["maxp"], maxp.count >= 6,
                let loca = tables["loca"], let glyf = tables["glyf"]
            else { return nil }
            count = Int(TrueTypeSubset.u16(maxp, 4))
            longOffsets = TrueTypeSubset.u16(head, 50) == 1
            guard count > 0, loca.count >= (count + 1) * (longOffsets ? 4 : 2) else { return nil }
            self.loca = loca
            self.glyf = glyf
        }

        /// The bytes of `glyph` in `glyf`, or nil for a number out of range or a broken entry.
        func range(_ glyph: UInt32) -> Range<Int>? {
            let g = Int(glyph)
            guard g < count else { return nil }
            let start = longOffsets ? Int(TrueTypeSubset.u32(loca, 4 * g)) : 2 * Int(TrueTypeSubset.u16(loca, 2 * g))
            let end = longOffsets ? Int(TrueTypeSubset.u32(loca, 4 * g + 4)) : 2 * Int(TrueTypeSubset.u16(loca, 2 * g + 2))
            guard start <= end, end <= glyf.count else { return nil }
            return start..<end
        }

        /// Whether a subset can hold `glyph`: it and every glyph it is made of have data.
        func canCut(_ glyph: UInt32) -> Bool {
            var seen: Set<UInt32> = [glyph]
            var pending = [glyph]
            while let next = pending.popLast() {
                guard let r = range(next) else { return false }
                for part in TrueTypeSubset.components(glyf, r) where seen.insert(UInt32(part.glyph)).inserted {
                    pending.append(UInt32(part.glyph))
                }
            }
            return true
        }
    }

    /// A glyph's data without its hinting instructions.
    ///
    /// The figure's PNG and SVG draw the outlines unhinted; a PDF reader that ran the font's
    /// instructions (Poppler does) would move stems to its pixel grid and draw a letter of the
    /// title up to a pixel away from where the PNG has it. The font's instruction tables
    /// (`fpgm`, `prep`, `cvt `) are left out with them.
    static func withoutInstructions(_ glyph: [UInt8]) -> [UInt8] {
        guard glyph.count >= 10 else { return glyph }
        let contours = Int(Int16(bitPattern: u16(glyph, 0)))
        if contours >= 0 {
            let lengthAt = 10 + 2 * contours
            guard lengthAt + 2 <= glyph.count else { return glyph }
            let length = Int(u16(glyph, lengthAt))
            let flagsAt = lengthAt + 2 + length
            guard flagsAt <= glyph.count else { return glyph }
            // The outline ends where its points do: the font's own padding after them goes too.
            let end = contours == 0 ? flagsAt : outlineEnd(glyph, flagsAt: flagsAt, points: Int(u16(glyph, lengthAt - 2)) + 1)
            return Array(glyph[..<lengthAt]) + [0, 0] + Array(glyph[flagsAt..<min(end, glyph.count)])
        }
        // A composite: the flag that announced instructions was cleared by the caller; they
        // follow the last component.
        let end = componentRecords(glyph, 0..<glyph.count).end
        return end > 0 && end <= glyph.count ? Array(glyph[..<end]) : glyph
    }

    /// The end of a simple glyph's flags and coordinates, which start at `flagsAt`, for
    /// `points` points; the glyph's length where the data ends early.
    static func outlineEnd(_ glyph: [UInt8], flagsAt: Int, points: Int) -> Int {
        var at = flagsAt, seen = 0, coordinates = 0
        while seen < points {
            guard at < glyph.count else { return glyph.count }
            let flag = glyph[at]
            at += 1
            var repeats = 1
            if flag & 0x08 != 0 {
                guard at < glyph.count else { return glyph.count }
                repeats += Int(glyph[at])
                at += 1
            }
            // x: one byte when short, none when the same as before, else two; y likewise.
            let x = flag & 0x02 != 0 ? 1 : (flag & 0x10 != 0 ? 0 : 2)
            let y = flag & 0x04 != 0 ? 1 : (flag & 0x20 != 0 ? 0 : 2)
            coordinates += repeats * (x + y)
            seen += repeats
        }
        return at + coordinates
    }

    /// Where each component of the composite glyph at `r` names its glyph: the offset of the
    /// 16-bit glyph number and the number. Empty for a simple glyph.
    static func components(_ glyf: [UInt8], _ r: Range<Int>) -> [(offset: Int, glyph: UInt16)] {
        guard r.count >= 10, Int16(bitPattern: u16(glyf, r.lowerBound)) < 0 else { return [] }
        return componentRecords(glyf, r).parts
    }

    /// The component records of the composite glyph at `r`: where each names its glyph, and
    /// where the records end (0 when there are none), before any instructions.
    private static func componentRecords(_ glyf: [UInt8], _ r: Range<Int>) -> (parts: [(offset: Int, glyph: UInt16)], end: Int) {
        var found: [(offset: Int, glyph: UInt16)] = []
        var at = r.lowerBound + 10
        var end = 0
        while at + 4 <= r.upperBound {
            let flags = u16(glyf, at)
            found.append((at + 2, u16(glyf, at + 2)))
            at += 4 + (flags & 0x0001 != 0 ? 4 : 2)  // arguments: words or bytes
            if flags & 0x0008 != 0 {
                at += 2  // one scale
            } else if flags & 0x0040 != 0 {
                at += 4  // x and y scales
            } else if flags & 0x0080 != 0 {
                at += 8  // a 2×2 matrix
            }
            end = at
            guard flags & 0x0020 != 0 else { break }  // more components follow
        }
        return (found, end)
    }

    /// A font file of `tables`, sorted by tag, with the table directory, each table's checksum
    /// and the whole file's in `head`.
    private static func file(_ tables: [(String, [UInt8])]) -> [UInt8] {
        var out: [UInt8] = []
        let n = tables.count
        var power = 1, log = 0
        while power * 2 <= n {
            power *= 2
            log += 1
        }
        put32(&out, 0x0001_0000)
        put16(&out, UInt16(n))
        put16(&out, UInt16(power * 16))
        put16(&out, UInt16(log))
        put16(&out, UInt16(n * 16 - power * 16))
        var offset = 12 + 16 * n
        var headAt = 0
        for (tag, table) in tables {
            out += Array(tag.utf8)
            put32(&out, checksum(table))
            put32(&out, UInt32(offset))
            put32(&out, UInt32(table.count))
            if tag == "head" { headAt = offset }
            offset += (table.count + 3) & ~3
        }
        for (_, table) in tables {
            out += table
            while out.count % 4 != 0 { out.append(0) }
        }
        let adjustment = 0xB1B0_AFBA &- checksum(out)
        out[headAt + 8] = UInt8(adjustment >> 24)
        out[headAt + 9] = UInt8((adjustment >> 16) & 0xFF)
        out[headAt + 10] = UInt8((adjustment >> 8) & 0xFF)
        out[headAt + 11] = UInt8(adjustment & 0xFF)
        return out
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var sum: UInt32 = 0
        var i = 0
        while i < bytes.count {
            var word: UInt32 = 0
            for k in 0..<4 { word = word << 8 | UInt32(i + k < bytes.count ? bytes[i + k] : 0) }
            sum = sum &+ word
            i += 4
        }
        return sum
    }

    static func u16(_ b: [UInt8], _ at: Int) -> UInt16 {
        at + 2 <= b.count ? UInt16(b[at]) << 8 | UInt16(b[at + 1]) : 0
    }

    static func u32(_ b: [UInt8], _ at: Int) -> UInt32 {
        at + 4 <= b.count ? UInt32(u16(b, at)) << 16 | UInt32(u16(b, at + 2)) : 0
    }

    static func put16(_ out: inout [UInt8], _ value: UInt16) {
        out.append(UInt8(value >> 8))
        out.append(UInt8(value & 0xFF))
    }

    static func put32(_ out: inout [UInt8], _ value: UInt32) {
        put16(&out, UInt16(value >> 16))
        put16(&out, UInt16(value & 0xFFFF))
    }
}
