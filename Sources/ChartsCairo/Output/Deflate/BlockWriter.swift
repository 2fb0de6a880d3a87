/// Writes a `TokenBlock` as whichever deflate block is smallest: dynamic Huffman codes,
/// the fixed codes (short blocks, where a dynamic header would cost more than it saves), or
/// the bytes stored verbatim (incompressible input).
///
/// Each candidate's size follows from the symbol frequencies before anything is written
/// (a stored block's padding to a byte counted at its worst).
enum BlockWriter {
    /// Writes `block`, whose tokens stand for `input[block.inputStart..<block.inputEnd]`;
    /// `isFinal` marks the stream's last block.
    static func write(_ block: borrowing TokenBlock, input: UnsafeRawPointer?, isFinal: Bool, to out: inout BitWriter) {
        let literalFrequencies = block.literalLengthHistogram
        let distanceFrequencies = block.distanceHistogram
        let header = DynamicBlockHeader(literalLengthFrequencies: literalFrequencies, distanceFrequencies: distanceFrequencies)
        let dynamicBits = header.bitCount + payloadBits(literalFrequencies, distanceFrequencies, header.literalLengths, header.distanceLengths)
        let fixedBits = payloadBits(literalFrequencies, distanceFrequencies, DeflateSymbols.fixedLiteralLengths, DeflateSymbols.fixedDistanceLengths)
        let storedLength = block.inputEnd - block.inputStart
        let final: UInt64 = isFinal ? 1 : 0

        if let input, storedBits(storedLength) < min(dynamicBits, fixedBits) {
            writeStored(input + block.inputStart, count: storedLength, isFinal: isFinal, to: &out)
        } else if fixedBits <= dynamicBits {
            out.reserve(fixedBits / 8 + 16)
            out.put(final | 1 << 1, 3)
            writeTokens(block, literalLengths: DeflateSymbols.fixedLiteralLengths, distanceLengths: DeflateSymbols.fixedDistanceLengths, to: &out)
        } else {
            out.reserve(dynamicBits / 8 + 16)
            out.put(final | 2 << 1, 3)
            header.write(to: &out)
            writeTokens(block, literalLengths: header.literalLengths, distanceLengths: header.distanceLengths, to: &out)
        }
    }

    /// Bits the tokens and the end-of-block symbol take with the given code lengths.
    private static func payloadBits(
        _ literalFrequencies: [UInt32], _ distanceFrequencies: [UInt32], _ literalLengths: [UInt8], _ distanceLengths: [UInt8]
    ) -> Int {
        var bits = 0
        for (symbol, frequency) in literalFrequencies.enumerated() where frequency > 0 {
            bits += Int(frequency) * (Int(literalLengths[symbol]) + DeflateSymbols.lengthExtraBits(symbol: symbol))
        }
        for (symbol, frequency) in distanceFrequencies.enumerated() where frequency > 0 {
            bits += Int(frequency) * (Int(distanceLengths[symbol]) + DeflateSymbols.distanceExtraBits(symbol: symbol))
        }
        return bits
    }

    /// Bits of stored blocks for `count` bytes, at most 65,535 a block, counting each block's
    /// type bits, padding to a byte (at worst) and length fields.
    private static func storedBits(_ count: Int) -> Int {
        let blocks = max(1, (count + 65534) / 65535)
        return blocks * (3 + 7 + 32) + 8 * count
    }

    private static func writeStored(_ bytes: UnsafeRawPointer, count: Int, isFinal: Bool, to out: inout BitWriter) {
        var offset = 0
        repeat {
            let length = min(count - offset, 65535)
            let last = offset + length == count
            out.reserve(length + 8)
            out.put(isFinal && last ? 1 : 0, 3)
            out.alignToByte()
            out.put(UInt64(length) | UInt64(~length & 0xFFFF) << 16, 32)
            out.flush()
            out.append(bytes + offset, count: length)
            offset += length
        } while offset < count
    }

    /// The tokens, then the end-of-block symbol, in the codes `literalLengths` and
    /// `distanceLengths` describe. Each token is at most 48 bits (15-bit length code, 5 extra
    /// bits, 15-bit distance code, 13 extra bits), so one flush a token keeps the register
    /// from overflowing. The caller has reserved room for the whole block.
    private static func writeTokens(_ block: borrowing TokenBlock, literalLengths: [UInt8], distanceLengths: [UInt8], to out: inout BitWriter) {
        let literalCodes = packed(literalLengths), distanceCodes = packed(distanceLengths)
        let tokens = block.tokens, tokenCount = block.count
        literalCodes.withUnsafeBufferPointer { literal in
            distanceCodes.withUnsafeBufferPointer { distance in
                out.withCursor { out in
                    writeTokens(tokens, count: tokenCount, literal: literal, distance: distance, to: &out)
                }
            }
        }
    }

    /// The loop of `writeTokens(_:literalLengths:distanceLengths:to:)` over codes packed by
    /// `packed(_:)`.
    private static func writeTokens(
        _ tokens: UnsafeMutablePointer<UInt32>, count tokenCount: Int, literal: UnsafeBufferPointer<UInt32>,
        distance: UnsafeBufferPointer<UInt32>, to cursor: inout BitWriter.Cursor
    ) {
        // A local copy stays in registers; `cursor` is written back once.
        var out = cursor
        defer { cursor = out }
        for k in 0..<tokenCount {
            let token = tokens[k]
            let back = Int(token >> 16)
            if back == 0 {
                let code = literal[Int(token)]
                out.put(UInt64(code & 0xFFFF), Int(code >> 16))
            } else {
                let length = DeflateSymbols.length(Int(token & 0xFFFF))
                let lengthCode = literal[length.symbol]
                // Every shift is below 48 (see above): the masking shifts need no range checks.
                var bits = UInt64(lengthCode & 0xFFFF), count = Int(lengthCode >> 16)
                bits |= UInt64(length.extra) &<< UInt64(count)
                count += length.extraBits
                let place = DeflateSymbols.distance(back)
                let distanceCode = distance[place.symbol]
                bits |= UInt64(distanceCode & 0xFFFF) &<< UInt64(count)
                count += Int(distanceCode >> 16)
                bits |= UInt64(place.extra) &<< UInt64(count)
                count += place.extraBits
                out.put(bits, count)
            }
            out.flush()
        }
        let end = literal[DeflateSymbols.endOfBlock]
        out.put(UInt64(end & 0xFFFF), Int(end >> 16))
        out.flush()
    }

    /// Each symbol's bit-reversed code in the low half and its length in the high half.
    private static func packed(_ lengths: [UInt8]) -> [UInt32] {
        zip(HuffmanCode.codes(lengths: lengths), lengths).map { UInt32($0) | UInt32($1) << 16 }
    }
}
