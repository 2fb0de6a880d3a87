import CDeflate
import PropertyBased

/// Checks on zlib streams that do not trust the encoder under test: libdeflate decodes them,
/// and Adler-32 is recomputed here from its definition.
enum ZlibCheck {
    /// The decoded bytes, or nil unless libdeflate decodes the whole stream to at most
    /// `limit` bytes with nothing left over.
    static func inflate(_ stream: [UInt8], limit: Int) -> [UInt8]? {
        guard let decompressor = libdeflate_alloc_decompressor() else { return nil }
        defer { libdeflate_free_decompressor(decompressor) }
        // Room past `limit`, so a stream that decodes to too many bytes is seen as such.
        var out = [UInt8](repeating: 0, count: limit + 64)
        var consumed = 0, produced = 0
        let result = stream.withUnsafeBytes { input in
            out.withUnsafeMutableBytes { output in
                libdeflate_zlib_decompress_ex(decompressor, input.baseAddress, input.count, output.baseAddress, output.count, &consumed, &produced)
            }
        }
        guard result == LIBDEFLATE_SUCCESS, consumed == stream.count, produced <= limit else { return nil }
        return Array(out[..<produced])
    }

    /// Adler-32 as RFC 1950 defines it, one byte at a time.
    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        return b << 16 | a
    }

    /// Problems with `stream` as the zlib form of `original`: header, trailer and contents.
    static func problems(_ stream: [UInt8], original: [UInt8]) -> [String] {
        guard stream.count >= 6 else { return ["only \(stream.count) bytes"] }
        var found: [String] = []
        let cmf = Int(stream[0]), flg = Int(stream[1])
        if cmf & 0x0F != 8 || cmf >> 4 > 7 { found.append("CMF \(cmf) is not deflate with a window of at most 32 KiB") }
        if (cmf << 8 | flg) % 31 != 0 { found.append("CMF/FLG \(cmf)/\(flg) not a multiple of 31") }
        if flg & 0x20 != 0 { found.append("FDICT set") }
        let trailer = stream.suffix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        if trailer != adler32(original) { found.append("Adler-32 trailer \(trailer), expected \(adler32(original))") }
        if let decoded = inflate(stream, limit: original.count) {
            if decoded != original { found.append("decodes to \(decoded.count) other bytes") }
        } else {
            found.append("libdeflate refuses the stream")
        }
        return found
    }

    /// libdeflate's zlib stream of `bytes` at `level`, the size to compare against.
    static func libdeflateSize(_ bytes: [UInt8], level: Int32) -> Int {
        guard let compressor = libdeflate_alloc_compressor(level) else { return 0 }
        defer { libdeflate_free_compressor(compressor) }
        let bound = libdeflate_zlib_compress_bound(compressor, bytes.count)
        var out = [UInt8](repeating: 0, count: bound)
        return bytes.withUnsafeBytes { input in
            out.withUnsafeMutableBytes { libdeflate_zlib_compress(compressor, input.baseAddress, input.count, $0.baseAddress, bound) }
        }
    }
}

/// Reproducible test inputs shaped like the ones the encoder is built for.
enum DeflateInputs {
    static func random(_ count: Int, seed: UInt64, below bound: UInt8 = 255) -> [UInt8] {
        var rng = Xoshiro(seed: (seed, 0x9E37_79B9_7F4A_7C15, 3, 4))
        return (0..<count).map { _ in UInt8.random(in: 0...bound, using: &rng) }
    }

    /// UP-filtered scanlines of an image with `rows` rows of `width` RGB pixels: mostly rows
    /// equal to the one above (all zero after filtering), some with a short stroke of
    /// anti-aliased pixels somewhere, as a curve or a glyph leaves.
    static func scanlines(width: Int, rows: Int, seed: UInt64) -> [UInt8] {
        var rng = Xoshiro(seed: (seed, 5, 6, 7))
        let rowBytes = 3 * width + 1
        var out = [UInt8](repeating: 0, count: rowBytes * rows)
        for y in 0..<rows {
            out[y * rowBytes] = 2
            guard y > 0, Int.random(in: 0..<4, using: &rng) == 0 else { continue }
            let start = Int.random(in: 0..<(width - 8), using: &rng)
            let stroke: [UInt8] = [0x20, 0x80, 0xFF, 0x80, 0x20].map { $0 &+ UInt8.random(in: 0...3, using: &rng) }
            for (k, value) in stroke.enumerated() {
                for channel in 0..<3 { out[y * rowBytes + 1 + 3 * (start + k) + channel] = value }
            }
        }
        return out
    }
}
