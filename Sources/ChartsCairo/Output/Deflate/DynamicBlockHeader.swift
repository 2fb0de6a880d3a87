/// The Huffman codes of one dynamic block and the header that describes them (RFC 1951,
/// section 3.2.7): literal/length and distance code lengths, run-length coded with symbols
/// 16 (repeat the previous length), 17 and 18 (runs of zeros), themselves Huffman coded with
/// the code-length code.
struct DynamicBlockHeader {
    /// Code lengths of the literal/length symbols (at most 15 bits).
    let literalLengths: [UInt8]
    /// Code lengths of the distance symbols (at most 15 bits).
    let distanceLengths: [UInt8]
    /// The header's size in bits, after the three block-type bits.
    let bitCount: Int

    private let literalCount: Int, distanceCount: Int
    /// Code-length symbols in order, each with its extra-bit value in the high byte.
    private let runs: [UInt16]
    private let codeLengthLengths: [UInt8]
    /// How many code-length code lengths are sent, in `order`.
    private let codeLengthCount: Int

    /// The order in which code-length code lengths are sent, likeliest first.
    private static let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
    private static let repeatExtraBits: [Int] = [2, 3, 7]

    init(literalLengthFrequencies: [UInt32], distanceFrequencies: [UInt32]) {
        literalLengths = HuffmanCode.lengths(literalLengthFrequencies, limit: 15)
        distanceLengths = HuffmanCode.lengths(distanceFrequencies, limit: 15)
        literalCount = max(257, (literalLengths.lastIndex { $0 != 0 } ?? 0) + 1)
        distanceCount = max(1, (distanceLengths.lastIndex { $0 != 0 } ?? 0) + 1)
        runs = Self.runLengthCoded(Array(literalLengths[..<literalCount]) + distanceLengths[..<distanceCount])

        var frequencies = [UInt32](repeating: 0, count: 19)
        for run in runs { frequencies[Int(run & 0xFF)] += 1 }
        let codeLengthLengths = HuffmanCode.lengths(frequencies, limit: 7)
        self.codeLengthLengths = codeLengthLengths
        codeLengthCount = max(4, (Self.order.lastIndex { codeLengthLengths[$0] != 0 } ?? 0) + 1)

        var bits = 5 + 5 + 4 + 3 * codeLengthCount
        for run in runs {
            let symbol = Int(run & 0xFF)
            bits += Int(codeLengthLengths[symbol]) + (symbol >= 16 ? Self.repeatExtraBits[symbol - 16] : 0)
        }
        bitCount = bits
    }

    /// Writes the header after the block-type bits.
    func write(to out: inout BitWriter) {
        out.reserve(bitCount / 8 + 16)
        out.put(UInt64(literalCount - 257), 5)
        out.put(UInt64(distanceCount - 1), 5)
        out.put(UInt64(codeLengthCount - 4), 4)
        out.flush()
        for symbol in Self.order[..<codeLengthCount] {
            out.put(UInt64(codeLengthLengths[symbol]), 3)
            out.flush()
        }
        let codes = HuffmanCode.codes(lengths: codeLengthLengths)
        for run in runs {
            let symbol = Int(run & 0xFF)
            out.put(UInt64(codes[symbol]), Int(codeLengthLengths[symbol]))
            if symbol >= 16 { out.put(UInt64(run >> 8), Self.repeatExtraBits[symbol - 16]) }
            out.flush()
        }
    }

    /// `lengths` as code-length symbols: 16 repeats the previous length 3–6 times, 17 and 18
    /// stand for 3–10 and 11–138 zeros; shorter runs are sent one length at a time.
    static func runLengthCoded(_ lengths: [UInt8]) -> [UInt16] {
        var runs: [UInt16] = []
        var i = 0
        while i < lengths.count {
            let value = lengths[i]
            var run = 1
            while i + run < lengths.count && lengths[i + run] == value { run += 1 }
            i += run
            if value == 0 {
                while run >= 11 {
                    let part = min(run, 138)
                    runs.append(18 | UInt16(part - 11) << 8)
                    run -= part
                }
                if run >= 3 {
                    runs.append(17 | UInt16(run - 3) << 8)
                    run = 0
                }
            } else {
                runs.append(UInt16(value))
                run -= 1
                while run >= 3 {
                    let part = min(run, 6)
                    runs.append(16 | UInt16(part - 3) << 8)
                    run -= part
                }
            }
            runs += repeatElement(UInt16(value), count: run)
        }
        return runs
    }
}
