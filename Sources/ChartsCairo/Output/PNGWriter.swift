import CCairo
import CDeflate
import CScanlines

/// Encodes a Cairo image surface as PNG, with settings chosen by measurement.
///
/// Cairo's own writer hands libpng every row with all five filters to try at zlib's default
/// level: about 18 ms per 1200×480 figure on the reference machine, most of a figure's cost.
/// Here each row is filtered with whichever of SUB, UP and PAETH leaves the fewest nonzero bytes
/// (`actplot_filter_rows`), and most rows of a figure repeat the row above and filter to zeros.
/// The scanlines go to `ScanlineDeflate`, which steps over the zero runs that general
/// compressors pay for byte by byte. The 16 benchmark figures take 383.4 kB, against 573.3 kB
/// from the matplotlib recipe and 402.6 kB with UP alone. The PNG container is three chunks and
/// is written here. Opaque figures are RGB, three bytes a pixel instead of four.
enum PNGWriter {
    /// The PNG bytes of `surface`, an image surface in Cairo's RGB24 (written as RGB) or
    /// premultiplied ARGB32 (written as straight-alpha RGBA) format. An opaque surface's pixels
    /// are overwritten by its filtered rows (see `scanlines(overwriting:)`).
    static func encode(overwriting surface: CairoSurface) throws -> [UInt8] {
        encode(try scanlines(overwriting: surface))
    }

    /// A surface's pixels as filtered PNG scanlines, and what the header says of them.
    struct Scanlines {
        /// The filtered rows: an array of their own, or the surface they were written over.
        private let storage: AnyObject
        private let start: UnsafeRawPointer?
        let count: Int
        let width: Int
        let height: Int
        let channels: Int

        /// Rows held in an array.
        init(rows: [UInt8], width: Int, height: Int, channels: Int) {
            self.init(storage: RowArray(rows), start: nil, count: rows.count, width: width, height: height, channels: channels)
        }

        /// Rows written over the pixels of `surface`, `count` bytes from `start`.
        init(surface: CairoSurface, start: UnsafeRawPointer, count: Int, width: Int, height: Int) {
            self.init(storage: surface, start: start, count: count, width: width, height: height, channels: 3)
        }

        private init(storage: AnyObject, start: UnsafeRawPointer?, count: Int, width: Int, height: Int, channels: Int) {
            (self.storage, self.start, self.count) = (storage, start, count)
            (self.width, self.height, self.channels) = (width, height, channels)
        }

        /// Calls `body` with the rows' bytes, which stay valid only during the call.
        func withBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
            if let array = storage as? RowArray { return array.rows.withUnsafeBytes(body) }
            return withExtendedLifetime(storage) { body(UnsafeRawBufferPointer(start: start, count: count)) }
        }

