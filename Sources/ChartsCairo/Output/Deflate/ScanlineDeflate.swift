import CDeflate

/// A zlib stream (RFC 1950 around RFC 1951 deflate) for PNG scanlines, written by hand
/// because the general-purpose compressors pay for every input byte and these inputs are
/// mostly bytes that need no work.
///
/// A figure's filtered scanlines are about 95 % zeros in long runs: a 1200×480 figure is
/// 1.7 MB of which some 80 kB are not zero. Measured on the reference machine, libdeflate took
/// 3–4.5 ms per figure at every level from 1 to 9, and as long on an all-zero buffer, because
/// its match finders hash and insert at (nearly) every position. zlib is slower still, and
/// nothing else in Debian's archive does better (libspng compresses through zlib). This encoder
/// steps over runs eight bytes at a time and hashes only where its parse stops and at the ends
/// of matches (see `MatchFinder`), then writes each block with its own Huffman codes
/// (`BlockWriter`). On 16 figures' scanlines its first version took about 0.5 ms a figure where
/// libdeflate's level 5 took 3.2 ms in the same run, for 1 % fewer bytes.
enum ScanlineDeflate {
    /// Tokens a block holds: enough for a whole 1200×480 figure (about 20 000). Fewer let codes
    /// follow the image's parts more closely, more save headers; in a C model of this encoder,
    /// one block a figure made the 16 benchmark figures 0.2 % smaller than blocks of 16 384.
    static let blockTokens = 32768

    /// The zlib stream of `data`. `rowBytes`, when given, is the scanline length (filter byte
    /// included); the byte one row up is then tried as a match at every position.
    static func zlib(_ data: UnsafeRawBufferPointer, rowBytes: Int = 0) -> [UInt8] {
        var out = BitWriter(capacity: data.count / 16 + 1024)
        // CMF: deflate with a 32 KiB window; FLG: "fast" level, no dictionary, check bits.
        let cmf = 0x78, level = 1 << 6
        out.put(UInt64(cmf | (level + 31 - (cmf << 8 | level) % 31) << 8), 16)
        out.flush()

        var finder = MatchFinder(data.baseAddress, count: data.count, rowBytes: rowBytes)
        var block = TokenBlock(capacity: blockTokens)
        repeat {
            block.clear(from: finder.position)
            finder.parse(into: &block)
            BlockWriter.write(block, input: data.baseAddress, isFinal: finder.isFinished, to: &out)
        } while !finder.isFinished

        out.alignToByte()
        let adler = data.isEmpty ? 1 : libdeflate_adler32(1, data.baseAddress, data.count)
        out.reserve(4)
        out.put(UInt64(adler.byteSwapped), 32)  // most significant byte first
        return out.bytes()
    }

    /// The zlib stream of `bytes`; see `zlib(_:rowBytes:)`.
    static func zlib(_ bytes: [UInt8], rowBytes: Int = 0) -> [UInt8] {
        bytes.withUnsafeBytes { zlib($0, rowBytes: rowBytes) }
    }
}
