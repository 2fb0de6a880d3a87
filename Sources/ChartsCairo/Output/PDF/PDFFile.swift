import CDeflate

/// A PDF file being written: numbered objects in the order they are written, then the
/// cross-reference table that says where each one starts.
///
/// Streams are compressed by libdeflate, which Debian ships and the PNG writer already links
/// for its checksums: a general-purpose compressor suits text-like content streams, where the
/// PNG writer's own deflate (`ScanlineDeflate`) is built for runs of zero bytes. A stream is
/// kept as it is where compressing would not make it smaller.
struct PDFFile: ~Copyable {
    private var out: [UInt8]
    /// Where each object starts, by object number less one; nil until it is written.
    private var offsets: [Int?] = []
    private let compressor: OpaquePointer?

    /// Level 6, libdeflate's default: on the 16 benchmark figures' content streams it made
    /// streams within 1 % of level 9 and took a fraction of zlib's time at its default level.
    private static let level: Int32 = 6

    init() {
        // The second line's bytes above 127 tell file-transfer tools that the file is binary.
        out = Array("%PDF-1.4\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3, 0x0A]
        out.reserveCapacity(32_768)
        compressor = libdeflate_alloc_compressor(Self.level)
    }

    deinit {
        if let compressor { libdeflate_free_compressor(compressor) }
    }

    /// A number for an object written later, so that objects can refer to it first.
    mutating func reserve() -> Int {
        offsets.append(nil)
        return offsets.count
    }

    /// Writes object `number` (from `reserve`) with `body` as its contents.
    mutating func write(_ number: Int, _ body: [UInt8]) {
        begin(number)
        out += body
        out.append(contentsOf: "\nendobj\n".utf8)
    }

    /// Writes object `number` as a stream of `data`, with `entries` (" /Key value" pairs) in
    /// its dictionary beside the length and the filter.
    mutating func writeStream(_ number: Int, entries: [UInt8] = [], data: [UInt8], compressAlways: Bool = false) {
        begin(number)
        let packed = compressed(data, always: compressAlways)
        out.append(contentsOf: "<< /Length ".utf8)
        PDFNumber.appendInteger((packed ?? data).count, to: &out)
        if packed != nil { out.append(contentsOf: " /Filter /FlateDecode".utf8) }
        out += entries
        out.append(contentsOf: " >>\nstream\n".utf8)
        out += packed ?? data
        out.append(contentsOf: "\nendstream\nendobj\n".utf8)
    }

    private mutating func begin(_ number: Int) {
        offsets[number - 1] = out.count
        PDFNumber.appendInteger(number, to: &out)
        out.append(contentsOf: " 0 obj\n".utf8)
    }

    /// Streams this long or shorter are written as they are. Each call into libdeflate first
    /// clears its 192 kB of hash tables, about 7 µs, which compressing a glyph's outline of a
    /// few hundred bytes does not repay: the 16 benchmark figures' 593 streams took 4.4 ms to
    /// compress, and 0.8 ms with those of 1000 bytes or fewer (all but the page contents,
    /// the character maps and the larger CJK glyphs) left as they are, for 69 kB more in
    /// 16 files (105 kB → 174 kB of streams).
    static let smallest = 1000

    /// `data` as a zlib stream, or nil when it is short (unless `always`: a font program is
    /// worth compressing at any size) or compressing would not shorten it.
    private func compressed(_ data: [UInt8], always: Bool) -> [UInt8]? {
        guard let compressor, data.count > (always ? 64 : Self.smallest) else { return nil }
        let bound = libdeflate_zlib_compress_bound(compressor, data.count)
        var packed = [UInt8](repeating: 0, count: bound)
        let size = data.withUnsafeBytes { input in
            packed.withUnsafeMutableBytes { output in
                libdeflate_zlib_compress(compressor, input.baseAddress, input.count, output.baseAddress, output.count)
            }
        }
        guard size > 0, size < data.count else { return nil }
        packed.removeSubrange(size...)
        return packed
    }

    /// The whole file: the objects, then the cross-reference table and the trailer naming
    /// `root` (the catalogue) and `info` (title and description). Objects reserved but never
    /// written are listed as free.
    consuming func finish(root: Int, info: Int) -> [UInt8] {
        let table = out.count
        out.append(contentsOf: "xref\n0 ".utf8)
        PDFNumber.appendInteger(offsets.count + 1, to: &out)
        // Each entry is exactly 20 bytes, its end of line two.
        out.append(contentsOf: "\n0000000000 65535 f \n".utf8)
        for offset in offsets {
            let digits = Array(String(offset ?? 0).utf8)
            out += [UInt8](repeating: UInt8(ascii: "0"), count: max(0, 10 - digits.count)) + digits
            out.append(contentsOf: offset == nil ? " 00000 f \n".utf8 : " 00000 n \n".utf8)
        }
        out.append(contentsOf: "trailer\n<< /Size ".utf8)
        PDFNumber.appendInteger(offsets.count + 1, to: &out)
        out.append(contentsOf: " /Root ".utf8)
        PDFNumber.appendInteger(root, to: &out)
        out.append(contentsOf: " 0 R /Info ".utf8)
        PDFNumber.appendInteger(info, to: &out)
        out.append(contentsOf: " 0 R >>\nstartxref\n".utf8)
        PDFNumber.appendInteger(table, to: &out)
        out.append(contentsOf: "\n%%EOF\n".utf8)
        return out
    }
}