        /// The rows as an array of their own.
        var rows: [UInt8] { withBytes { [UInt8]($0) } }
    }

    /// An array as a class, so that `Scanlines` holds either it or a surface.
    private final class RowArray {
        let rows: [UInt8]
        init(_ rows: [UInt8]) { self.rows = rows }
    }

    /// The filtered scanlines of `surface`, whose pixels are not to be read or drawn on
    /// afterwards.
    ///
    /// An opaque surface's rows are filtered over its own pixels (`actplot_filter_rgb_in_place`),
    /// so a figure touches no memory beyond its surface's: with a second buffer of 1.7 MB a
    /// figure at 1200×480, the 16 benchmark figures took about 1 400 more page faults, 4 400 in
    /// all, which cost this machine's kernel about 4 µs each. A transparent surface's rows are
    /// longer than its pixel rows allow and go to an array.
    static func scanlines(overwriting surface: CairoSurface) throws -> Scanlines {
        let p = surface.pointer
        cairo_surface_flush(p)
        let width = Int(cairo_image_surface_get_width(p)), height = Int(cairo_image_surface_get_height(p))
        let stride = Int(cairo_image_surface_get_stride(p))
        let format = cairo_image_surface_get_format(p)
        guard let data = cairo_image_surface_get_data(p), format == CAIRO_FORMAT_RGB24 || format == CAIRO_FORMAT_ARGB32
        else {
            throw CairoError(status: CAIRO_STATUS_INVALID_FORMAT.rawValue, operation: "encoding PNG")
        }
        let channels = format == CAIRO_FORMAT_ARGB32 ? 4 : 3
        let rowBytes = width * channels + 1
        // Rows held aside: 4 at 1200 pixels a row, 7 at 2; none at 1, which goes to an array.
        let held = actplot_rows_held_in_place(stride, width)
        if channels == 3, held > 0, held <= 64 {
            let scratchBytes = actplot_rgb_scratch_bytes(width)
            let filtered = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scratchBytes + held * rowBytes) { buffer in
                guard let base = buffer.baseAddress else { return false }
                return actplot_filter_rgb_in_place(data, stride, width, height, base, base + scratchBytes, held)
            }
            if filtered {
                return Scanlines(surface: surface, start: UnsafeRawPointer(data), count: rowBytes * height, width: width, height: height)
            }
        }
        let rows = filteredRows(UnsafeRawPointer(data), width: width, height: height, stride: stride, channels: channels)
        return Scanlines(rows: rows, width: width, height: height, channels: channels)
    }

    /// The PNG file of `scanlines`.
    static func encode(_ scanlines: Scanlines) -> [UInt8] {
        let (width, height, channels) = (scanlines.width, scanlines.height, scanlines.channels)
        let stream = scanlines.withBytes { ScanlineDeflate.zlib($0, rowBytes: width * channels + 1) }
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        png.reserveCapacity(stream.count + 64)
        var header: [UInt8] = []
        appendBigEndian(UInt32(width), to: &header)
        appendBigEndian(UInt32(height), to: &header)
        // 8 bits a channel; colour type 2 (RGB) or 6 (RGBA); deflate; adaptive filtering; no interlace.
        header += [8, channels == 4 ? 6 : 2, 0, 0, 0]
        appendChunk("IHDR", header, to: &png)
        appendChunk("IDAT", stream, to: &png)
        appendChunk("IEND", [], to: &png)
        return png
    }

    /// The image as PNG scanlines, each a filter-type byte and the row filtered with the filter
    /// that suits it (see `actplot_filter_rows`).
    ///
    /// Cairo's native-endian 32-bit pixels become RGB, or RGBA with the alpha divided out the
    /// way Cairo's own writer does, so reading the file back into Cairo multiplies it in again
    /// to the very same pixel.
    static func filteredRows(_ data: UnsafeRawPointer, width: Int, height: Int, stride: Int, channels: Int) -> [UInt8] {
        let rowBytes = width * channels + 1
        return [UInt8](unsafeUninitializedCapacity: rowBytes * height) { out, count in
            guard let base = out.baseAddress else { count = 0; return }
            let scratchBytes = channels == 3 ? actplot_rgb_scratch_bytes(width) : 3 * max(rowBytes - 1, 1)
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scratchBytes) { scratch in
                guard let scratch = scratch.baseAddress else { return }
                if channels == 3 {
                    // Opaque, the usual case: packed and filtered in one pass, row by row.
                    actplot_filtered_rgb(data.assumingMemoryBound(to: UInt8.self), stride, width, height, base, scratch)
                    return
                }
                // Transparent: straight alpha, pixel by pixel, then filtered in place.
                for y in 0..<height {
                    let row = data + y * stride
                    var o = base + y * rowBytes + 1
                    for x in 0..<width {
                        let pixel = row.loadUnaligned(fromByteOffset: x * 4, as: UInt32.self)
                        var r = pixel >> 16 & 0xFF, g = pixel >> 8 & 0xFF, b = pixel & 0xFF
                        let a = pixel >> 24
                        if a == 0 {
                            r = 0; g = 0; b = 0
                        } else if a < 255 {
                            r = (r * 255 + a / 2) / a; g = (g * 255 + a / 2) / a; b = (b * 255 + a / 2) / a
                        }
                        o[0] = UInt8(truncatingIfNeeded: r)
                        o[1] = UInt8(truncatingIfNeeded: g)
                        o[2] = UInt8(truncatingIfNeeded: b)
                        o[3] = UInt8(truncatingIfNeeded: a)
                        o += 4
                    }
                }
                actplot_filter_rows(base, rowBytes, height, channels, scratch)
            }
            count = rowBytes * height
        }
    }

    private static func appendBigEndian(_ value: UInt32, to out: inout [UInt8]) {
        out += [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    /// Length, type, data and the CRC-32 of type and data, as PNG frames every chunk.
    private static func appendChunk(_ type: StaticString, _ data: [UInt8], to out: inout [UInt8]) {
        appendBigEndian(UInt32(data.count), to: &out)
        let start = out.count
        type.withUTF8Buffer { out.append(contentsOf: $0) }
        out += data
        let crc = out[start...].withUnsafeBytes { libdeflate_crc32(0, $0.baseAddress, $0.count) }
        appendBigEndian(crc, to: &out)
    }
}
