/// How deflate (RFC 1951, section 3.2.5) spells match lengths and distances: a Huffman symbol
/// plus a few extra bits read verbatim.
///
/// The symbol is computed from the position of the value's highest bits rather than looked up,
/// so the hot loops touch no table: lengths 3...258 and distances 1...32768 fall into groups
/// that double in size, four length symbols or two distance symbols per power of two.
enum DeflateSymbols {
    /// The literal/length symbol that ends a block.
    static let endOfBlock = 256
    /// Literal/length symbols a block may use (0...285).
    static let literalLengthCount = 286
    /// Distance symbols a block may use (0...29).
    static let distanceCount = 30
    /// The longest match deflate can express.
    static let maxMatch = 258
    /// The shortest match deflate can express.
    static let minMatch = 3
    /// The farthest back a match may reach.
    static let window = 32768

    /// The symbol (257...285), extra-bit count and extra-bit value of a match length 3...258.
    @inline(__always)
    static func length(_ length: Int) -> (symbol: Int, extraBits: Int, extra: Int) {
        let x = length - 3
        if x < 8 { return (257 + x, 0, 0) }
        if length == maxMatch { return (285, 0, 0) }
        let extraBits = (Int.bitWidth - 1 - x.leadingZeroBitCount) - 2
        return (265 + 4 * (extraBits - 1) + (x >> extraBits & 3), extraBits, x & (1 << extraBits - 1))
    }

    /// The symbol (0...29), extra-bit count and extra-bit value of a distance 1...32768.
    @inline(__always)
    static func distance(_ distance: Int) -> (symbol: Int, extraBits: Int, extra: Int) {
        let x = distance - 1
        if x < 4 { return (x, 0, 0) }
        let extraBits = (Int.bitWidth - 1 - x.leadingZeroBitCount) - 1
        return (2 * extraBits + 2 + (x >> extraBits & 1), extraBits, x & (1 << extraBits - 1))
    }

    /// Extra bits that follow literal/length symbol `symbol` (0 for literals and end of block).
    static func lengthExtraBits(symbol: Int) -> Int {
        symbol < 265 || symbol == 285 ? 0 : (symbol - 261) / 4
    }

    /// Extra bits that follow distance symbol `symbol`.
    static func distanceExtraBits(symbol: Int) -> Int {
        symbol < 4 ? 0 : symbol / 2 - 1
    }

    /// The fixed code's literal/length code lengths (RFC 1951, section 3.2.6).
    static let fixedLiteralLengths: [UInt8] = (0..<288).map { s in
        s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8
    }

    /// The fixed code's distance code lengths: five bits for each of 30 symbols.
    static let fixedDistanceLengths = [UInt8](repeating: 5, count: distanceCount)
}
